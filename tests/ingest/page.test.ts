/** Reading an article out of a saved page: body without page furniture, metadata with its sources, bad input. */
import { describe, expect, it } from 'vitest';
import { ErrorCode, isContentError, parseArticle } from '../../src/lib/index.ts';
import { pageMetadata, readPage } from '../../src/lib/ingest/page.ts';
import { FURNITURE, OTHER_EVENT, savedPage, seedPages } from './pages.ts';

const read = (html: string | Uint8Array, name = 'page.html') => readPage(typeof html === 'string' ? Buffer.from(html) : html, { name });

/** The code of the ContentError `fn` throws. */
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isContentError(e)) return `${e.code}: ${e.detail}`;
    throw e;
  }
  return 'no error';
}

describe('article extraction', () => {
  const page = read(savedPage(OTHER_EVENT));

  it('keeps the paragraphs and the section heading, in order', () => {
    expect(page.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(page.blocks[3]!.text).toBe('Campaigners plan a challenge');
    expect(page.blocks[0]!.text).toBe(OTHER_EVENT.paragraphs[0]);
  });

  it('leaves out navigation, ads, captions, share bars, related links, comments and the footer', () => {
    for (const f of FURNITURE) expect(page.text).not.toContain(f);
  });

  it('puts headline, byline and date line first, each its own block for the parser', () => {
    const record = parseArticle({ id: 'baths', source: page.text });
    expect(record.headline).toBe('Council votes to close the Victorian baths on Mill Street');
    expect(record.blocks[0]).toMatchObject({ type: 'headline', text: 'Council votes to close the Victorian baths on Mill Street' });
    expect(record.blocks[1]).toMatchObject({ type: 'dateline', text: '5 March 2024' });
    expect(record.source.author).toBe('Hannah Okafor');
    expect(record.date.iso).toBe('2024-03-05');
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['Priya Raman', 'Priya Raman', 'Tom Ellis', 'Tom Ellis']);
  });

  it('reads the metadata and says where each value came from', () => {
    expect(page.meta.siteName).toEqual({ value: 'The Riverside Courier', from: 'JSON-LD publisher.name' });
    expect(page.meta.url).toEqual({ value: 'https://courier.test/news/2024/03/05/baths-closure', from: 'link rel=canonical' });
    expect(page.meta.published).toEqual({ value: '2024-03-05', from: 'JSON-LD datePublished' });
    expect(page.author).toEqual({ value: 'Hannah Okafor', from: 'JSON-LD author' });
    expect(pageMetadata(page)).toMatchObject({
      outlet: 'The Riverside Courier',
      outlet_provenance: 'stated',
      published: '2024-03-05',
      title: OTHER_EVENT.title,
    });
  });

  it('falls back to meta tags, then to the page date line', () => {
    const metaOnly = read(savedPage({ ...OTHER_EVENT, head: 'meta' }));
    expect(metaOnly.meta.siteName?.from).toBe('meta og:site_name');
    expect(metaOnly.meta.published?.from).toBe('meta article:published_time');
    const bare = read(savedPage({ ...OTHER_EVENT, head: 'none', published: undefined, url: undefined }));
    expect(bare.meta.published).toMatchObject({ value: '2024-03-05' });
    expect(bare.meta.published?.from).toMatch(/date line/);
    expect(bare.meta.siteName).toBeNull();
    expect(bare.meta.url).toBeNull();
  });

  it('reports an impossible date and looks further', () => {
    const p = read(savedPage({ ...OTHER_EVENT, head: 'meta', published: '2024-02-30T10:00:00Z', dateLine: undefined }));
    expect(p.meta.notes).toEqual([{ code: 'W_NO_PUBLISHED', message: 'meta article:published_time gives 2024-02-30, which is not a real calendar day' }]);
    expect(p.meta.published).toBeNull();
  });

  it('reports a canonical link it cannot use, and takes the next source', () => {
    const p = read(savedPage({ ...OTHER_EVENT, head: 'meta', url: '/news/baths' }));
    expect(p.meta.notes).toEqual([
      { code: 'W_BAD_CANONICAL', message: 'link rel=canonical “/news/baths” is not an absolute http(s) address' },
      { code: 'W_BAD_CANONICAL', message: 'meta og:url “/news/baths” is not an absolute http(s) address' },
    ]);
    expect(p.meta.url).toBeNull();
  });

  it('keeps markup written in the text as text, and never runs or keeps page scripts', () => {
    const p = read(
      savedPage({ ...OTHER_EVENT, paragraphs: [...OTHER_EVENT.paragraphs, 'The agenda item was titled <script>alert(1)</script> by mistake, a clerk said.'] }),
    );
    expect(p.text).toContain('titled <script>alert(1)</script> by mistake');
    expect(p.text).not.toContain('dataLayer');
  });

  it('keeps a body written without spaces (Japanese) whose letters are not ASCII word characters', () => {
    const paragraphs = [
      'ある日、肉をくわえたイヌが橋を渡っていました。川をのぞくと、そこにも肉をくわえたイヌがいます。',
      'イヌは相手の肉もほしくなり、大きな声で吠えました。すると、くわえていた肉は川に落ちてしまいました。',
      '川に映っていたのは、自分の姿だったのです。イヌは何も食べることができず、おなかをすかせて家に帰りました。',
      'よくばると、持っているものまでなくしてしまう、というお話です。昔から多くの国で語りつがれてきました。',
      'この話は、イソップ童話の中でも特によく知られたものの一つで、子どもたちに読みつがれています。',
    ];
    const p = read(savedPage({ title: '欲張りなイヌ', paragraphs }));
    expect(p.blocks.map((b) => b.text)).toEqual(paragraphs);
  });

  it('reads the saved copies of the five seed articles with the same quotes as their text files', async () => {
    const { readFileSync } = await import('node:fs');
    for (const s of seedPages()) {
      const fromPage = parseArticle({ id: s.id, source: read(s.html).text });
      const fromText = parseArticle({ id: s.id, source: readFileSync(`content/articles/${s.id}.txt`, 'utf8') });
      expect(
        fromPage.quotes.map((q) => q.text),
        s.id,
      ).toEqual(fromText.quotes.map((q) => q.text));
    }
  });
});

describe('bad input', () => {
  it('E_EMPTY_PAGE: an empty file, and a page without text', () => {
    expect(codeOf(() => read(''))).toMatch(/^E_EMPTY_PAGE/);
    expect(codeOf(() => read('<!doctype html><html><head><title></title></head><body> </body></html>'))).toMatch(/^E_EMPTY_PAGE/);
  });

  it('E_BINARY_FILE: an image or a PDF', () => {
    expect(codeOf(() => read(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe(
      `${ErrorCode.binaryFile}: is a PNG image, not a web page: save the page as HTML`,
    );
    expect(codeOf(() => read(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')))).toMatch(/^E_BINARY_FILE: is a PDF document/);
    expect(codeOf(() => read(Uint8Array.from([1, 2, 3, 0, 5, 6])))).toMatch(/^E_BINARY_FILE: is binary data/);
  });

  it('E_NOT_HTML: plain text or JSON', () => {
    expect(codeOf(() => read('Just a few lines of plain text.\nNo markup at all.'))).toMatch(/^E_NOT_HTML/);
    expect(codeOf(() => read('{"headline": "x"}'))).toMatch(/^E_NOT_HTML/);
  });

  it('E_NO_ARTICLE: an index page of teasers, with the reason', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="card"><h3><a href="/s/${i}">Headline number ${i} about the council and the baths</a></h3><p><a href="/s/${i}">A short teaser for story ${i}, read more</a></p></div>`,
    ).join('');
    const html = `<!doctype html><html><head><title>News | Courier</title></head><body><nav><a href="/">Home</a></nav><main><h1>Latest news</h1>${teasers}</main></body></html>`;
    expect(codeOf(() => read(html))).toMatch(/^E_NO_ARTICLE: has no article: (?:\d+% of its main text is links|no block of running text)/);
  });

  it('E_NO_ARTICLE: a search page with one line of results text', () => {
    const html = `<!doctype html><html><body><form><input type="search" value="baths"></form><p>No results for “baths”.</p></body></html>`;
    expect(codeOf(() => read(html))).toMatch(/^E_NO_ARTICLE/);
  });
});
