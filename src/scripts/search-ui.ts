/**
 * Shared pieces of the search islands: loading the shards lazily, rendering a hit with DOM text nodes
 * (never innerHTML), and the URL state of the search page.
 */
import type { SearchDoc, SearchManifest } from '../lib/search/documents.ts';
import type { SearchHit, Searcher } from '../lib/search/engine.ts';

let loading: Promise<{ searcher: Searcher; manifest: SearchManifest; complete: Promise<void> }> | null = null;

/** Load the engine and the index once, on first use. Resolves after the first shard; `complete` after all. */
export function loadSearch(): Promise<{ searcher: Searcher; manifest: SearchManifest; complete: Promise<void> }> {
  loading ??= (async () => {
    const [{ Searcher }, manifest] = await Promise.all([
      import('../lib/search/engine.ts'),
      fetch('/search/index.json').then((r) => r.json() as Promise<SearchManifest>),
    ]);
    const searcher = new Searcher();
    const fetchShard = (url: string) => fetch(url).then((r) => r.json() as Promise<SearchDoc[]>);
    searcher.add(await fetchShard(manifest.shards[0]!));
    const complete = (async () => {
      for (const url of manifest.shards.slice(1)) searcher.add(await fetchShard(url));
    })();
    return { searcher, manifest, complete };
  })();
  return loading;
}

const TYPE_LABEL = { q: 'Quote', p: 'Person', a: 'Article' } as const;

/** Text with highlighted ranges, as DOM nodes. */
function highlighted(text: string, ranges: Array<[number, number]>): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    frag.append(document.createTextNode(text.slice(at, s)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(s, e);
    frag.append(mark);
    at = e;
  }
  frag.append(document.createTextNode(text.slice(at)));
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
  if (hit.doc.t === 'q') text.append('“', highlighted(hit.doc.x, hit.highlights), '”');
  else text.append(highlighted(hit.doc.x, hit.highlights));
  a.append(type, ' ', text);
  const meta = document.createElement('span');
  meta.className = 'hit-meta';
  meta.textContent = [hit.doc.s || (hit.doc.t === 'q' ? 'speaker not named' : ''), hit.doc.o, hit.doc.d, hit.doc.t === 'q' ? hit.doc.n : '']
    .filter(Boolean)
    .join(' · ');
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
