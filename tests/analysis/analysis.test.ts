/**
 * Cross-outlet analysis. Small invented stories where the right answer is known, then the seed story with
 * its clusters and disagreements pinned by hand.
 */
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../helpers/seeds.ts';
import { clusterOf, story } from './story.ts';

describe('statement clusters', () => {
  const { analysis } = story({
    a: [
      'Daily A',
      'Talks end\n\n“We have made real progress on the trade questions and we will meet again in June,” Finance Minister Ngozi Adebayo said on Monday.\n\n“Nobody should expect a deal on tariffs this year,” Ms. Adebayo added.',
    ],
    b: [
      'Daily B',
      'Talks end\n\nFinance Minister Ngozi Adebayo said: “We have made real progress on the trade questions, and we shall meet again in June.”\n\nShe also said nobody should expect a tariff deal this year.',
    ],
    c: [
      'Daily C',
      'Talks end\n\nNigeria’s finance minister, Ngozi Adebayo, said the sides had made “real progress” on trade.\n\n“We are optimistic about the harvest,” said farmer Tunde Bello.',
    ],
  });

  it('groups one statement worded differently, with partial quotes and reported speech', () => {
    const id = clusterOf(analysis, 'a', 'We have made real progress');
    expect(id).toBeDefined();
    expect(clusterOf(analysis, 'b', 'We have made real progress')).toBe(id);
    expect(clusterOf(analysis, 'c', 'real progress')).toBe(id);
    const cluster = analysis.clusters.find((c) => c.id === id)!;
    expect(cluster.speaker).toEqual({ name: 'Ngozi Adebayo', personId: 'ngozi-adebayo' });
    expect(cluster.outlets.sort()).toEqual(['Daily A', 'Daily B', 'Daily C']);
  });

  it('keeps two different statements of one speaker apart', () => {
    expect(clusterOf(analysis, 'a', 'Nobody should expect')).not.toBe(clusterOf(analysis, 'a', 'We have made real progress'));
    const tariffs = analysis.clusters.find((c) => c.id === clusterOf(analysis, 'a', 'Nobody should expect'))!;
    expect(tariffs.members.map((m) => [m.article, m.kind])).toEqual([
      ['a', 'direct'],
      ['b', 'reported'],
    ]);
  });

  it('shows a statement only one outlet carries as a single-outlet cluster', () => {
    const harvest = analysis.clusters.find((c) => c.id === clusterOf(analysis, 'c', 'We are optimistic'))!;
    expect(harvest.articleCount).toBe(1);
    expect(harvest.outlets).toEqual(['Daily C']);
  });

  it('diffs each member word by word against the representative', () => {
    const cluster = analysis.clusters.find((c) => c.id === clusterOf(analysis, 'a', 'We have made real progress'))!;
    const b = cluster.members.find((m) => m.article === 'b' && m.kind === 'direct')!;
    const rep = cluster.members.find((m) => m.similarity === 1)!;
    const other = rep.article === 'a' ? b : cluster.members.find((m) => m.article === 'a')!;
    const changes = other.diff.filter((d) => d.op !== 'equal').map((d) => `${d.op}:${d.from.trim()}→${d.to.trim()}`);
    expect(changes.some((c) => /will→shall|shall→will/.test(c))).toBe(true);
    expect(other.diff.map((d) => d.to).join('')).toBe(other.text);
    expect(other.diff.map((d) => d.from).join('')).toBe(rep.text);
  });

  it('matches across British and American spelling, U.S./US and Sino-US/China-US', () => {
    const { analysis: a } = story({
      x: ['X', 'Visit\n\n“We must stabilise U.S.-China relations and honour our commitments to the region,” President Lee Min-jun said.'],
      y: ['Y', 'Visit\n\n“We must stabilize Sino-US relations and honor our commitments to the region,” said President Lee Min-jun.'],
    });
    expect(clusterOf(a, 'x', 'We must')).toBe(clusterOf(a, 'y', 'We must'));
  });
});

describe('disagreements', () => {
  it('finds numbers stated differently about the same thing, and not about different things', () => {
    const { analysis } = story({
      a: [
        'A',
        'Summit\n\nPresident Ana Torres met Prime Minister Kenji Sato for a 45-minute meeting on Tuesday. The two-day summit ends today. Three ministers attended.',
      ],
      b: [
        'B',
        'Summit\n\nThe roughly one-hour meeting between President Ana Torres and Prime Minister Kenji Sato on Tuesday was cordial. Around 40 journalists waited outside for six hours.',
      ],
    });
    const numbers = analysis.disagreements.filter((d) => d.kind === 'number');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.versions.map((v) => v.value).sort()).toEqual(['45 minutes', 'about 1 hour']);
    expect(numbers[0]!.versions.flatMap((v) => v.sources.map((s) => s.sentence))).toEqual(
      expect.arrayContaining([expect.stringContaining('45-minute meeting'), expect.stringContaining('roughly one-hour meeting')]),
    );
  });

  it('treats "since 2019" and "in five years" as agreement', () => {
    const { analysis } = story({
      a: ['A', 'Visit\n\nIt is the first visit by a Japanese premier since 2019, officials said.'],
      b: ['B', 'Visit\n\nIt is the first such visit in five years.'],
    });
    expect(analysis.disagreements).toEqual([]);
  });

  it('flags one person spelt two ways and two offices for one person', () => {
    const { analysis } = story({
      a: ['A', 'Talks\n\nForeign Minister Maria Fernandez met envoys. “It went well,” Ms. Fernandez said.'],
      b: ['B', 'Talks\n\nDefence Minister Maria Fernandes met envoys.'],
      c: ['C', 'Talks\n\nMaria Fernandez, the country’s ambassador to the UN, met envoys.'],
    });
    expect(analysis.disagreements.map((d) => d.kind).sort()).toEqual(['spelling', 'title']);
    const title = analysis.disagreements.find((d) => d.kind === 'title')!;
    expect(title.versions.map((v) => v.value).sort()).toEqual(['Foreign Minister', 'country’s ambassador to the UN'].sort());
  });
});

describe('date disagreements', () => {
  it('flags one meeting between the same people put on different days, and not different meetings', () => {
    const { analysis } = story(
      {
        a: ['A', 'Talks\n\nOn Monday, President Ana Torres met Prime Minister Kenji Sato in Tokyo. On Friday, President Ana Torres met President Luis Vega.'],
        b: ['B', 'Talks\n\nPresident Ana Torres held talks with Prime Minister Kenji Sato on Tuesday in Tokyo.'],
        c: ['C', 'Talks\n\nPresident Ana Torres met Prime Minister Kenji Sato on May 6.'],
      },
      '2024-05-08',
    );
    const dates = analysis.disagreements.filter((d) => d.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0]!.versions.map((v) => [v.value, v.sources.map((s) => s.article).join()])).toEqual([
      ['2024-05-06', 'a,c'],
      ['2024-05-07', 'b'],
    ]);
  });
});

describe('reuse', () => {
  it('finds long shared runs and the share of each article they cover', () => {
    const shared = 'The agreement covers steel, aluminium and solar panels and will take effect at the start of next year after both parliaments vote on it.';
    const { analysis } = story({
      a: ['A', `Deal\n\n${shared} Analysts welcomed it.`],
      b: ['B', `Trade deal\n\nOfficials said on Friday that ${shared}`],
      c: ['C', 'Other\n\nA different text about something else entirely.'],
    });
    expect(analysis.reuse).toHaveLength(1);
    const pair = analysis.reuse[0]!;
    expect([pair.a, pair.b]).toEqual(['a', 'b']);
    expect(pair.runs[0]!.words).toBeGreaterThanOrEqual(24);
    expect(pair.shareA).toBeGreaterThan(0.8);
    expect(pair.shareB).toBeGreaterThan(0.7);
  });
});

describe('the seed story', () => {
  const corpus = seedCorpus();
  const analysis = corpus.analyses['blinken-beijing-2023']!;
  const id = (prefix: string, text: string) => clusterOf(analysis, corpus.articles.find((a) => a.id.startsWith(prefix))!.id, text);

  // Statements two or more outlets quote, annotated by hand: each line is one statement.
  const statements: Array<Array<[string, string]>> = [
    [
      ['000', 'Two sides have also made progress'],
      ['003', 'the two sides have also made progress'],
      ['004', 'The two sides also made progress'],
      ['000', 'progress'],
      ['003', 'made progress'],
      ['001', 'progress'],
      ['002', 'The Chinese version says'],
    ],
    [
      ['000', 'has made our position clear'],
      ['003', 'The Chinese side has clarified our position'],
      ['004', 'follow through with the common understanding'],
    ],
    [
      ['002', 'In every meeting, I stressed'],
      ['003', 'In every meeting, I emphasize'],
    ],
    [
      ['002', 'I heard the same thing'],
      ['003', 'I have heard the same'],
    ],
    [
      ['000', 'need to take a responsible attitude'],
      ['004', 'With an attitude of being responsible'],
    ],
    [
      ['000', 'comes at a crucial juncture'],
      ['003', 'coincides with a critical juncture'],
    ],
    [
      ['002', 'I hope through this visit'],
      ['004', 'State-to-state interactions'],
    ],
    [
      ['000', 'clear-eyed'],
      ['003', 'clear-eyed'],
    ],
    [
      ['003', 'We have no illusions'],
      ['002', 'Despite signs of positivity'],
    ],
  ];

  it('puts every statement quoted by two or more outlets in one cluster, and different statements apart', () => {
    const ids = statements.map((members) => {
      const found = members.map(([a, t]) => id(a, t));
      expect(new Set(found).size, JSON.stringify(members)).toBe(1);
      expect(found[0]).toBeDefined();
      return found[0];
    });
    expect(new Set(ids).size).toBe(statements.length);
  });

  it('finds the disagreements by hand', () => {
    const summary = analysis.disagreements.map(
      (d) => `${d.kind}: ${d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article.slice(0, 3)).join(',')})`).join(' | ')}`,
    );
    expect(summary.sort()).toEqual([
      'number: 35 minutes (002) | about 30 minutes (003)',
      'number: more than 7 hours (002) | more than 7.5 hours (003)',
      'spelling: Antony Blinken (000,002,004,001) | Anthony Blinken (003)',
      'title: Chinese Foreign Minister (002) | director of the Office of China’s Central Foreign Affairs Commission (003,004)',
    ]);
    expect(analysis.disagreements.find((d) => d.versions[0]!.value === 'more than 7 hours')!.compatible).toBe(true);
  });

  it('lists the origin clues of each text', () => {
    const clues = analysis.clues.map((c) => `${c.article.slice(0, 3)} ${c.kind} ${c.names ?? c.text}`);
    expect(clues).toEqual(
      expect.arrayContaining([
        '002 credit Reuters',
        '003 footer Source link',
        '003 outlet-named Al Jazeera',
        '004 cited-media CGTN',
        '004 cited-media South China Morning Post',
        '000 cited-media state media reported',
      ]),
    );
  });

  it('builds the coverage matrix', () => {
    const xi = analysis.coverage.people.find((p) => p.personId === 'xi-jinping')!;
    expect(xi.cells).toHaveLength(5);
    expect(xi.cells.every((c) => c.mentions > 0)).toBe(true);
    expect(analysis.coverage.people[0]!.personId).toBe('xi-jinping');
    expect(analysis.coverage).toMatchObject({ from: '2023-06-19', to: '2023-06-20' });
  });
});
