/**
 * A statement nobody quotes, reported by one article and reported again by its machine rewrite in other words: the
 * two reports share too few words to be grouped as paraphrases, but they stand at one place of two texts that
 * follow each other sentence for sentence, so they are one row. Two neighbouring sentences the alignment pairs
 * with few words in common stay apart. Invented stories; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const original = [
  'Flood relief',
  'The river burst its banks near Orvale on Sunday night, flooding three villages and the old mill road.',
  'Governor Amara Quist pledged immediate help to the farmers who lost their barns and herds in the water.',
  'She assured the mayor of Orvale of her full support for rebuilding the bridge over the canal.',
  'Rescue crews from two counties worked through the night to reach families stranded on their roofs.',
  'The Orvale school will stay closed for the week while engineers inspect the foundations.',
].join('\n\n');

/** The original's sentences reworded, in the original's order. */
const reworded = [
  'Flood relief',
  'On Sunday night the river overflowed close to Orvale, swamping three villages as well as the old mill road.',
  'During a visit, Governor Amara Quist made a commitment to provide immediate assistance to farmers whose barns and herds were lost to the flood.',
  'She told the Orvale mayor she would give her complete backing to the rebuilding of the canal bridge.',
  'Throughout the night, rescue teams from two counties struggled to reach families trapped on roofs.',
  'Engineers will examine the foundations of the Orvale school, which stays shut this week.',
].join('\n\n');

describe('a statement only reported, in an article and its rewrite', () => {
  it('is one row of the two reports', () => {
    const { analysis } = story({ a: ['Wire A', original], b: ['Copy B', reworded] });
    const help = clusterOf(analysis, 'a', 'Governor Amara Quist pledged');
    expect(help).toBeDefined();
    expect(clusterOf(analysis, 'b', 'During a visit, Governor Amara Quist')).toBe(help);
    const row = analysis.clusters.find((c) => c.id === help)!;
    expect(row.articleCount).toBe(2);
    expect(row.members.find((m) => !m.match.reasons.includes('representative'))!.match.reasons).toContain('rewrite');
    // The next statement of the governor is a row of its own.
    const bridge = clusterOf(analysis, 'a', 'She assured the mayor');
    expect(clusterOf(analysis, 'b', 'She told the Orvale mayor')).toBe(bridge);
    expect(bridge).not.toBe(help);
    // A fact both state, with no speech verb in either, is not a statement: no row.
    expect(clusterOf(analysis, 'b', 'Throughout the night, rescue teams')).toBeUndefined();
  });

  it('ties nothing when the same sentences come in another order', () => {
    const shuffled = reworded.split('\n\n');
    const { analysis } = story({ a: ['Wire A', original], b: ['Copy B', [shuffled[0], ...shuffled.slice(1).reverse()].join('\n\n')] });
    // The two may still be one row on their words (a report and a plain sentence restating it, restated.ts), but the
    // alignment ties nothing: no sentence joins as a rewrite.
    expect(analysis.clusters.flatMap((c) => c.members).filter((m) => m.match.reasons.includes('rewrite'))).toEqual([]);
  });
});

describe('two articles that share a few paragraphs of wire copy', () => {
  it('make no row of the different sentences that follow them', () => {
    const shared = original.split('\n\n').slice(1, 4);
    const a = [
      'Flood relief',
      ...shared,
      'The two-hour visit to Orvale on Sunday was Governor Amara Quist’s last stop on a tour that included talks with the mayor and the river board.',
      'The weather service expects more rain over the weekend and warned of landslides on the coast road.',
      'Volunteers collected blankets, tinned food and fodder for the stranded herds.',
      'A charity concert for the flooded villages is planned for next month in the capital.',
      'The insurance board will meet on Friday to discuss claims from farmers and shop owners.',
      'Train services between Orvale and the coast remain suspended until the tracks are checked.',
    ].join('\n\n');
    const b = [
      'Flood relief',
      ...shared,
      'Governor Amara Quist said that the mayor and the river board described their talks with her as frank and useful.',
      'Farmers in the valley say they have never seen the river so high in living memory.',
      'Schools across the county reopened on Wednesday, except for the one in the hills.',
      'Anglers were warned to keep away from the swollen river for the rest of the month.',
      'A bakery in the square handed out bread to rescue crews through the night.',
      'The old mill, a listed building, escaped with minor damage to its wheel.',
    ].join('\n\n');
    const { analysis } = story({ a: ['Wire A', a], b: ['Copy B', b] });
    const visit = clusterOf(analysis, 'a', 'The two-hour visit');
    expect(visit === undefined || visit !== clusterOf(analysis, 'b', 'Governor Amara Quist said that the mayor')).toBe(true);
  });
});
