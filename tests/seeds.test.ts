/**
 * The seed story: the five articles are in content/ byte for byte, and the parser finds the quotes,
 * speakers and people annotated by hand in tests/seeds/expected (one JSON per article).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectations, expectedSpeakerKey, same, seedCorpus, speakerKey } from './helpers/seeds.ts';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const corpus = seedCorpus();

describe('seed files', () => {
  it.runIf(existsSync(SEEDS))('are in content/articles byte for byte', () => {
    const seeds = readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));
    expect(seeds).toHaveLength(5);
    for (const n of seeds) expect(readFileSync(join(ROOT, 'content', 'articles', n)).equals(readFileSync(join(SEEDS, n))), n).toBe(true);
  });

  it('all parse with the outlet attributed, and a date with its provenance', () => {
    expect(corpus.articles).toHaveLength(5);
    for (const a of corpus.articles) {
      expect(a.source.provenance).toBe('attributed');
      expect(a.source.evidence).toBeTruthy();
      expect(a.date.iso).toMatch(/^2023-06-(19|20)$/);
    }
    const byId = Object.fromEntries(corpus.articles.map((a) => [a.id.slice(0, 3), a]));
    expect(byId['000']!.date).toMatchObject({ iso: '2023-06-19', provenance: 'inferred' });
    expect(byId['001']!.date).toMatchObject({ iso: '2023-06-20', provenance: 'stated', evidence: '- International - June 20, 2023' });
    expect(byId['002']!.date).toMatchObject({ iso: '2023-06-19', provenance: 'stated' });
    expect(byId['004']!.date).toMatchObject({ iso: '2023-06-19', provenance: 'metadata' });
  });
});

describe.each(expectations())('seed $article', (expected) => {
  const record = corpus.articles.find((a) => a.id === expected.article)!;

  it('has exactly the annotated quotes, in order, with their kind and speaker', () => {
    const got = record.quotes.map((q) => ({ text: same(q.text), kind: q.kind, speaker: speakerKey(q) }));
    const want = expected.quotes.map((q) => ({ text: same(q.text), kind: q.kind, speaker: expectedSpeakerKey(q.speaker) }));
    expect(got).toEqual(want);
  });

  it('slices every quote exactly out of the text', () => {
    for (const q of record.quotes) expect(record.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('names the annotated people, with every annotated alias, and nobody else', () => {
    expect(record.people.map((p) => p.id).sort()).toEqual(expected.people.map((p) => p.id).sort());
    for (const p of expected.people) expect(record.people.find((x) => x.id === p.id)!.aliases).toEqual(expect.arrayContaining(p.aliases));
    const names = record.people.flatMap((p) => [p.name, ...p.aliases]);
    for (const n of expected.notPeople) expect(names).not.toContain(n);
  });
});

describe('seed specifics', () => {
  const get = (prefix: string) => corpus.articles.find((a) => a.id.startsWith(prefix))!;

  it('takes out boilerplate with its reason and keeps the credit line as a credit', () => {
    const reasons = (p: string) => get(p).removed.map((r) => `${r.reason}: ${r.text}`);
    expect(reasons('003')).toEqual(
      expect.arrayContaining([
        'navigation: Top Story',
        'republisher-footer: Source link',
        'related-story: Related Articles',
        'comment-form: Leave a Reply',
        'navigation: Back to top button',
      ]),
    );
    expect(reasons('004')).toEqual(['advertisement: COMMERCIAL BREAK', 'advertisement: SCROLL TO CONTINUE READING']);
    expect(reasons('000')).toEqual(['related-story: Blinken in Beijing as U.S., China look to cool tensions']);
    expect(reasons('001').filter((r) => r.startsWith('repeated-title'))).toHaveLength(3);
    expect(reasons('002')).toEqual(['title-suffix:  | China', 'credit: Reuters contributed to this report']);
    expect(get('002').source.credits).toEqual(['Reuters contributed to this report']);
    expect(get('002').text).not.toContain('Reuters contributed');
  });

  it('finds headlines, datelines and headings', () => {
    const kinds = (p: string) =>
      get(p)
        .blocks.filter((b) => b.type !== 'paragraph')
        .map((b) => `${b.type}: ${b.text}`);
    expect(kinds('001')).toEqual([
      'headline: Xi Jinping sees ‘progress’ in China-US ties at meeting with Antony Blinken',
      'dateline: - International - June 20, 2023',
      'heading: Earlier scheduled for the beginning of the year',
      'heading: importance of military-to-military communication',
    ]);
    expect(kinds('002')).toEqual(['dateline: date 2023-06-19 Politics', 'headline: Antony Blinken and Xi Jinping hold candid talks in Beijing']);
    expect(kinds('004')).toEqual(['dateline: Beijing:']);
    expect(get('004').headline).toBeNull();
  });

  it('reads the stray "?" in 004 as a lost closing mark, with a warning', () => {
    const r = get('004');
    expect(r.text).toContain('avoid strategic surprises,” he said');
    expect(r.warnings.map((w) => w.code)).toContain('W_STRAY_QUESTION_MARK');
  });

  it('merges people across articles and flags the misspelling', () => {
    const blinken = corpus.people.find((p) => p.id === 'antony-blinken')!;
    expect(blinken.aliases).toEqual(expect.arrayContaining(['Antony Blinken', 'Anthony Blinken', 'Mr. Blinken', 'Secretary Blinken']));
    expect(blinken.articles).toHaveLength(5);
    expect(get('003').warnings.map((w) => w.code)).toContain('W_NAME_VARIANT');
    expect(corpus.people.find((p) => p.id === 'qin-gang')!.aliases).toContain('Keane');
    expect(corpus.people.map((p) => p.id)).not.toContain('biden');
    expect(corpus.people.find((p) => p.id === 'wang-yi')!.titles).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'director of the Office of China’s Central Foreign Affairs Commission' })]),
    );
  });

  it('gives cues and media', () => {
    const q = (p: string, text: string) => get(p).quotes.find((x) => x.text.startsWith(text))!;
    expect(q('000', 'has made our position clear')).toMatchObject({ cue: 'said', via: 'state media reported' });
    expect(q('004', 'follow through')).toMatchObject({ cue: 'quoted … as saying', via: 'state-run CGTN' });
    expect(q('003', 'In every meeting')).toMatchObject({ cue: 'told reporters' });
    expect(q('004', 'I believe')).toMatchObject({ speaker: { personId: 'xi-jinping' } });
  });
});
