/**
 * Speaker and name shapes of the ninth session, each found on a development set (sets 16 and 18) and written here
 * with made-up names and sentences: abbreviated military and police titles (`Rear Adm.`, `Det. Supt.`), a nickname
 * that is no other person, a statement's issuer as the speaker of the words after it, a French reporting clause that
 * goes on after the name, a compound given name, and two people of one surname told apart by an honorific.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source });
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

describe('abbreviated titles of the forces and the police', () => {
  it('end no sentence and no name', () => {
    const text =
      'Debris found\n\n“The debris is consistent with a loss,” said Rear Adm. Ana Lindqvist, the district commander.\n\n' +
      '“It is over,” Det. Supt. Mary Okoro told reporters.\n\n“We will stay,” said Maj. Gen. Tomas Berg of the army.';
    expect(speakers(text)).toEqual(['Ana Lindqvist', 'Mary Okoro', 'Tomas Berg']);
  });
});

describe('nicknames', () => {
  it('are no other person, in English or in French', () => {
    expect(people('Dive lost\n\nThe pilot was Paul Lind, nicknamed Mr. Deepsea by his crew. Lind had made 30 dives.')).toEqual(['Paul Lind']);
    expect(people('Plongée\n\nLe pilote était Paul Lind, surnommé M. Abysse parce qu’il plongeait souvent. Lind avait 77 ans.')).toEqual(['Paul Lind']);
  });
});

describe('the issuer of a statement', () => {
  it('speaks the words that follow the sentence saying it released one, in the same paragraph or the next', () => {
    expect(
      speakers('Crew lost\n\nShortly before the briefing, the company that ran the dive, Harbourline, released a statement. “These men were true explorers.”'),
    ).toEqual(['Harbourline']);
    expect(speakers('Crew lost\n\nThe Harbour Trust issued a statement on Friday.\n\n“We will help every family.”')).toEqual(['The Harbour Trust']);
  });

  it('is what "it" stands for after "according to a statement released by", even with a person named in that sentence', () => {
    expect(
      speakers(
        'Crew lost\n\nAll five, including businessman Tom Hale, are believed dead, according to a statement released by Deepsea Trust, which runs the vessel.\n\n“We grieve the loss,” it said.',
      ),
    ).toEqual(['Deepsea Trust']);
  });

  it('is the person when a person released it', () => {
    expect(speakers('Lind sorry\n\nAna Lind released a statement on Friday.\n\n“I am sorry.”')).toEqual(['Ana Lind']);
  });
});

describe('translated copies', () => {
  it('end the speaker of a French reporting clause where a description of them begins', () => {
    expect(
      speakers(
        'Débris\n\nUn robot a retrouvé les restes. “La poupe a été retrouvée”, a déclaré John Mauger des garde-côtes américains et chef de l’opération de recherche en mer.',
      ),
    ).toEqual(['John Mauger']);
    // A particle before a capital is part of the name.
    expect(speakers('Match\n\n« Nous avons gagné », a déclaré Faf du Plessis au stade.')).toEqual(['Faf du Plessis']);
  });

  it('read "Selon" (according to) opening a sentence as no part of a name', () => {
    expect(people('Débris\n\nLe commandant John Mauger a parlé jeudi. Selon Mauger, les dommages indiquent une implosion.')).toEqual(['John Mauger']);
  });
});

describe('compound given names', () => {
  it('are given names when both halves are', () => {
    expect(people('Dive lost\n\nFrench explorer Paul-Henri Nargeot was aboard, with businessman Tom Hale.')).toEqual(['Paul-Henri Nargeot', 'Tom Hale']);
  });
});

describe('two people of one surname', () => {
  it('are told apart when an honorific says the other gender than the full name', () => {
    const text =
      'Fires\n\nSpeaking on Tuesday, President Lindqvist said all resources were available.\n\n“Every asset will be there,” Mr. Lindqvist said.\n\n' +
      'The president said he and first lady Anna Lindqvist plan to travel “as soon as we can.”';
    const r = parse(text);
    expect(r.people.map((p) => p.name)).toEqual(['Lindqvist', 'Anna Lindqvist']);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Lindqvist', 'Lindqvist']);
  });

  it('stay one person when the honorific agrees', () => {
    expect(speakers('Fires\n\nAnna Lindqvist toured the town.\n\n“We will rebuild,” Ms. Lindqvist said.')).toEqual(['Anna Lindqvist']);
  });
});

describe('a role in apposition after a name', () => {
  it('is the noun of the phrase, not a role word that describes it', () => {
    expect(
      people('Fires\n\nThe town of Kalani, a popular tourist destination with a population of 12,000, has been hit. Its port, a police station, burned.'),
    ).toEqual([]);
    const r = parse(
      'Fires\n\nAna Lindvall, a research fellow at the institute, spoke. Tom Hale, the president’s son, spoke. Mia Berg, a longtime strategist, spoke.',
    );
    expect(Object.fromEntries(r.people.map((p) => [p.name, p.titles]))).toEqual({
      'Ana Lindvall': ['research fellow at the institute'],
      'Tom Hale': ['president’s son'],
      'Mia Berg': ['longtime strategist'],
    });
  });
});

describe('shapes of sets 20 and 21', () => {
  it('give a fragment to a one-word organisation when a speech verb follows its name', () => {
    expect(speakers('Deal off\n\nHarbourline said in a statement posted on Friday that the problems were “beyond our control”.')).toEqual(['Harbourline']);
  });

  it('never take what a dash follows as the subject of a participle ("dealings with Harbourline – noting")', () => {
    expect(
      speakers('Deal off\n\nThe founder began by explaining his silence about the dealings with Harbourline – noting his “hands were tied” then.'),
    ).toEqual([null]);
  });

  it('read an organisation word in a title of office as part of the title ("Secretary of Defense Ana Lind")', () => {
    expect(speakers('Balloon\n\nUS Secretary of Defense Ana Lindqvist called the operation a “deliberate and lawful action” on Saturday.')).toEqual([
      'Ana Lindqvist',
    ]);
  });

  it('read "what it called" after ", the Harbour Agency said," as the organisation of its sentence', () => {
    expect(
      speakers(
        'Balloon\n\nPORT ELM: A fighter jet on Saturday shot down a balloon off the coast of Elm Bay, the Harbour Agency said, over what it called an “unacceptable violation” of its airspace.',
      ),
    ).toEqual(['the Harbour Agency']);
  });

  it('read the subject after "what" ("over what the Harbour Agency called") and after an opening "when"', () => {
    expect(speakers('Balloon\n\nThree airports were shut down over what the Harbour Agency called a “national security effort”.')).toEqual([
      'the Harbour Agency',
    ]);
    expect(speakers('Balloon\n\nThe row erupted on Thursday, when Elm officials said they were tracking a large “surveillance balloon” in the skies.')).toEqual(
      ['Elm officials'],
    );
  });

  it('read a beach, springs or a compass word ending a name as a place', () => {
    expect(people('Balloon\n\nFlights to Wilmington, Myrtle Beach, and Palm Springs were paused. El globo cayó frente a Carolina del Norte.')).toEqual([]);
  });
});

describe('names beside offices (found on the PolNeAR train split)', () => {
  it('start after an office with "of" inside it ("Chief of Staff")', () => {
    const r = parse('Talks\n\nWhite House Chief of Staff Denis Okafor met Deputy Chief of Staff Tom Hale on Monday. The Chief of Staff said “no” later.');
    expect(Object.fromEntries(r.people.map((p) => [p.name, p.titles]))).toEqual({
      'Denis Okafor': ['White House Chief of Staff'],
      'Tom Hale': ['Deputy Chief of Staff'],
    });
  });

  it('end before a contraction', () => {
    expect(people('Convention\n\n“We had more conventions than this,” said Jim Eastwick I’ve been told.')).toEqual(['Jim Eastwick']);
  });

  it('take no title that ends in "of" (the name is its object) and no sentence adverb as a person', () => {
    const r = parse('Talks\n\nJo Hale, a supporter of Ana Lindqvist, spoke. Additionally, Mia Berg, a former council employee, said “no”.');
    expect(Object.fromEntries(r.people.map((p) => [p.name, p.titles]))).toEqual({
      'Jo Hale': ['supporter of Ana Lindqvist'],
      'Ana Lindqvist': [],
      'Mia Berg': ['former council employee'],
    });
  });

  it('take no contraction, sentence adverb or people in the plural for a person', () => {
    expect(
      people(
        'Talks\n\nMadame Chair, delegates, fellow Americans, hello. Hispanics, who back the senator, spoke. Unfortunately, Marco Okafor is a candidate. “If I were a donor, I’d want answers,” said a member.',
      ),
    ).toEqual(['Marco Okafor']);
  });

  it('read no clause ("…, where …") or the next sentence\'s title ("On Elmnet, Former Elm Gov. Jo Hale") as a role in apposition', () => {
    const r = parse(
      'Talks\n\nOn Elmnet, Former Elm Gov. Jo Hale called the plan “unhinged”. The election will be won in Port Elm, where the general vote counts.',
    );
    expect(Object.fromEntries(r.people.map((p) => [p.name, p.titles]))).toEqual({ 'Jo Hale': ['Former Elm Gov'] });
  });

  it('take no place or people after "in", "near" or "fellow", and no clause or next title after a place, for a person', () => {
    const r = parse(
      'Talks\n\nDuring the debate in Elmbrook, with Vermont Sen. Ana Lindqvist, Okafor spoke. A lawyer from the province of Kestova, was concerned. His fellow Elmlander is ready, Tom Hale said. A few miles south, in Tamarock, the owner of the club, Mark Schmid, spoke. Leo Blav, a Russian-born, London-based investor, spoke.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Ana Lindqvist', 'Tom Hale', 'Mark Schmid', 'Leo Blav']);
  });

  it('read the name of a company the article writes with its legal suffix as the company, unless a title says otherwise', () => {
    const r = parse(
      'Markets\n\nShares of Merrow Linden & Co rose on Monday. Merrow Linden said profits rose. Tomas Hale Group Inc said it would cut jobs. “We are careful,” Tomas Hale said. Mr. Merrow Linden, its founder, was not asked.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Merrow Linden']);
    expect(r.quotes.map((q) => q.speaker)).toEqual([{ name: 'Tomas Hale', personId: null }]);
  });
});
