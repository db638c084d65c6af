/**
 * A phrase quoted alone that opens with a word of degree (`extremely useful`, `truly shocking`) joins the statement of
 * its speaker whose wordings hold the rest of it (`a very useful session`): one outlet's `extremely` is another's
 * `very`. Only when no row holds the phrase as it is, and only a row of the phrase's own speaker. Invented story;
 * expected rows written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const ferry = {
  a: [
    'Saltmere Gazette',
    'Ferry talks resume\n\nHarbour councillor Ingrid Halvarsen said: “This morning’s session with the ferry crews was very useful for all of us.”',
  ],
  b: [
    'Island Herald',
    'Ferry talks resume\n\nHarbour councillor Ingrid Halvarsen said: “The session with the ferry crews was very useful for all of us, and they come back next week.”',
  ],
  c: ['Coast Daily', 'Ferry talks resume\n\nHarbour councillor Ingrid Halvarsen called the talks “extremely useful” on Tuesday.'],
  d: ['Bay Times', 'Ferry talks resume\n\nHarbour councillor Ingrid Halvarsen described the morning as “truly useful” for both sides.'],
} satisfies Record<string, [string, string]>;

describe('a quoted phrase opened by a word of degree', () => {
  it('joins the statement of its speaker that holds the rest of the phrase', () => {
    const { analysis } = story(ferry);
    const session = clusterOf(analysis, 'a', 'This morning’s session');
    expect(session).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The session with the ferry')).toBe(session);
    expect(clusterOf(analysis, 'c', 'extremely useful')).toBe(session);
    expect(clusterOf(analysis, 'd', 'truly useful')).toBe(session);
  });

  it('guard: a phrase that one statement holds as it is stays there, not with another holding only its last word', () => {
    const { analysis } = story({
      a: ['Saltmere Gazette', 'Floods in the lower town\n\nMayor Oskar Brevik said: “The pictures from the lower town are truly shocking.”'],
      b: ['Island Herald', 'Floods in the lower town\n\nMayor Oskar Brevik called the flooding “truly shocking” on Monday.'],
      c: [
        'Coast Daily',
        'Floods in the lower town\n\nMayor Oskar Brevik said: “What happened to the harbour wall is shocking. We warned about that wall for years.”',
      ],
      d: ['Bay Times', 'Floods in the lower town\n\nMayor Oskar Brevik said: “The state of the harbour wall is shocking. We warned about the wall for years.”'],
      e: ['Valley Echo', 'Floods in the lower town\n\nMayor Oskar Brevik said: “The harbour wall is shocking. We warned about it for years.”'],
    });
    const pictures = clusterOf(analysis, 'a', 'The pictures');
    expect(clusterOf(analysis, 'b', 'truly shocking')).toBe(pictures);
    expect(clusterOf(analysis, 'c', 'What happened')).not.toBe(pictures);
  });

  it('guard: another speaker’s wordings that hold the rest of the phrase do not take it', () => {
    const { analysis } = story({
      a: [
        'Saltmere Gazette',
        'Ferry talks resume\n\nUnion leader Petra Solheim said: “This morning’s session with the council was very useful for all of us.”',
      ],
      b: [
        'Island Herald',
        'Ferry talks resume\n\nUnion leader Petra Solheim said: “The session with the council was very useful for all of us, and they come back next week.”',
      ],
      c: ['Coast Daily', 'Ferry talks resume\n\nHarbour councillor Ingrid Halvarsen called the talks “extremely useful” on Tuesday.'],
    });
    const session = clusterOf(analysis, 'a', 'This morning’s session');
    expect(session).toBeDefined();
    expect(clusterOf(analysis, 'c', 'extremely useful')).not.toBe(session);
  });
});
