import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/index.ts';
import { articleView, quoteAnchor, segmentBody, segmentText, type Paragraph } from '../../src/lib/views/index.ts';
import { seedCorpus } from '../helpers/seeds.ts';

const corpus = seedCorpus();
const joined = (ps: Paragraph[]) => ps.map((p) => p.segments.map(segmentText).join('')).join('\n\n');

describe('articleView', () => {
  it.each(corpus.articles.map((a) => [a.id, a] as const))('%s: segments give back the record text exactly', (id) => {
    const view = articleView(corpus, id);
    const record = corpus.articles.find((a) => a.id === id)!;
    expect(joined([...(view.headline ? [view.headline] : []), ...view.body])).toBe(record.text);
  });

  it.each(corpus.articles.map((a) => [a.id, a] as const))('%s: every quote is exactly one marked segment with its text', (_id, record) => {
    const marked = segmentBody(record).flatMap((p) => p.segments.filter((s) => s.quote));
    expect(marked.map((s) => s.quote!.id)).toEqual(record.quotes.map((q) => q.id));
    for (const [i, s] of marked.entries()) {
      expect(s.text).toBe(record.quotes[i]!.text);
      expect(s.parts!.map((p) => p.text).join('')).toBe(s.text);
      if (s.quote!.kind !== 'unmarked') expect(s.marks!.open).not.toBe('');
    }
  });

  it('links every person mention outside quotes and nests those inside quotes', () => {
    const record = corpus.articles.find((a) => a.people.length > 0 && a.quotes.length > 0)!;
    const body = segmentBody(record);
    const outside = body.flatMap((p) => p.segments.filter((s) => s.person)).length;
    const inside = body.flatMap((p) => p.segments.flatMap((s) => s.parts ?? []).filter((s) => s.person)).length;
    const total = record.people.reduce((n, p) => n + p.mentions.offsets.length, 0);
    expect(outside + inside).toBe(total);
    for (const p of body) for (const s of p.segments) expect(s.quote && s.person).toBeFalsy();
  });

  it('handles a mention that straddles a quote boundary and overlapping mentions', () => {
    const text = 'Xi Jinping said “Jinping is here.”';
    const record = {
      id: 't',
      text,
      blocks: [{ type: 'paragraph', text, start: 0, end: text.length, sourceStart: 0, sourceEnd: text.length }],
      quotes: [
        {
          id: 't#q1',
          text: 'Jinping is here.',
          kind: 'direct',
          speaker: null,
          cue: null,
          via: null,
          block: 0,
          start: 17,
          end: 33,
          continues: null,
          confidence: 0.4,
          speakerConfidence: 0,
        },
      ],
      people: [
        {
          id: 'xi-jinping',
          name: 'Xi Jinping',
          aliases: [],
          titles: [],
          mentions: {
            count: 3,
            offsets: [
              [0, 10],
              [0, 2],
              [14, 24],
            ],
          },
        },
      ],
    } as unknown as ArticleRecord;
    const [p] = segmentBody(record);
    expect(p!.segments.map(segmentText).join('')).toBe(text);
    expect(p!.segments[0]).toEqual({ text: 'Xi Jinping', person: { id: 'xi-jinping', first: false } });
    const quote = p!.segments.find((s) => s.quote)!;
    // The straddling mention covers the opening mark, so the mark stays in the text before the quote.
    expect(quote.marks).toEqual({ open: '', close: '”' });
    expect(quote.quote).toMatchObject({ speakerName: null, uncertain: true, anchor: 'q-t-q1' });
    expect(quote.parts).toEqual([{ text: 'Jinping', person: { id: 'xi-jinping', first: false } }, { text: ' is here.' }]);
  });

  it('moves the quotation marks around a quote into its segment', () => {
    const [first] = articleView(corpus, '000_d78b92cbf736f969').body;
    const i = first!.segments.findIndex((s) => s.quote);
    expect(first!.segments[i]!.marks).toEqual({ open: '“', close: '”' });
    expect(first!.segments[i - 1]!.text.endsWith('“')).toBe(false);
    expect(first!.segments[i + 1]!.text.startsWith('”')).toBe(false);
  });

  it('falls back to "Untitled article from <outlet>" and says how the outlet is known', () => {
    const untitled = corpus.articles.find((a) => a.headline === null)!;
    const view = articleView(corpus, untitled.id);
    expect(view.title).toBe(`Untitled article from ${untitled.source.outlet}`);
    expect(view.untitled).toBe(true);
    expect(view.outlet.attributed).toBe(true);
    expect(view.outlet.provenance).toBe('worked out from clues in the text');
    expect(view.outlet.evidence).toBeTruthy();
  });

  it('gives the headline block as the title and the compare link into the story', () => {
    const view = articleView(corpus, '000_d78b92cbf736f969');
    expect(view.headline?.type).toBe('headline');
    expect(view.body.every((p) => p.type !== 'headline')).toBe(true);
    expect(view.story?.compareHref).toBe('/stories/blinken-beijing-2023/compare/?ref=000_d78b92cbf736f969');
    expect(view.date).toMatchObject({ iso: '2023-06-19', display: '19 June 2023', provenance: 'worked out from the text' });
    expect(view.quotes[2]!.anchor).toBe('q-000_d78b92cbf736f969-q3');
    expect(view.removed[0]!.reason).toMatch(/related story/i);
  });

  it('links each person once, at their first mention in the body, and never in the headline', () => {
    for (const record of corpus.articles) {
      const view = articleView(corpus, record.id);
      const runs = view.body.flatMap((p) => p.segments.flatMap((s) => s.parts ?? [s])).filter((r) => r.person);
      const linked = runs.filter((r) => r.person!.first).map((r) => r.person!.id);
      expect(linked).toEqual([...new Set(runs.map((r) => r.person!.id))]);
      expect(view.headline?.segments.flatMap((s) => s.parts ?? [s]).some((r) => r.person?.first) ?? false).toBe(false);
    }
  });

  it('names where the text comes from and the headline quotes to anchor on the title', () => {
    // i7 News's text is a rewrite of Al Jazeera's; its headline quotes "progress".
    const view = articleView(corpus, '003_a0d07328286ec2ce');
    expect(view.relation).toBe('Al Jazeera’s story, rewritten by i7 News');
    expect(view.headlineAnchors).toHaveLength(1);
    expect(view.title).toBe('China welcomes ‘progress’ in US relations after Xi-Blinken talks');
  });

  it('refuses an unknown id', () => {
    expect(() => articleView(corpus, 'nope')).toThrow(/nope/);
  });
});

describe('quoteAnchor', () => {
  it('makes a fragment id from a quote id', () => {
    expect(quoteAnchor('000_d78b92cbf736f969#q3')).toBe('q-000_d78b92cbf736f969-q3');
  });
});

describe('excerpt', () => {
  it('cuts long text at a word boundary', async () => {
    const { excerpt } = await import('../../src/lib/views/article.ts');
    expect(excerpt('short', 90)).toBe('short');
    expect(excerpt('one two three, four five six', 16)).toBe('one two three…');
  });
});
