/**
 * The comparison's controls: which outlets show (?outlets=a,b), which outlet's wording the others are marked
 * against (?ref=), and whose statements (?speaker=). All three live in the URL so a view can be shared and
 * survives a reload. The reference is always one of the shown outlets; the last two outlets cannot be
 * unticked (the fieldset says why) and nothing is ever re-ticked behind the reader's back.
 *
 * The server renders the default view (every outlet, the default reference, every speaker), so on a plain load
 * this script changes nothing on the page: it only touches the rows when the URL or the reader asks for
 * something else, which keeps the first paint free of a second layout.
 */
import { compareLayout, controlsLine } from '../lib/views/compare-controls.ts';

class ComparePicker extends HTMLElement {
  connectedCallback() {
    const root = document.querySelector<HTMLElement>('.compare');
    const refSelect = this.querySelector<HTMLSelectElement>('select[name=ref]');
    const speakerSelect = this.querySelector<HTMLSelectElement>('select[name=speaker]');
    if (!root || !refSelect || !speakerSelect) return;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name=outlet]')];
    const names = new Map(boxes.map((b) => [b.value, b.dataset.name ?? b.value]));
    const status = this.querySelector<HTMLElement>('.compare-status');
    const now = this.querySelector<HTMLElement>('.controls-now');
    const defaultRef = refSelect.value;

    const params = new URL(location.href).searchParams;
    const wanted = params
      .get('outlets')
      ?.split(',')
      .filter((v) => names.has(v));
    if (wanted && wanted.length >= 2) for (const b of boxes) b.checked = wanted.includes(b.value);
    const ref = params.get('ref');
    if (ref && names.has(ref)) refSelect.value = ref;
    const speaker = params.get('speaker');
    if (speaker && [...speakerSelect.options].some((o) => o.value === speaker)) speakerSelect.value = speaker;

    const shownKeys = () => boxes.filter((b) => b.checked).map((b) => b.value);
    // Cards instead of columns when the shown outlets would leave each column too narrow to read.
    // Phones always get cards (CSS): only a wide screen needs the sum.
    const wide = matchMedia('(min-width: 48rem)');
    const layout = () => {
      if (!wide.matches) return;
      const next = compareLayout(shownKeys().length, root.clientWidth);
      if (root.dataset.layout !== next) root.dataset.layout = next;
    };

    const apply = (announce: boolean) => {
      const shown = shownKeys();
      if (!shown.includes(refSelect.value)) refSelect.value = shown[0]!;
      for (const o of refSelect.options) o.disabled = !shown.includes(o.value);
      for (const b of boxes) b.disabled = b.checked && shown.length <= 2;
      const chosen = refSelect.value;
      const who = speakerSelect.value;
      root.dataset.cols = String(shown.length);
      layout();
      for (const el of root.querySelectorAll<HTMLElement>('[data-col]')) el.hidden = !shown.includes(el.dataset.col ?? '');
      for (const el of root.querySelectorAll<HTMLElement>('.head-cell')) el.toggleAttribute('data-ref', el.dataset.col === chosen);
      let rows = 0;
      let few = 0;
      for (const row of root.querySelectorAll<HTMLElement>('.row')) {
        const carriers = (row.dataset.carriers ?? '').split(' ').filter((c) => shown.includes(c));
        if (carriers.length < 2) few++;
        row.hidden = carriers.length < 2 || (who !== '' && row.dataset.speaker !== who);
        if (row.hidden) continue;
        rows++;
        const rowRef = carriers.includes(chosen) ? chosen : carriers[0]!;
        for (const v of row.querySelectorAll<HTMLElement>('.v')) v.hidden = !(v.dataset.refs ?? '').split(' ').includes(rowRef);
        for (const cell of row.querySelectorAll<HTMLElement>('.cell')) cell.classList.toggle('is-ref', cell.dataset.col === rowRef);
        const note = row.querySelector('.ref-note');
        if (note) note.textContent = `compared with ${names.get(rowRef)}${rowRef === chosen ? '' : ` (${names.get(chosen)} does not carry it)`}`;
      }
      for (const li of root.querySelectorAll<HTMLElement>('.only-item')) li.hidden = who !== '' && li.dataset.speaker !== who;
      const speakerName = who === '' ? null : (speakerSelect.selectedOptions[0]?.dataset.name ?? who);
      if (now) now.textContent = controlsLine(shown.length, boxes.length, names.get(chosen) ?? chosen, speakerName);
      if (status && announce)
        status.textContent =
          `Showing ${shown.length} of ${boxes.length} outlets and ${rows} shared statements, compared with ${names.get(chosen)}.` +
          (few > 0 ? ` ${few} statements are left out because fewer than two of the shown outlets carry them.` : '');

      const url = new URL(location.href);
      const set = (key: string, value: string | null) => (value === null ? url.searchParams.delete(key) : url.searchParams.set(key, value));
      set('outlets', shown.length === boxes.length ? null : shown.join(','));
      set('ref', chosen === defaultRef ? null : chosen);
      set('speaker', who === '' ? null : who);
      if (url.href !== location.href) history.replaceState(null, '', url);
    };
    // A plain load already shows the default view; only a shared or reloaded view needs the rows touched.
    if (customised(params)) apply(false);
    else {
      for (const b of boxes) b.disabled = boxes.length <= 2;
      layout();
    }
    this.addEventListener('change', () => apply(true));
    let pending = 0;
    addEventListener('resize', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(layout);
    });
  }
}

/** Whether the URL asks for anything but the default view. */
function customised(params: URLSearchParams): boolean {
  return ['outlets', 'ref', 'speaker'].some((k) => params.has(k));
}

customElements.define('compare-picker', ComparePicker);
