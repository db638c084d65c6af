/** Speaker shapes of unseen news (issue #10, sixth round); every sentence and name here is invented. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 't', source });
/** Each quote of an article as [text, speaker name or null]. */
const speakersOf = (source: string): Array<[string, string | null]> => parse(source).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

const LEAD = 'Mayor quits\n\nMayor Ana Lima resigned on Monday after six years in office.\n\n';

describe('a pronoun after an opening phrase is the sentence’s subject', () => {
  it('“At the podium, she waved to her brother, Tom Hale, …” / “…,” she said: the pronoun is Lima, not Hale', () => {
    const q = speakersOf(`${LEAD}At the podium, she waved to her brother, Tom Hale, who sat in the front row.\n\n“Now I can plant my garden,” she said.`);
    expect(q).toEqual([['Now I can plant my garden,', 'Ana Lima']]);
  });

  it('a paragraph opening with a quotation continues the pronoun that opened the sentence before, not a name after it', () => {
    const q = speakersOf(
      `${LEAD}She paused twice.\n\nTurning to the gallery she said she would see more of her nephew Leo now.\n\n“I will teach you to sail this summer.`,
    );
    expect(q).toEqual([['I will teach you to sail this summer.', 'Ana Lima']]);
  });
});

describe('one the quotation speaks to is not who speaks it', () => {
  it('“And to Tom, …” after a sentence about Tom Hale goes to the one the paragraphs are about', () => {
    const q = speakersOf(`${LEAD}She will also travel with her brother, Tom Hale, in June.\n\n“And to Tom, the boat is yours now.”`);
    expect(q).toEqual([['And to Tom, the boat is yours now.', 'Ana Lima']]);
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
    const q = speakersOf(`${LEAD}Outside the council chamber, the 51-year-old said the city needed “fresh legs” now.`);
    expect(q).toEqual([['fresh legs', 'Ana Lima']]);
  });

  it('a role noun nobody holds as a title (“the veteran singer”) is the subject just before', () => {
    const q = speakersOf(
      `${LEAD}Tom Hale, 64, whose ballads fill the harbour pubs, spoke up for her that evening.\n\nThe veteran singer posted on his website: “No one worked harder for this town.”`,
    );
    expect(q.at(-1)).toEqual(['No one worked harder for this town.', 'Tom Hale']);
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
      'Live: mayor quits\n\n9:05pm - Former mayor Ana Lima has just put out a statement on the vote:\n\nI learned of the result on the night train home.\n\nFor six years this city has had a council that listened.\n\n8:50pm - The council will meet on Friday.',
    );
    expect(q).toEqual([
      ['I learned of the result on the night train home.', 'direct', 'Ana Lima'],
      ['For six years this city has had a council that listened.', 'direct', 'Ana Lima'],
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
    const q = speakersOf(
      `${LEAD}Outside the chamber, the 51-year-old said the city needed “fresh legs”.\n\n“I am going because this job needs someone rested.”`,
    );
    expect(q).toEqual([
      ['fresh legs', 'Ana Lima'],
      ['I am going because this job needs someone rested.', 'Ana Lima'],
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
    const q = speakersOf('Time for ‘one last walk’ — Lima resigns\n\nMayor Ana Lima resigned on Monday.');
    expect(q).toEqual([['one last walk', 'Ana Lima']]);
  });

  it('a quotation after “She said …” in its own paragraph is hers', () => {
    const q = speakersOf(`${LEAD}She said no quarrel lay behind the move. “I am tired, and the city deserves better.”`);
    expect(q).toEqual([['I am tired, and the city deserves better.', 'Ana Lima']]);
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
    const q = speakersOf(`${LEAD}Last winter, Lima had called Governor Piet Kroon “reckless” after Kroon proposed a toll.`);
    expect(q).toEqual([['reckless', 'Ana Lima']]);
  });

  it('the object of a sentence-opening -ing verb is not the one a pronoun stands for', () => {
    const q = speakersOf('Row\n\nPresident Tom Hale met Governor Piet Kroon.\n\nRebuking Hale, Kroon left the room.\n\n“It is over,” he said.');
    expect(q).toEqual([['It is over,', 'Piet Kroon']]);
  });
});

describe('companies and their statements', () => {
  it('a brand with a capital inside is no person (“BrightPath Falcon”), a surname with a prefix still is', () => {
    const r = parse(
      'Outage\n\nBrightPath Falcon, the firm’s main product, failed on Friday. Senator Ana McAllister and Mayor Tom DeSantos called for answers.',
    );
    expect(r.people.map((p) => p.name).sort()).toEqual(['Ana McAllister', 'Tom DeSantos']);
  });

  it('“…,” the statement read — the organisation that a sentence before says issued a statement, a nationality opening its name', () => {
    const q = speakersOf(
      'Outage\n\nLater, around 6 a.m. ET, Canadian Harbour Lines issued a statement that its ferries were sailing again.\n\n“A fault at a supplier stopped our ferries overnight. We are sorry,” the statement read.',
    );
    expect(q).toEqual([['A fault at a supplier stopped our ferries overnight. We are sorry,', 'Canadian Harbour Lines']]);
  });

  it('“clarified” and “shared” report speech; a headline role in capitals (“CEO”) is the article’s holder of that title', () => {
    const q = speakersOf(
      'CEO vows ‘a full account’\n\nBrightPath CEO Tomas Okafor released a statement on Friday, as did Mayor Ana Lima.\n\n“No data was lost,” Okafor clarified on his blog.\n\n“My train never came,” Lima shared.',
    );
    expect(q).toEqual([
      ['a full account', 'Tomas Okafor'],
      ['No data was lost,', 'Tomas Okafor'],
      ['My train never came,', 'Ana Lima'],
    ]);
  });

  it('a four-letter misspelling of the one matching surname is that person (“Lorn said” → Lorne)', () => {
    const q = speakersOf('Outage\n\nChief executive Tomas Lorne spoke on Friday.\n\nThe fault “was found and fixed,” Lorn said.');
    expect(q).toEqual([['was found and fixed,', 'Tomas Lorne']]);
  });
});

describe('“the company” an article described', () => {
  it('is the organisation described as a company or firm before, even after a person spoke', () => {
    const q = speakersOf(
      'Outage\n\n“We are on it,” chief executive Tomas Lorne said.\n\nHarbourline is a family-owned shipping firm based in the north.\n\nThe company, in its brochure, says, “Harbourline moves the goods that matter.”',
    );
    expect(q).toEqual([
      ['We are on it,', 'Tomas Lorne'],
      ['Harbourline moves the goods that matter.', 'Harbourline'],
    ]);
  });
});

describe('opening clauses and bullets', () => {
  it('a participle clause with names in it opens the sentence; its subject follows (“Flanked by his sister, Ana, and …, Okafor said …”)', () => {
    const q = speakersOf(
      'Quits\n\nMayor Tom Okafor resigned.\n\nFlanked by his sister, Ana, and two aides, Okafor said he was “proud of the docks” and claimed the timing was “unlucky” for the city.',
    );
    expect(q).toEqual([
      ['proud of the docks', 'Tom Okafor'],
      ['unlucky', 'Tom Okafor'],
    ]);
  });

  it('a pronoun after a bullet is its sentence’s subject', () => {
    const q = speakersOf(
      'Quits\n\nMayor Tom Okafor resigned, and his deputy Piet Kroon took over.\n\n• He praised the volunteers and said he had kept going because “the river deserved it.”',
    );
    expect(q.map(([, s]) => s)).toEqual(['Tom Okafor']);
  });
});

describe('a copy cut before its first name', () => {
  it('gives an opening pronoun to the first person named as a subject after it, when it agrees', () => {
    const q = speakersOf(
      'He praised the volunteers and said he had kept going because “the river deserved it.” Mayor Tom Okafor confirmed he would leave in May.',
    );
    expect(q).toEqual([['the river deserved it.', 'Tom Okafor']]);
    const she = speakersOf(
      'He praised the volunteers and said he had kept going because “the river deserved it.” Mayor Ana Lima confirmed she would leave in May.',
    );
    expect(she).toEqual([['the river deserved it.', null]]);
  });
});

describe('a title in the plural', () => {
  it('names a group, not a person (“Prime Ministers”), while a surname ending so stays a name (“Dottie Deans”)', () => {
    const r = parse('Talks\n\nFew Prime Ministers last a decade, said former mayor Ana Lima. Party chair Dottie Deans agreed.');
    expect(r.people.map((p) => p.name).sort()).toEqual(['Ana Lima', 'Dottie Deans']);
  });
});
