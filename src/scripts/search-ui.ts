/**
 * Shared pieces of the search islands: loading the index lazily, rendering a hit with DOM text nodes
 * (never innerHTML), and the URL state of the search page.
 */
import type { SearchFilterValues } from '../lib/search/documents.ts';
import type { Searcher, SearchHit } from '../lib/search/engine.ts';
import type { IndexManifest } from '../lib/search/format.ts';

let loading: Promise<Searcher> | null = null;
const json = (path: string) => fetch(`/search/${path}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`))));

/** Load the engine and the index manifest once, on first use; each query then fetches only the files it needs. */
export function loadSearch(): Promise<Searcher> {
  loading ??= (async () => {
    const [{ Searcher }, manifest] = await Promise.all([import('../lib/search/engine.ts'), json('index.json') as Promise<IndexManifest>]);
    return new Searcher(manifest, (path) => (path.endsWith('.bin') ? fetch(`/search/${path}`).then((r) => r.arrayBuffer()) : json(path)));
  })();
  return loading;
}

/** The values the search page's filters offer. */
export function loadFilters(): Promise<SearchFilterValues> {
  return json('filters.json') as Promise<SearchFilterValues>;
}

const TYPE_LABEL = { q: 'Quote', p: 'Person', a: 'Article' } as const;

/** text[from, to) with the highlighted ranges inside it marked, as DOM nodes. */
function highlighted(text: string, from: number, to: number, ranges: ReadonlyArray<readonly [number, number]>): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = from;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at || e > to) continue;
    frag.append(document.createTextNode(text.slice(at, s)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(s, e);
    frag.append(mark);
    at = e;
  }
  frag.append(document.createTextNode(text.slice(at, to)));
  return frag;
}

/**
 * One result as a list item: the quote (highlighted), who, where, when. As an `option` of the header's listbox
 * it holds no links (an option must not contain interactive elements: Enter or a click opens `data-href`);
 * on the search page it is a plain item with links to the quote and to its statement in the comparison.
 */
export function renderHit(hit: SearchHit, id: string, compact: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.className = `hit hit-${hit.doc.t}`;
  const a = document.createElement(compact ? 'span' : 'a');
  if (compact) {
    li.setAttribute('role', 'option');
    li.dataset.href = hit.doc.h;
    li.addEventListener('click', () => (location.href = hit.doc.h));
  } else (a as HTMLAnchorElement).href = hit.doc.h;
  a.className = 'hit-main';
  const type = document.createElement('span');
  type.className = 'hit-type';
  type.textContent = TYPE_LABEL[hit.doc.t];
  const text = document.createElement('span');
  text.className = 'hit-text';
  const { x, q } = hit.doc;
  if (q) {
    // The quote inside its sentence: the sentence around it plain, the quote set apart, the matched words marked.
    const quote = document.createElement('span');
    quote.className = 'hit-quote';
    quote.append(highlighted(x, q[0], q[1], hit.highlights));
    text.append(x.slice(0, q[0]), quote, x.slice(q[1]));
  } else text.append(highlighted(x, 0, x.length, hit.highlights));
  a.append(type, ' ', text);
  const meta = document.createElement('span');
  meta.className = 'hit-meta';
  const who = hit.doc.t === 'q' ? hit.doc.s || 'speaker not named' : hit.doc.s;
  meta.textContent = [who, hit.doc.o, hit.doc.d, hit.doc.n].filter(Boolean).join(' · ');
  if (hit.doc.u && hit.doc.s) {
    const unsure = document.createElement('span');
    unsure.className = 'uncertain';
    // The words of UNCERTAIN.name in labels.ts, written out: importing labels.ts would ship it to the browser
    // (over the JS budget). tests/e2e/search.test.ts checks the two agree.
    unsure.textContent = 'speaker uncertain';
    meta.prepend(unsure, ' ');
  }
  li.append(a, meta);
  if (!compact && hit.doc.c) {
    const c = document.createElement('a');
    c.href = hit.doc.c;
    c.className = 'hit-compare';
    c.textContent = 'Compare how outlets worded it';
    li.append(' ', c);
  }
  return li;
}

/** Debounce for typing: runs `fn` once the reader pauses. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
