/**
 * Markdown bodies (content/articles/<id>.md): parsed with remark into a syntax tree, then written out as the
 * plain text the parser reads — one block per heading, paragraph, list item or quoted paragraph, inline markup
 * dropped (emphasis marks, link targets, image syntax). The parser's source offsets then refer to this text.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The blocks of a Markdown body as plain text, blank-line separated. */
export function markdownToText(markdown: string): string {
  const tree = parser.parse(markdown);
  const blocks: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        blocks.push(
          toString(node)
            .replace(/\s*\n\s*/g, ' ')
            .trim(),
        );
        return;
      case 'code':
      case 'html':
        blocks.push(node.value);
        return;
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem':
        for (const child of node.children) visit(child);
        return;
      default:
        return;
    }
  };
  visit(tree);
  return blocks.filter((b) => b !== '').join('\n\n');
}
