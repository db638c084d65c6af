/**
 * <site-search>: the search box in every page's header. Nothing loads until the reader focuses it or
 * presses "/"; then results appear under it as they type. Arrow keys move, Enter opens, Escape closes.
 * Without JavaScript the form submits to /quotes/.
 */
import { debounce, loadSearch, renderHit } from './search-ui.ts';

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    const list = document.createElement('ul');
    const status = document.createElement('p');
    list.id = 'site-search-results';
    list.className = 'search-popup';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    this.append(list, status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    let active = -1;

    const options = () => [...list.querySelectorAll<HTMLLIElement>('[role=option]')];
    const setActive = (i: number) => {
      const opts = options();
      active = opts.length ? (i + opts.length) % opts.length : -1;
      opts.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', opts[active]!.id);
        opts[active]!.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };
    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    };
    const show = async () => {
      const q = input.value.trim();
      if (q.length < 2) return close();
      const searcher = await loadSearch();
      const hits = await searcher.search(q, {}, 8);
      // The reader kept typing while the index files came: a newer query will show its own results.
      if (input.value.trim() !== q) return;
      list.replaceChildren(...hits.map((h, i) => renderHit(h, `site-hit-${i}`, true)));
      const more = document.createElement('li');
      const all = `/search/?q=${encodeURIComponent(q)}`;
      more.setAttribute('role', 'option');
      more.id = 'site-hit-all';
      more.className = 'hit-all';
      more.dataset.href = all;
      more.textContent = hits.length ? 'All results and filters' : 'No match here: search with filters';
      more.addEventListener('click', () => (location.href = all));
      list.append(more);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = `${hits.length} result${hits.length === 1 ? '' : 's'}`;
      setActive(-1);
    };
    const run = debounce(() => void show(), 120);

    input.addEventListener('focus', () => void loadSearch(), { once: true });
    input.addEventListener('input', () => run());
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && !list.hidden) {
        e.preventDefault();
        setActive(active + 1);
      } else if (e.key === 'ArrowUp' && !list.hidden) {
        e.preventDefault();
        setActive(active - 1);
      } else if (e.key === 'Escape') {
        close();
        input.blur();
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        location.href = options()[active]!.dataset.href!;
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      location.href = `/search/?q=${encodeURIComponent(input.value.trim())}`;
    });
    document.addEventListener('click', (e) => {
      if (!this.contains(e.target as Node)) close();
    });
    // "/" focuses the search from anywhere, unless the reader is typing somewhere else.
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
        e.preventDefault();
        const pageBox = document.querySelector<HTMLInputElement>('search-page input[type=search]');
        (pageBox ?? input).focus();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);
