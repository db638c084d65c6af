/**
 * <search-page>: the /search/ page. Query and filters live in the URL (/search/?q=…&outlet=…), so a search
 * can be shared and the back button works; results appear as the reader types; the count is announced.
 */
import type { SearchFilters } from '../lib/search/engine.ts';
import { debounce, loadFilters, loadSearch, renderHit } from './search-ui.ts';

class SearchPage extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    const [searcher, values] = await Promise.all([loadSearch(), loadFilters()]);

    const fill = (name: string, options: Array<{ value: string; label: string }>) => {
      const select = selects.find((s) => s.name === name)!;
      for (const o of options) select.append(new Option(o.label, o.value));
    };
    fill(
      'outlet',
      values.outlets.map((o) => ({ value: o, label: o })),
    );
    fill(
      'speaker',
      values.speakers.map((s) => ({ value: s.key, label: s.name })),
    );
    fill(
      'kind',
      values.kinds.map((k) => ({ value: k, label: k })),
    );

    const fromUrl = () => {
      const p = new URL(location.href).searchParams;
      input.value = p.get('q') ?? '';
      for (const s of selects) s.value = p.get(s.name) ?? '';
    };
    let latest = 0;
    const render = async () => {
      const q = input.value.trim();
      const filters: SearchFilters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
      const asked = ++latest;
      const hits = q ? await searcher.search(q, filters, 50) : [];
      if (asked !== latest) return; // a newer search is under way
      list.replaceChildren(...hits.map((h, i) => renderHit(h, `hit-${i}`, false)));
      status.textContent = q ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${q}”` : 'Type to search every quote, person and article.';
    };
    const toUrl = (push: boolean) => {
      const url = new URL(location.href);
      url.search = '';
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      for (const s of selects) if (s.value) url.searchParams.set(s.name, s.value);
      if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    };

    fromUrl();
    void render();
    input.addEventListener(
      'input',
      debounce(() => (toUrl(false), void render()), 120),
    );
    for (const s of selects) s.addEventListener('change', () => (toUrl(true), void render()));
    form.addEventListener('submit', (e) => (e.preventDefault(), toUrl(true), void render()));
    window.addEventListener('popstate', () => (fromUrl(), void render()));
    // Arrow keys move through the results from the box; Enter on a focused result opens it.
    this.addEventListener('keydown', (e) => {
      const links = [...list.querySelectorAll<HTMLAnchorElement>('.hit-main')];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (e.key === 'ArrowDown' && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)]!.focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        (at === 0 ? input : links[at - 1]!).focus();
      } else if (e.key === 'Escape') input.focus();
    });
  }
}

customElements.define('search-page', SearchPage);
