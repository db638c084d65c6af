/** Speaker shapes of unseen news (issue #10, sixth round); every sentence and name here is invented. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 't', source });
/** Each quote of an article as [text, speaker name or null]. */
const speakersOf = (source: string): Array<[string, string | null]> => parse(source).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

const LEAD = 'Mayor quits\n\nMayor Ana Lima resigned on Monday after six years in office.\n\n';

describe('a pronoun after an opening phrase is the sentence’s subject', () => {
  it('“In her speech, she thanked her partner, Tom Hale, …” / “…,” she said: the pronoun is Lima, not Hale', () => {
    const q = speakersOf(`${LEAD}In her speech, she thanked her partner, Tom Hale, who was in the room.\n\n“Let’s finally go on holiday,” she said.`);
    expect(q).toEqual([['Let’s finally go on holiday,', 'Ana Lima']]);
  });

  it('a paragraph opening with a quotation continues the pronoun that opened the sentence before, not a name after it', () => {
    const q = speakersOf(
      `${LEAD}She wept as she spoke.\n\nSpeaking about her family she said she would be there when her son Leo started school.\n\n“I will walk you to the gate every morning.`,
    );
    expect(q).toEqual([['I will walk you to the gate every morning.', 'Ana Lima']]);
  });
});

describe('one the quotation speaks to is not who speaks it', () => {
  it('“And to Tom, …” after a sentence about Tom Hale goes to the one the paragraphs are about', () => {
    const q = speakersOf(`${LEAD}She will also marry her partner, Tom Hale, in the spring.\n\n“And to Tom, let’s finally set a date.”`);
    expect(q).toEqual([['And to Tom, let’s finally set a date.', 'Ana Lima']]);
  });
});

describe('a chain of pronoun-led paragraphs', () => {
  it('reaches back past two paragraphs that name no one to the person named before them', () => {
    const q = speakersOf(
      `${LEAD}Deputy Mayor Piet Kroon will run the city until May.\n\nLima, 51, was first elected in 2019.\n\nShe thanked the staff.\n\nShe then left the hall without taking questions.\n\nLater she wrote on her blog that “the work goes on”.`,
    );
    expect(q).toEqual([['the work goes on', 'Ana Lima']]);
  });
});

describe('descriptions that stand for a person', () => {
  it('“the 51-year-old said” is the person the sentences before are about', () => {
    const q = speakersOf(`${LEAD}In a short speech at the town hall, the 51-year-old said it was “time” to go.`);
    expect(q).toEqual([['time', 'Ana Lima']]);
  });

  it('a role noun nobody holds as a title (“the veteran actor”) is the subject just before', () => {
    const q = speakersOf(
      `${LEAD}‘Harbour Lights’ star Tom Hale, 75, came to Lima’s defence.\n\nThe veteran actor wrote on his blog: “She gave this city everything.”`,
    );
    expect(q.at(-1)).toEqual(['She gave this city everything.', 'Tom Hale']);
  });

  it('but not when the subject holds a different title (“the minister” after Mayor Lima stays unresolved)', () => {
    const q = speakersOf(`${LEAD}Lima spoke first.\n\nThe minister wrote on his blog: “The city will be fine.”`);
    expect(q).toEqual([['The city will be fine.', 'the minister']]);
  });
});

describe('places are no people', () => {
  it('“Prime Minister of New Zealand” names no person “Zealand”', () => {
    const r = parse('PM resigns\n\nSam Lowe has resigned as Prime Minister of New Zealand, the first to do so mid-term. Lowe said: “It is time.”');
    expect(r.people.map((p) => p.name)).toEqual(['Sam Lowe']);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Sam Lowe']);
  });
});

describe('a statement printed without marks after a line announcing it', () => {
  const kinds = (source: string) => parse(source).quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);

  it('gives each paragraph to the author the announcing line names, up to a live blog’s next time stamp', () => {
    const q = kinds(
      'Live: mayor quits\n\n7:15pm - Former mayor Ana Lima has just released a statement on the resignation:\n\nIt was with sadness that I heard the news this morning.\n\nFor six years the city has had a mayor who worked every hour.\n\n6:40pm - The council will meet on Friday.',
    );
    expect(q).toEqual([
      ['It was with sadness that I heard the news this morning.', 'direct', 'Ana Lima'],
      ['For six years the city has had a mayor who worked every hour.', 'direct', 'Ana Lima'],
    ]);
  });

  it('reads “Here is her full statement:” as the statement of the one the paragraph before is about, and stops where the narrative resumes', () => {
    const q = kinds(
      'Mayor quits\n\nMayor Ana Lima resigned on Monday.\n\nHere is her full statement:\n\nToday I am stepping down.\n\nThank you all.\n\nLima said later that she would stay in the city.\n\n“I love this place,” she said.',
    );
    expect(q).toEqual([
      ['Today I am stepping down.', 'direct', 'Ana Lima'],
      ['Thank you all.', 'direct', 'Ana Lima'],
      ['I love this place,', 'direct', 'Ana Lima'],
    ]);
  });

  it('gives an organisation’s statement to the organisation, until its name comes back in the narrative', () => {
    expect(
      kinds(
        'Bridge delayed\n\nThe Harbour Board said in a statement on Monday:\n\nWe regret the delay to the bridge.\n\nIt will open in May.\n\nThe Harbour Board has faced criticism before.',
      ),
    ).toEqual([
      ['We regret the delay to the bridge.', 'direct', 'the Harbour Board'],
      ['It will open in May.', 'direct', 'the Harbour Board'],
    ]);
  });

  it('takes nothing when the line announces no one’s statement, or the next paragraph has its own marks', () => {
    expect(kinds('Mayor quits\n\nHere is the full statement:\n\nThe budget stands.')).toEqual([]);
    expect(kinds('Mayor quits\n\nMayor Ana Lima said in a statement:\n\n“Today I am stepping down.”\n\nThe council meets on Friday.')).toEqual([
      ['Today I am stepping down.', 'direct', 'Ana Lima'],
    ]);
  });
});

describe('more speakers of one person', () => {
  it('a quotation carried from a described speaker (“the 51-year-old said”) names whom the description named', () => {
    const q = speakersOf(`${LEAD}In a short speech, the 51-year-old said it was “time” to go.\n\n“I am leaving because the job needs all of you.”`);
    expect(q).toEqual([
      ['time', 'Ana Lima'],
      ['I am leaving because the job needs all of you.', 'Ana Lima'],
    ]);
  });

  it('a one-word speaker that misspells the surname of the article’s person is that person', () => {
    const q = speakersOf('Mayor quits\n\nMayor Ana Okafor resigned on Monday.\n\n“I have nothing left to give,” Okafur said.');
    expect(q).toEqual([['I have nothing left to give,', 'Ana Okafor']]);
    // Two people it could be, and the written name stays.
    const two = speakersOf('Two mayors\n\nMayor Ana Okafor met Mayor Tom Okafar.\n\n“We do,” Okafur said.');
    expect(two).toEqual([['We do,', 'Okafur']]);
  });

  it('a headline quotation before a dash belongs to the person named after it', () => {
    const q = speakersOf('Time to ‘call it a day’ — Lima resigns\n\nMayor Ana Lima resigned on Monday.');
    expect(q).toEqual([['call it a day', 'Ana Lima']]);
  });

  it('a quotation after “She said …” in its own paragraph is hers', () => {
    const q = speakersOf(`${LEAD}She said there was no scandal behind her decision. “I am human, and it is time.”`);
    expect(q).toEqual([['I am human, and it is time.', 'Ana Lima']]);
  });
});

describe('a role the article gave no one as a title', () => {
  it('stands for the person who spoke just before (“…,” she said. / The prime minister said …)', () => {
    const q = speakersOf('PM quits\n\nAna Lima, 51, quit on Monday.\n\n“It is over,” she said.\n\nThe prime minister said she had “served with pride”.');
    expect(q.at(-1)).toEqual(['served with pride', 'Ana Lima']);
  });

  it('but not for one whose title is another role', () => {
    const q = speakersOf('Council row\n\nMayor Tom Hale spoke first.\n\n“It is over,” he said.\n\nThe minister said the council had “lost its way”.');
    expect(q.at(-1)).toEqual(['lost its way', 'the minister']);
  });
});

describe('generic role nouns cover their near kin', () => {
  it('“the militia chief” is the person the article called its founder', () => {
    const q = speakersOf(
      'March halted\n\nMilitia founder Ivo Brandt halted the march on Saturday.\n\nPresident Mara Quint called it treason.\n\n“We turn back to avoid bloodshed,” the militia chief said.',
    );
    expect(q).toEqual([['We turn back to avoid bloodshed,', 'Ivo Brandt']]);
  });
});

describe('guards on roles and reply verbs', () => {
  it('“the former governor” is not the person who spoke just before', () => {
    const q = speakersOf('Debate\n\nAna Lima, 51, spoke first.\n\n“We will win,” she said.\n\nThe former governor said the plan was “a fantasy”.');
    expect(q.at(-1)).toEqual(['a fantasy', 'the former governor']);
  });

  it('“retaliated” and “hit back” report speech', () => {
    const q = speakersOf(
      'Row\n\nPresident Tom Hale said the city had lost its way.\n\n“The city will always be the city,” an angry Mayor Ana Lima retaliated.\n\n“We stand,” Governor Piet Kroon hit back.',
    );
    expect(q).toEqual([
      ['The city will always be the city,', 'Ana Lima'],
      ['We stand,', 'Piet Kroon'],
    ]);
  });
});

describe('objects are no subjects', () => {
  it('“X had called Y “…” after Y suggested …”: the clause after the quotation is no attribution', () => {
    const q = speakersOf(`${LEAD}Back in May, Lima had called Governor Piet Kroon “too radical” after Kroon suggested a toll.`);
    expect(q).toEqual([['too radical', 'Ana Lima']]);
  });

  it('the object of a sentence-opening -ing verb is not the one a pronoun stands for', () => {
    const q = speakersOf('Row\n\nPresident Tom Hale met Governor Piet Kroon.\n\nRebuking Hale, Kroon left the room.\n\n“It is over,” he said.');
    expect(q).toEqual([['It is over,', 'Piet Kroon']]);
  });
});

describe('companies and their statements', () => {
  it('a brand with a capital inside is no person (“BrightPath Falcon”), a surname with a prefix still is', () => {
    const r = parse('Outage\n\nBrightPath Falcon, the firm’s main product, failed on Friday. Senator Ana McCarthy and Mayor Tom DeSantos called for answers.');
    expect(r.people.map((p) => p.name).sort()).toEqual(['Ana McCarthy', 'Tom DeSantos']);
  });

  it('“…,” the statement read — the organisation that a sentence before says issued a statement, a nationality opening its name', () => {
    const q = speakersOf(
      'Outage\n\nHowever, at about 5 a.m. ET, Canadian Harbour Lines issued a statement that it was running again.\n\n“Earlier this morning, a vendor issue hit several carriers. We apologize,” the statement read.',
    );
    expect(q).toEqual([['Earlier this morning, a vendor issue hit several carriers. We apologize,', 'Canadian Harbour Lines']]);
  });

  it('“clarified” and “shared” report speech; a headline role in capitals (“CEO”) is the article’s holder of that title', () => {
    const q = speakersOf(
      'CEO promises ‘full transparency’\n\nBrightPath CEO Tomas Okafor released a statement on Friday, as did Mayor Ana Lima.\n\n“It was not a cyberattack,” Okafor clarified on his blog.\n\n“I have a funeral tomorrow,” Lima shared.',
    );
    expect(q).toEqual([
      ['full transparency', 'Tomas Okafor'],
      ['It was not a cyberattack,', 'Tomas Okafor'],
      ['I have a funeral tomorrow,', 'Ana Lima'],
    ]);
  });

  it('a four-letter misspelling of the one matching surname is that person (“Kurz said” → Kurtz)', () => {
    const q = speakersOf('Outage\n\nChief executive Tomas Kurtz spoke on Friday.\n\nThe fault “was found and fixed,” Kurz said.');
    expect(q).toEqual([['was found and fixed,', 'Tomas Kurtz']]);
  });
});

describe('“the company” an article described', () => {
  it('is the organisation described as a company or firm before, even after a person spoke', () => {
    const q = speakersOf(
      'Outage\n\n“We are on it,” chief executive Tomas Kurtz said.\n\nHarbourline is a global shipping firm, and one of its clients is the navy.\n\nThe company, on its website, says, “Harbourline moves the goods that matter.”',
    );
    expect(q).toEqual([
      ['We are on it,', 'Tomas Kurtz'],
      ['Harbourline moves the goods that matter.', 'Harbourline'],
    ]);
  });
});

describe('opening clauses and bullets', () => {
  it('a participle clause with names in it opens the sentence; its subject follows (“Joined by his wife, Ana, and …, Okafor said …”)', () => {
    const q = speakersOf(
      'Quits\n\nMayor Tom Okafor resigned.\n\nJoined by his wife, Ana, and a number of supporters, Okafor said he was “sad to go” and claimed it was “eccentric” to change now.',
    );
    expect(q).toEqual([
      ['sad to go', 'Tom Okafor'],
      ['eccentric', 'Tom Okafor'],
    ]);
  });

  it('a pronoun after a bullet is its sentence’s subject', () => {
    const q = speakersOf(
      'Quits\n\nMayor Tom Okafor resigned, and his deputy Piet Kroon took over.\n\n• He thanked the voters and said he had stayed because “I felt it was my duty.”',
    );
    expect(q.map(([, s]) => s)).toEqual(['Tom Okafor']);
  });
});

describe('a copy cut before its first name', () => {
  it('gives an opening pronoun to the first person named as a subject after it, when it agrees', () => {
    const q = speakersOf('He thanked the voters and said he had stayed because “I felt it was my duty.” Mayor Tom Okafor confirmed he would leave in May.');
    expect(q).toEqual([['I felt it was my duty.', 'Tom Okafor']]);
    const she = speakersOf('He thanked the voters and said he had stayed because “I felt it was my duty.” Mayor Ana Lima confirmed she would leave in May.');
    expect(she).toEqual([['I felt it was my duty.', null]]);
  });
});

describe('a title in the plural', () => {
  it('names a group, not a person (“Prime Ministers”), while a surname ending so stays a name (“Dottie Deans”)', () => {
    const r = parse('Talks\n\nThe pressures on Prime Ministers are great, said former mayor Ana Lima. Party chair Dottie Deans agreed.');
    expect(r.people.map((p) => p.name).sort()).toEqual(['Ana Lima', 'Dottie Deans']);
  });
});
