/** Speaker rules that a whole-record fixture cannot isolate, and how uncertainty reaches the pages. */
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/lib/parse/attribution.ts';
import type { PersonMention } from '../../src/lib/parse/people.ts';
import { isUncertain } from '../../src/lib/views/labels.ts';
import { parseArticle } from '../../src/lib/index.ts';
import { sourceName } from '../../scripts/eval/polnear.ts';

/** A mention of person 0 at `word` in `text`. */
const mention = (text: string, word: string): PersonMention => {
  const start = text.indexOf(word);
  return { block: 0, start, end: start + word.length, name: word, alias: word, person: 0, subject: false };
};

describe('speakers', () => {
  it('does not take a person whose name a venue carries as the speaker', () => {
    const after = ' the Hotel Bellevue Dupont said in a notice.';
    const a = attributionAfter(after, 0, [mention(after, 'Dupont')]);
    expect(a).toMatchObject({ person: null, name: 'the Hotel Bellevue Dupont' });
  });

  it('keeps a person whose title sits between an organisation and the name', () => {
    const after = ' said White House Press Secretary Jo Lee.';
    expect(attributionAfter(after, 0, [mention(after, 'Jo Lee')])).toMatchObject({ person: 0 });
  });

  it('cuts an organisation speaker before the next clause', () => {
    const r = parseArticle({
      id: 't',
      source: 'Ports\n\n“Ships will be sent elsewhere,” the country’s foreign ministry said in a statement even as talks went on.',
    });
    expect(r.quotes[0]!.speaker).toEqual({ name: 'the country’s foreign ministry', personId: null });
  });

  it('marks a speaker guessed below the bar as uncertain, and a sure one as not', () => {
    const speaker = { name: 'Ana Silva', personId: 'ana-silva' };
    expect(isUncertain({ speaker, confidence: 0.9, speakerConfidence: 0.5 })).toBe(true);
    expect(isUncertain({ speaker, confidence: 0.9, speakerConfidence: 0.95 })).toBe(false);
    expect(isUncertain({ speaker: null, confidence: 0.9, speakerConfidence: 0 })).toBe(true);
  });

  it('gives no quote a speaker confidence without a speaker', () => {
    const r = parseArticle({ id: 't', source: 'Title\n\nThe so-called “miracle cure” was tested. “It works,” said Dr. Ana Silva.' });
    for (const q of r.quotes) expect(q.speaker === null).toBe(q.speakerConfidence === 0);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, 'Ana Silva']);
  });

  it('gives a fragment to the subject of its sentence, marked uncertain, when no speech verb governs it', () => {
    const q = speakersOf('Budget\n\nCouncillor Mara Quint dismissed the whole plan as “a fantasy.” The vote is on Monday.');
    expect(q).toEqual([['a fantasy.', 'Mara Quint', true]]);
  });

  it('does not give a fragment to a person the reporting clause is about', () => {
    const q = speakersOf('Trial\n\nIn a filing, prosecutors wrote that Tomas Brecker “treated the fund as a piggy bank.”');
    expect(q[0]![1]).not.toBe('Tomas Brecker');
  });

  it('reads one to three quoted words inside a name as a nickname, not speech', () => {
    const q = speakersOf(
      'Obituary\n\nHelena “Nell” Varga, who ran the ferry for 40 years, died on Sunday. Teo Varga, known to everyone as “Bull,” said she never missed a crossing.',
    );
    expect(q.map(([, who]) => who)).toEqual([null, null]);
  });

  it('keeps the speaker of a quote’s own sentence over the subject of the next sentence', () => {
    const q = speakersOf('Debate\n\nSenator Ilse Moran called the plan “reckless.” Governor Paul Okafor called the senator “a show pony.”');
    expect(q.map(([, who]) => who)).toEqual(['Ilse Moran', 'Paul Okafor']);
  });

  it('reads the name after a role in apposition, past an age and a possessor', () => {
    const q = speakersOf(
      'Court\n\nPaul Shannon was sentenced.\n\n“We need him,” his wife, Gabriela Lazar, wrote to the court. “We were wrong,” Alma Ramos, 58, told reporters. “It is one long day,” said Paul Shannon’s lawyer, Dana Whitt.',
    );
    expect(q.map(([, who]) => who)).toEqual(['Gabriela Lazar', 'Alma Ramos', 'Dana Whitt']);
  });

  it('does not take a name the colon follows as the speaker when a clause comes before it', () => {
    const q = speakersOf('Talks\n\nCarla Fiorelli wrote on Facebook: “Anyone can do it.” Mayor Ben Ostrow told Radio Kent: “We will reopen.”');
    expect(q.map(([, who]) => who)).toEqual(['Carla Fiorelli', 'Ben Ostrow']);
  });

  it('keeps time words out of an organisation speaker', () => {
    const q = speakersOf('Rates\n\nThe Tea Board of Kenya less than two weeks ago said for the first time that “prices held.”');
    expect(q[0]![1]).toBe('the Tea Board of Kenya');
  });

  it('finds the reporting clause later in the sentence, and shares it with an earlier fragment', () => {
    const q = speakersOf(
      'Race\n\nThe plan’s “excesses” are sickening, Mayor Lena Brandt said Tuesday, noting the council was “asleep.” The levy will carry “a great deal of weight” and bring the “firepower” needed, spokesman Oren Feld said.',
    );
    expect(q.map(([, who]) => who)).toEqual(['Lena Brandt', 'Lena Brandt', 'Oren Feld', 'Oren Feld']);
  });

  it('gives a fragment to the owner of the words a possessive names: sure right before it, uncertain further off', () => {
    const q = speakersOf('Claims\n\nSenator Rhea Voss spoke on Monday. Voss’s recent assertion that “thousands” were affected went unchallenged.');
    expect(q).toEqual([['thousands', 'Rhea Voss', false]]);
    const later = speakersOf('Claims\n\nSenator Rhea Voss spoke on Monday. Voss’s recent assertion was that “thousands” were affected.');
    expect(later).toEqual([['thousands', 'Rhea Voss', true]]);
  });

  it('reads the subject past an auxiliary before the speech verb', () => {
    const q = speakersOf('Vote\n\nAnn Bryne spoke last.\n\nBryne went on to say, “From the bottom of my heart, I thank you.”');
    expect(q[0]![1]).toBe('Ann Bryne');
  });

  it('gives a quote after a colon to the subject of the clause the colon closes', () => {
    const q = speakersOf(
      'Police\n\nGovernor Ada Kinsey met the union. “It is fine,” said Stephen Lomax, its president. Kinsey resisted: “Governors do not have that power.”',
    );
    expect(q.map(([, who]) => who)).toEqual(['Stephen Lomax', 'Ada Kinsey']);
  });

  it('ends an inverted speaker before a circumstance', () => {
    const q = speakersOf('Casino\n\n“There is no bad publicity,” said the mayor’s spokesman in a telephone interview.');
    expect(q[0]![1]).toBe('the mayor’s spokesman');
  });

  it('resolves a definite role to the holder of that title named paragraphs before', () => {
    const q = speakersOf(
      'Race\n\nGov. Tom Arden stayed home.\n\nVoters were cold.\n\nThe hall was half empty.\n\nThe band was late.\n\nThe crowd left early.\n\n“We will win,” the New Hampshire governor said.',
    );
    expect(q[0]![1]).toBe('Tom Arden');
  });

  it('does not read the comma that introduces a quotation as the end of an aside', () => {
    const q = speakersOf('Vote\n\nMara Voss met voters. At one point, a woman asked for a photo and Voss said, “as long as we break no rules.”');
    expect(q[0]![1]).toBe('Mara Voss');
  });

  it('reads an inverted clause right before the quotation', () => {
    const q = speakersOf('Vote\n\nBecause of how the calendar fell, explained Dan Rosenfeld, “it is over by March.”');
    expect(q[0]![1]).toBe('Dan Rosenfeld');
  });

  it('ends an inverted speaker at an age followed by a description', () => {
    const q = speakersOf(
      'Press\n\nAaron Schell resigned.\n\n“We like to break news,” said Nina Palmer, 34, a North Dakota native who covers lobbying. “He talks off the cuff,” said David Magel, 53, who lives in the suburbs.',
    );
    expect(q.map(([, who]) => who)).toEqual(['Nina Palmer', 'David Magel']);
  });

  it('skips a role phrase naming an employer back to the speaker before it', () => {
    const q = speakersOf(
      'Vote\n\nMara Lind spoke.\n\nTed Devane, Lind’s chief strategist, said, “The contest is open.” Jo Palm, communications director for the Lind campaign, said: “We are ready.”',
    );
    expect(q.map(([, who]) => who)).toEqual(['Ted Devane', 'Jo Palm']);
  });

  it('reads “as X, a role, put it”, a passive asker, and keeps a colon sentence for the quote after it', () => {
    const q = speakersOf(
      'Vote\n\nAs Jon Corwin, the No. 2 in the leadership, put it: “This will not pass.” Mr. Sandor was asked by host Bill Marr, “Are you tired of it?” Mara Lind proclaimed at a press conference, “I did nothing wrong.” Governor Ted Ames replied: “We will see.”',
    );
    expect(q.map(([, who]) => who)).toEqual(['Jon Corwin', 'Bill Marr', 'Mara Lind', 'Ted Ames']);
  });
});

describe('the PolNeAR scorer', () => {
  it('finds no name in a definite description by a title of office, nor in a date', () => {
    expect(sourceName('The Kansas senator', '')).toBeNull();
    expect(sourceName('the Green presidential nominee', '')).toBeNull();
    expect(sourceName('a state poll released Thursday', '')).toBeNull();
  });

  it('keeps the name an organisation, an unnamed aide or a plain name gives', () => {
    expect(sourceName('the Okafor campaign', '')).toBe('Okafor');
    expect(sourceName('a senior Okafor adviser', '')).toBe('Okafor');
    expect(sourceName('Li Jun', '')).toBe('Li Jun');
  });

  it('gives a finding quoted after “found that” to the study or organisation that found it', () => {
    expect(speakersOf('Gun control is popular. In 2014, the Harlow Institute found that “twice as many voters backed it as opposed it.”')).toEqual([
      ['twice as many voters backed it as opposed it.', 'the Harlow Institute', false],
    ]);
    expect(speakersOf('Dr. Mara Quill concluded that “the fire started in the kitchen.”')).toEqual([['the fire started in the kitchen.', 'Mara Quill', false]]);
  });

  it('does not read a quoted object of “found” without “that” as a finding', () => {
    expect(speakersOf('Inspectors found “suspicious” items in the hold.')[0]?.[1]).toBeNull();
  });

  it('gives a participle’s quotation to an organisation that opens the sentence when no person does', () => {
    expect(speakersOf('The Brightwater campaign shrugged off the remarks, telling reporters, “Nobody ever asked for the endorsement.”')).toEqual([
      ['Nobody ever asked for the endorsement.', 'the Brightwater campaign', false],
    ]);
    // An organisation named with "of", before a colon.
    expect(speakersOf('The Marlow Board of Elections was firm in its ruling: “Further discussion is unnecessary.”')[0]?.[1]).toBe(
      'the Marlow Board of Elections',
    );
    // After an introductory phrase of any kind.
    expect(speakersOf('Ruling on the petition, the Marlow Board of Elections was firm: “Further discussion is unnecessary.”')[0]?.[1]).toBe(
      'the Marlow Board of Elections',
    );
    // A person who opens the sentence keeps it.
    expect(speakersOf('Senator Ana Ruiz shrugged off the remarks, telling reporters, “Nobody ever asked.”')[0]?.[1]).toBe('Ana Ruiz');
    // "Then there was …": an adverb opening the sentence is no organisation.
    expect(speakersOf('Then there was the crowd, chanting, “Four more years.”')[0]?.[1]).toBeNull();
  });

  it('reads more speech participles (remarking, responding) back to the sentence subject', () => {
    const before = 'Governor Lena Hart debated Mayor Idris Kone. “We are ready,” Kone said. ';
    expect(speakersOf(`${before}Hart closed with a nod to the film, remarking, “May the odds be ever in your favour.”`)[1]?.[1]).toBe('Lena Hart');
    expect(speakersOf(`${before}Hart shrugged off the poll, responding, “Polls do not vote.”`)[1]?.[1]).toBe('Lena Hart');
  });

  it('gives a quotation signed with a dash to the person named after the dash', () => {
    const lines = 'Tomas Brandt and Ilse Vogel debated.\n\nThe claims, checked.\n\n';
    // On the line after the quotation, as fact-checks print it.
    expect(speakersOf(`${lines}"The plan would double the rent of every tenant."\n\n- Vogel.\n\nThat is wrong.`)).toEqual([
      ['The plan would double the rent of every tenant.', 'Ilse Vogel', false],
    ]);
    // In the same paragraph, and with a role after the name.
    expect(speakersOf(`${lines}Next. “I wrote that law myself.” — Brandt, in the first debate. He did not.`)[0]?.[1]).toBe('Tomas Brandt');
  });
});

/** Each quote of an article as [text, speaker name or null, marked uncertain]. */
function speakersOf(source: string): Array<[string, string | null, boolean]> {
  return parseArticle({ id: 't', source }).quotes.map((q) => [q.text, q.speaker?.name ?? null, isUncertain(q)]);
}
