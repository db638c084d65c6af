/**
 * An article's DOM subtree to the plain blocks the parser reads: one block per paragraph, heading, list item,
 * quoted paragraph or preformatted line; inline markup dropped, whitespace collapsed. Captions, figures,
 * embedded media, forms and asides are left out: they are not the article's running text.
 */

/** One block of running text. */
export interface TextBlock {
  type: 'heading' | 'paragraph';
  text: string;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'figure',
  'figcaption',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'menu',
  'dialog',
]);
const HEADING = /^h[1-6]$/;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const ELEMENT = 1;
const TEXT = 3;

/** Collapse runs of white space (not the no-break space, which the parser normalises itself). */
const tidy = (s: string) => s.replace(/[ \t\r\n\f]+/g, ' ').trim();

/** The blocks of `root` in document order. */
export function toBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line = '';
  const flush = (type: TextBlock['type'] = 'paragraph') => {
    const text = tidy(line);
    if (text) blocks.push({ type, text });
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (HEADING.test(tag)) {
      flush();
      for (const c of el.childNodes) walk(c);
      flush('heading');
      return;
    }
    // Table cells stay on their row's line, separated by a space.
    if (tag === 'td' || tag === 'th') {
      for (const c of el.childNodes) walk(c);
      line += ' ';
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    for (const c of el.childNodes) walk(c);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}
