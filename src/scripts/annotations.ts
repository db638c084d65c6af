/**
 * The article's annotation switch: off by default (a clean reading view), on shows each quote's speaker, kind and
 * certainty inline. The state lives in the URL (?notes=on) so it survives a reload and can be shared.
 */
class AnnotationToggle extends HTMLElement {
  connectedCallback() {
    const box = this.querySelector<HTMLInputElement>('input[type=checkbox]');
    const body = document.getElementById(box?.getAttribute('aria-controls') ?? '');
    if (!box || !body) return;
    box.checked = new URL(location.href).searchParams.get('notes') === 'on';
    body.toggleAttribute('data-notes', box.checked);
    box.addEventListener('change', () => {
      body.toggleAttribute('data-notes', box.checked);
      const url = new URL(location.href);
      if (box.checked) url.searchParams.set('notes', 'on');
      else url.searchParams.delete('notes');
      history.replaceState(null, '', url);
    });
  }
}
customElements.define('annotation-toggle', AnnotationToggle);
