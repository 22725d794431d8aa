import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import { hasClass } from './hast.ts';

/**
 * rehype-katex 7 never throws. On a formula KaTeX cannot parse it records a
 * message on the file and renders the formula again leniently: unknown macros
 * in red, or a `.katex-error` span. We want such a page to fail the build
 * rather than ship, so this plugin runs right after rehype-katex and throws.
 */
export function rehypeFailOnKatexError() {
  return (tree: Root, file: VFile) => {
    const katexMessage = file.messages.find((message) => message.source === 'rehype-katex');
    if (katexMessage) {
      const where = katexMessage.place && 'line' in katexMessage.place ? `:${katexMessage.place.line}` : '';
      const cause = katexMessage.cause instanceof Error ? katexMessage.cause.message : katexMessage.reason;
      throw new Error(`${file.path ?? 'markdown'}${where}: cannot typeset a formula: ${cause}`);
    }
    visit(tree, 'element', (node: Element) => {
      if (!hasClass(node, 'katex-error')) return;
      const where = node.position ? `:${node.position.start.line}` : '';
      throw new Error(`${file.path ?? 'markdown'}${where}: cannot typeset "${toText(node)}"`);
    });
  };
}
