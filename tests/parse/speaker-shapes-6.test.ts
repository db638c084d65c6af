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
