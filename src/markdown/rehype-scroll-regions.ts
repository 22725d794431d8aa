import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { hasClass } from './hast.ts';

/** What a screen reader announces for each kind of scrolling box, by language. */
const LABELS = {
  en: { table: 'Table', math: 'Formula' },
  zh: { table: '表格', math: '公式' },
} as const;

/** Articles live in `content/articles/<lang>/`, so the file path tells the language. */
function languageOf(file: VFile): keyof typeof LABELS {
  return /[\\/]zh[\\/]/.test(file.path ?? '') ? 'zh' : 'en';
}

/**
 * Wide tables and long display formulas must scroll inside themselves on a
 * phone, never the page. A box that scrolls has to be reachable by keyboard
 * (axe: scrollable-region-focusable), hence tabindex, a role and a name.
 */
export function rehypeScrollRegions() {
  return (tree: Root, file: VFile) => {
    const labels = LABELS[languageOf(file)];
    // Regions need distinct names (axe: landmark-unique), so they are numbered.
    const counts = { table: 0, math: 0 };
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const kind = node.tagName === 'table' ? 'table' : hasClass(node, 'katex-display') ? 'math' : undefined;
      if (!kind) return;
      const wrapper: ElementContent = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['scroll-x', `scroll-x-${kind}`], tabIndex: 0, role: 'region', ariaLabel: `${labels[kind]} ${++counts[kind]}` },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
