/** Text oddities never fail: the record is built, with warnings. Property tests cover the whole parser. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleRecord, StoryAnalysis, buildCorpus, parseArticle } from '../../src/lib/index.ts';
import { articleView, compareView, segmentText, storyView } from '../../src/lib/views/index.ts';

const parse = (source: string) => parseArticle({ id: 'odd', source });
const codes = (r: ArticleRecord) => r.warnings.map((w) => w.code);

describe('odd text', () => {
  it('parses a 5 MB article', () => {
    const para = 'The council met again on Tuesday. “We need more time,” said councillor Maria Gomez, who chairs the budget committee.\n\n';
    const source = 'Budget talks drag on\n\n' + para.repeat(Math.ceil(5e6 / para.length));
    const r = parse(source);
    expect(r.text.length).toBeGreaterThan(4.9e6);
    expect(r.quotes.length).toBe(5_000);
    expect(codes(r)).toContain('W_QUOTE_LIMIT');
    expect(r.people.map((p) => p.id)).toEqual(['maria-gomez']);
    // A behaviour test on a large input, not a speed test (npm run bench measures speed): the limit only has to
    // survive a busy 2-core machine.
  }, 120_000);

  it('parses a line of 100,000 characters with a warning', () => {
    const r = parse('Title\n\n' + 'word '.repeat(20_000) + '\n');
    expect(r.blocks).toHaveLength(2);
    expect(codes(r)).toContain('W_LONG_LINE');
  });

  it('survives 1,000 unbalanced quotation marks', () => {
    const r = parse('Title\n\n' + '“open '.repeat(1000) + '\n\n' + 'close” '.repeat(1000));
    expect(codes(r)).toEqual(expect.arrayContaining(['W_UNCLOSED_QUOTE', 'W_UNOPENED_QUOTE']));
    for (const q of r.quotes) expect(r.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads a closing mark that opens a paragraph’s quotation as an opening one, with a warning', () => {
    const r = parse('Title\n\nChair Ana Lind spoke on Saturday.\n\n” We were lucky here,” Lind said. “Nobody sat there.”\n');
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We were lucky here,', 'Ana Lind'],
      ['Nobody sat there.', 'Ana Lind'],
    ]);
    expect(codes(r)).toContain('W_REVERSED_QUOTE');
    expect(codes(r)).not.toContain('W_UNOPENED_QUOTE');
  });

  it('keeps HTML and script tags as text, with a warning', () => {
    const r = parse('Title <script>alert(1)</script>\n\n<img src=x onerror=alert(1)> said nothing.\n\n<div class="ad">\n');
    expect(r.text).toContain('<script>alert(1)</script>');
    expect(r.text).toContain('<img src=x onerror=alert(1)>');
    expect(r.removed).toEqual([expect.objectContaining({ reason: 'markup', text: '<div class=”ad”>' })]);
    expect(codes(r)).toContain('W_MARKUP_IN_TEXT');
  });

  it('removes invisible and control characters with a warning, and strips a BOM silently', () => {
    const r = parse('\uFEFFTitle\u200B here\r\n\r\nBody\u0007 text\u202E reversed.');
    expect(r.text).toBe('Title here\n\nBody text reversed.');
    expect(codes(r)).toEqual(expect.arrayContaining(['W_INVISIBLE_CHARACTERS', 'W_CONTROL_CHARACTERS']));
  });

  it('removes a backslash escaping a quotation mark (text copied out of JSON) with a warning; other backslashes stay', () => {
    const r = parse('Ferry halted\n\n\\"All the crew are safe,\\" the Harbour Group said. The path C:\\ferry stays.');
    expect(r.text).toBe('Ferry halted\n\n“All the crew are safe,” the Harbour Group said. The path C:\\ferry stays.');
    expect(codes(r)).toContain('W_ESCAPED_MARKS');
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['All the crew are safe,', 'the Harbour Group']]);
  });

  it('an empty or whitespace body gives an empty record, never an exception', () => {
    for (const s of ['', '   ', '\n\n\n', '\uFEFF']) {
      const r = parse(s);
      expect(r.blocks).toEqual([]);
      expect(r.text).toBe('');
    }
  });
});

/** Source offsets: every block and removal points back at the same words in the file. */
function checkOffsets(source: string, r: ArticleRecord): void {
  // Normalising removes these: spacing, invisible and control characters, the shapes of quotation marks, a stray
  // question mark, and a backslash that escapes a quotation mark (W_ESCAPED_MARKS).
  const squash = (s: string) => s.replace(/[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u0000-\u001f\u007f-\u009f“”‘’"'?«»„]|\\(?=["'“”‘’])/g, '');
  for (const b of [...r.blocks, ...r.removed]) {
    if (b.sourceEnd <= b.sourceStart) continue;
    expect(squash(source.slice(b.sourceStart, b.sourceEnd)).replace(/â€./g, '')).toBe(squash(b.text).replace(/â€./g, ''));
  }
}

describe('properties', () => {
  const textish = fc.string({ unit: fc.constantFrom(...'ab CDe.,;:!?"“”‘’\'\n\n\r\t\u00a0\u200b—-()<>Mr.XiJohnsaid'.split('')), maxLength: 400 });
  const words = fc
    .array(
      fc.constantFrom(
        'He',
        'said',
        'Mr.',
        'Smith',
        'Jones',
        '“We',
        'will',
        'win,”',
        'told',
        'reporters.',
        '"No',
        'deal"',
        'according',
        'to',
        'officials',
        '\n\n',
        '‘yes’',
        'she',
        'added',
        'The',
        'Ministry',
        'of',
        'Health',
        ',',
        '.',
        '?',
        'On',
        'Monday',
        'June',
        '19',
      ),
      { maxLength: 120 },
    )
    .map((w) => w.join(' '));

  it('any text gives a valid record whose quote offsets slice exactly', () => {
    fc.assert(
      fc.property(fc.oneof(textish, words, fc.string({ maxLength: 300 })), (source) => {
        const r = parseArticle({ id: 'p', source });
        expect(ArticleRecord.safeParse(r).success).toBe(true);
        for (const q of r.quotes) expect(r.text.slice(q.start, q.end)).toBe(q.text);
        for (const b of r.blocks) expect(r.text.slice(b.start, b.end)).toBe(b.text);
        for (const p of r.people) for (const [s, e] of p.mentions.offsets) expect(e).toBeGreaterThan(s);
        checkOffsets(source, r);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('nothing is lost: every letter of the source is in the text or in a removal', () => {
    fc.assert(
      fc.property(fc.oneof(words, textish), (source) => {
        const r = parseArticle({ id: 'p', source });
        const letters = (s: string) => (s.match(/\p{L}|\p{N}/gu) ?? []).length;
        expect(letters(r.text) + r.removed.reduce((n, x) => n + letters(x.text), 0)).toBe(
          letters(source.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g, '')),
        );
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('the whole pipeline holds for any pair of texts: parse, merge, analyse, and build the pages’ views', () => {
    const source = fc.oneof(words, textish);
    fc.assert(
      fc.property(source, source, (a, b) => {
        const meta = { story: 's', outlet: 'O', published: '2024-01-02', kind: 'original' as const, outlet_provenance: 'metadata' as const };
        const records = [parseArticle({ id: 'a', source: a, meta }), parseArticle({ id: 'b', source: b, meta: { ...meta, outlet: 'P' } })];
        const corpus = buildCorpus(new Map([['s', { title: 'S', summary: 'S.', date: '2024-01-02' }]]), records);
        expect(StoryAnalysis.safeParse(corpus.analyses.s).success).toBe(true);
        for (const r of corpus.articles) {
          const view = articleView(corpus, r.id);
          // What the page shows is exactly the record's text, block by block.
          const shown = [...(view.headline ? [view.headline] : []), ...view.body];
          expect(shown.map((p) => p.segments.map(segmentText).join('')).join('\n\n')).toBe(r.text);
        }
        storyView(corpus, 's');
        compareView(corpus, 's');
      }),
      { numRuns: Math.ceil(Number(process.env.FUZZ_RUNS ?? 300) / 3) },
    );
  });
});
