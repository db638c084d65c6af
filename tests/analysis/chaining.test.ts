/**
 * Statements that share a long wording's words without reporting it: a sentence must carry the words a
 * statement's wordings share (not only the story's words it has in common with one long quote), and a quote the
 * parser could not attribute must not let another person's sentence into the statement. Invented stories; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const ferry = {
  a: ['Daily A', 'Ferries\n\nThe talks ended on Monday.\n\n“For two small islands like Vela and Mora, closing the ferry line to each other is not an option.”'],
  b: ['Daily B', 'Ferries\n\n“Closing the ferry line to each other is not an option,” minister Ana Brel said.'],
  // Background that makes the islands' names the story's own words (used by half the articles or more).
  d: ['Daily D', 'Ferries\n\nVela and Mora are two small islands off the coast.'],
  e: ['Daily E', 'Ferries\n\nThe old cargo boat to Vela and Mora runs twice every day.'],
  f: ['Daily F', 'Ferries\n\nThe two small islands of Vela and Mora voted on Sunday.'],
  g: ['Daily G', 'Ferries\n\nFishing boats stay in the northern port during the winter storms.'],
  h: ['Daily H', 'Ferries\n\nThe harbour office opens at six every morning except Sunday.'],
} satisfies Record<string, [string, string]>;

describe('a reported sentence and a statement with a long wording', () => {
  it('joins when it carries the words the wordings share', () => {
    const { analysis } = story({
      ...ferry,
      c: ['Daily C', 'Ferries\n\nMinister Ana Brel said that closing the ferry line between the two islands was not an option.'],
    });
    const line = clusterOf(analysis, 'b', 'Closing the ferry');
    expect(clusterOf(analysis, 'a', 'For two small')).toBe(line);
    expect(clusterOf(analysis, 'c', 'Minister Ana Brel')).toBe(line);
  });

  it('stays out when it shares only the story’s words with the long wording', () => {
    const { analysis } = story({
      ...ferry,
      c: [
        'Daily C',
        'Ferries\n\nMinister Ana Brel said she hoped the two small islands of Vela and Mora would trade more, so the harvest of one becomes a gain for the other.',
      ],
    });
    expect(clusterOf(analysis, 'a', 'For two small')).toBe(clusterOf(analysis, 'b', 'Closing the ferry'));
    expect(clusterOf(analysis, 'c', 'Minister Ana Brel')).not.toBe(clusterOf(analysis, 'b', 'Closing the ferry'));
  });

  it('stays out when it names another speaker than the statement’s, even through a quote with none', () => {
    const { analysis } = story({
      ...ferry,
      c: ['Daily C', 'Ferries\n\nMayor Tomas Ilves said closing the ferry line between the two small islands of Vela and Mora was not an option.'],
    });
    expect(clusterOf(analysis, 'c', 'Mayor Tomas Ilves')).not.toBe(clusterOf(analysis, 'b', 'Closing the ferry'));
  });
});

describe('a reported sentence and a statement only one outlet quotes', () => {
  it('stays out when it shares only the story’s words and one more with it', () => {
    const { analysis } = story({
      a: ['Daily A', 'Mayors\n\n“It is of great importance that the two towns truly trust each other, mayor to mayor,” mayor Ana Brel said.'],
      b: ['Daily B', 'Mayors\n\nAna Brel noted that the two mayors have known each other for years, and stressed how important the meeting was.'],
      // Background that makes the two mayors and "each other" the story's own words.
      c: ['Daily C', 'Mayors\n\nThe two mayors meet each other every year.'],
      d: ['Daily D', 'Mayors\n\nThe two mayors have met each other twice.'],
      e: ['Daily E', 'Mayors\n\nThe football clubs of both towns play their final match in June.'],
      f: ['Daily F', 'Mayors\n\nTrains between the towns often run late on winter mornings.'],
      g: ['Daily G', 'Mayors\n\nThe old fish market opens early on Fridays and Saturdays.'],
      h: ['Daily H', 'Mayors\n\nA new primary school was built near the river last spring.'],
    });
    const trust = analysis.clusters.find((c) => c.id === clusterOf(analysis, 'a', 'It is of great'));
    expect(trust?.members.map((m) => m.article)).toEqual(['a']);
  });
});

describe('sentences that no statement takes, each reporting two', () => {
  it('group the clause they have in common', () => {
    const { analysis } = story({
      a: ['Daily A', 'Ferries\n\nMinister Ana Brel said the night ferry will run all winter, and that fares for pupils will stay the same.'],
      b: ['Daily B', 'Ferries\n\nAna Brel said fares for pupils will stay the same until next autumn, stressing that the new harbour will open in May.'],
    });
    const fares = clusterOf(analysis, 'a', 'and that fares for pupils');
    expect(fares).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Ana Brel said fares')).toBe(fares);
    // The other clauses say other things: they are not in that row.
    const members = analysis.clusters.find((c) => c.id === fares)!.members.map((m) => m.text);
    expect(members.some((t) => t.includes('night ferry') || t.includes('harbour'))).toBe(false);
  });
});
