/**
 * Grouping round 39: statements of shapes any story can have. Invented story: Ines Kordt, harbour master of the port
 * of Velmora, stepped down on Tuesday. The tests not marked `guard:` fail on a709949 (the round's start); the
 * `guard:` tests pass on both.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const lead = 'Ines Kordt, harbour master of Velmora for eleven years, stepped down late on Tuesday over a dispute about the new pier.';
const quote =
  'I will stay in this office until the port board has chosen my successor, and the cranes on the north quay will be mended before the winter storms,';

/** A copy quoting the harbour master. */
const quoted = (outlet: string): [string, string] => [outlet, `Kordt steps down\n\n${lead} “${quote}” Kordt said at the harbour office.`];
/** A copy reporting her in few words: all of them in her quote. */
const reported = (outlet: string): [string, string] => [
  outlet,
  `Velmora harbour master resigns\n\n${lead} Kordt said she would stay in her office until the port board had chosen a successor.`,
];
/** A copy reporting her in other words, sharing with the reports only words half the story's copies hold. */
const own = (outlet: string, sentence: string): [string, string] => [outlet, `Velmora loses its harbour master\n\n${lead} ${sentence}`];
const told = 'Kordt told reporters gathered outside the customs shed late that evening she would stay until the board names a successor.';
/** Copies about the pier, none of them about her leaving, so the story has ten copies. */
const pier = (outlet: string, n: number): [string, string] => [
  outlet,
  `Pier dispute in Velmora\n\n${lead} “The new pier ${n === 1 ? 'will cost the town more than it earns' : 'was never needed by the fishing fleet'},” said councillor Tomas Reeb.`,
];

/** Ten copies: two quote her, three report her short, one tells it in other words (`last`), four are about the pier. */
const copies = (last = own('Gazette F', told)) => ({
  a: quoted('Wire A'),
  b: quoted('Paper B'),
  c: reported('Daily C'),
  d: reported('Radio D'),
  e: reported('News E'),
  f: last,
  g: pier('Post G', 1),
  h: pier('Times H', 1),
  i: pier('Herald I', 2),
  j: pier('Mail J', 2),
});

describe('a report of the speaker that other outlets’ reports of her statement second, on the story’s own words', () => {
  it('joins the statement those reports joined', () => {
    const { analysis } = story(copies());
    const row = clusterOf(analysis, 'a', 'I will stay');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Kordt said')).toBe(row);
    expect(clusterOf(analysis, 'f', 'Kordt told')).toBe(row);
  });

  it('guard: the same words of someone else stay apart', () => {
    const other =
      'Deputy harbour master Arne Falk told reporters gathered outside the customs shed late that evening he would stay until the board names a successor.';
    const { analysis } = story(copies(own('Gazette F', other)));
    expect(clusterOf(analysis, 'f', 'Deputy')).not.toBe(clusterOf(analysis, 'a', 'I will stay'));
  });

  it('guard: another remark of hers on the story’s own words stays apart', () => {
    const other = 'Kordt told reporters gathered outside the customs shed late that evening that her successor would find the cranes mended.';
    const { analysis } = story(copies(own('Gazette F', other)));
    expect(clusterOf(analysis, 'f', 'Kordt told')).not.toBe(clusterOf(analysis, 'c', 'Kordt said'));
  });
});
