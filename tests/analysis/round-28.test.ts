/**
 * Grouping round 28: one number however an outlet writes it (numerals.ts). Invented story: a harbour strike in the
 * port town of Velsmark.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a number written in words by one outlet and in digits by another', () => {
  it('joins two reports of one count', () => {
    const { analysis } = story({
      a: ['Wire A', 'Strike spreads\n\nHarbour master Joost Vercammen said twenty-six ships were waiting outside the breakwater.'],
      b: ['Paper B', 'Ships wait\n\nVercammen said 26 ships were waiting beyond the breakwater.'],
    });
    const row = clusterOf(analysis, 'a', 'Harbour master');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Vercammen said')).toBe(row);
  });

  it('joins a plain sentence that restates a report with the number in digits', () => {
    const { analysis } = story({
      a: ['Wire A', 'Clashes at the gates\n\nJoost Vercammen said thirty-one dockers were hurt, eight of them badly.'],
      b: ['Paper B', 'Gate clashes\n\n31 dockers were hurt, 8 of them badly, at the Velsmark gates.'],
    });
    const row = clusterOf(analysis, 'a', 'Joost Vercammen');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', '31 dockers')).toBe(row);
  });

  it('joins a share given with a sign and one given in words', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port slows\n\nTove Arnesen said only 30% of the freight had left the docks.'],
      b: ['Paper B', 'Freight stuck\n\nArnesen said just 30 per cent of the freight had left.'],
    });
    const row = clusterOf(analysis, 'a', 'Tove Arnesen');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Arnesen said')).toBe(row);
  });

  it('joins a distance run together with its unit and one written apart', () => {
    const { analysis } = story({
      a: ['Wire A', 'Lorries queue\n\nLidia Brand said the queue of lorries stretched 14km.'],
      b: ['Paper B', 'Queue grows\n\nBrand said the lorry queue now stretched 14 km.'],
    });
    const row = clusterOf(analysis, 'a', 'Lidia Brand');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Brand said')).toBe(row);
  });

  it('guard: two reports with different counts of different things stay apart', () => {
    const { analysis } = story({
      a: ['Wire A', 'Strike spreads\n\nHarbour master Joost Vercammen said twenty-six ships were waiting outside the breakwater.'],
      b: ['Paper B', 'Pay talks\n\nVercammen said 26 dockers had signed the new pay offer.'],
    });
    expect(analysis.clusters.some((c) => c.articleCount === 2)).toBe(false);
  });
});
