/**
 * A coach's praise of the fans and a short sentence after it. One outlet quotes both in one quotation; two quote the
 * short sentence alone, and two quote the praise without it. The short sentence is a statement of its own: it does
 * not join the praise through the one quotation that holds both, and that quotation is split between the two; a
 * report of the short sentence joins its row (a guard: here it would join it also through the later passes).
 * Invented story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const thanks = 'Every supporter who made the long trip north for the final gave our players a lift this winter.';
const voice = 'Their songs carried us.';

describe('a short sentence that two outlets quote alone', () => {
  const { analysis } = story({
    a: ['Wire A', `Coach thanks fans\n\n“${thanks} ${voice}” coach Tomas Ferreira said after the final.`],
    b: ['Paper B', `Final lost\n\n“${thanks}” coach Tomas Ferreira said on Sunday.\n\nHe spoke of the away end. “${voice}” Ferreira said.`],
    c: ['Radio C', `Ferreira speaks\n\n“${voice}” coach Tomas Ferreira told reporters after the final.`],
    d: ['Daily D', `Away end\n\n“${thanks}” coach Tomas Ferreira said.`],
  });

  it('is a row of its own, and the quotation holding both is split', () => {
    const fans = clusterOf(analysis, 'd', 'Every supporter');
    const row = clusterOf(analysis, 'c', 'Their songs');
    expect(fans).toBeDefined();
    expect(row).toBeDefined();
    expect(row).not.toBe(fans);
    expect(clusterOf(analysis, 'b', 'Their songs')).toBe(row);
    expect(clusterOf(analysis, 'a', 'Their songs')).toBe(row);
    expect(clusterOf(analysis, 'a', 'Every supporter')).toBe(fans);
  });
});

describe('a report of a short sentence that is a row of its own', () => {
  const lifted = 'Those songs lifted the players.';
  const { analysis } = story({
    a: ['Wire A', `Coach thanks fans\n\n“${thanks} ${lifted}” coach Tomas Ferreira said after the final.`],
    b: ['Paper B', `Final lost\n\n“${thanks}” coach Tomas Ferreira said on Sunday.\n\nHe spoke of the away end. “${lifted}” Ferreira said.`],
    c: ['Radio C', `Ferreira speaks\n\n“${lifted}” coach Tomas Ferreira told reporters after the final.`],
    d: ['Daily D', `Away end\n\n“${thanks}” coach Tomas Ferreira said.`],
    e: ['Sport E', `Ferreira on the fans\n\nCoach Tomas Ferreira said after the final that those songs had lifted his players.`],
  });

  it('joins that row, as it would join a longer quote', () => {
    const row = clusterOf(analysis, 'c', 'Those songs');
    expect(row).toBeDefined();
    expect(row).not.toBe(clusterOf(analysis, 'd', 'Every supporter'));
    expect(clusterOf(analysis, 'e', 'Coach Tomas Ferreira said')).toBe(row);
  });
});
