import type { Element, Root, RootContent } from 'hast';
// MDX's node types in the hast tree (JSX elements, import/export), from @astrojs/mdx's own dependencies.
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';

/**
 * Wrap each h2 and everything up to the next h2 in a `<section class="article-section">`.
 * A long article is mostly KaTeX (thousands of nodes); global.css gives these
 * sections `content-visibility: auto`, so the browser lays out only the ones
 * near the screen. A few large boxes estimate better than many small ones, and
 * a widget always sits whole inside one section. Text before the first h2 stays
 * as it is, and so does MDX's import/export code, which must stay at the top level.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        section = { type: 'element', tagName: 'section', properties: { className: ['article-section'] }, children: [] };
        children.push(section);
      }
      if (section && node.type !== 'mdxjsEsm' && node.type !== 'doctype') section.children.push(node);
      else children.push(node);
    }
    for (const node of children) {
      if (node.type === 'element' && node.tagName === 'section') node.properties.style = estimate(node);
    }
    tree.children = children;
  };
}

/**
 * The section's height before it is first shown, at the desktop measure and on a
 * phone, so the scroll bar starts near right. Rough per-item costs in px, fitted
 * to the RMSProp and EWMA articles; `contain-intrinsic-size: auto` replaces the
 * guess with the real height once the section has been on screen.
 */
const COST = {
  base: [100, 100], // the h2 and margins
  latin: [0.62, 1.2], // per character of running text
  han: [1.3, 2.3], // a Chinese character is about twice as wide
  math: [90, 90], // per display formula
  component: [700, 1000], // per widget or library-source listing
  row: [45, 45], // per table row
  line: [30, 34], // per code line
};

function estimate(section: Element): string {
  const count = { base: 1, latin: 0, han: 0, math: 0, component: 0, row: 0, line: 0 };
  const walk = (node: RootContent): void => {
    if (node.type === 'text') {
      const han = node.value.match(/\p{Script=Han}/gu)?.length ?? 0;
      count.han += han;
      count.latin += node.value.length - han;
    } else if (node.type === 'element') {
      const className = node.properties.className;
      const classes = Array.isArray(className) ? className : [];
      if (classes.includes('katex-mathml')) return; // hidden MathML twin of the visible formula
      if (classes.includes('scroll-x-math')) count.math++;
      else if (node.tagName === 'tr') count.row++;
      else if (node.tagName === 'pre') count.line += node.children.length === 0 ? 0 : lineCount(node);
      else node.children.forEach(walk);
    } else if (node.type === 'mdxJsxFlowElement') {
      // A closed <details> shows its summary only; a capitalised name is a component.
      if (/^[A-Z]/.test(node.name ?? '')) count.component++;
      else if (node.name === 'details') node.children.filter((c) => c.type === 'mdxJsxFlowElement' && c.name === 'summary').forEach(walk);
      else node.children.forEach(walk);
    }
  };
  section.children.forEach(walk);
  const height = (i: 0 | 1) => Math.round(Object.entries(count).reduce((sum, [k, n]) => sum + n * COST[k as keyof typeof COST][i], 0));
  return `--estimated-height: ${height(0)}px; --estimated-height-narrow: ${height(1)}px`;
}

function lineCount(pre: Element): number {
  let lines = 1;
  const walk = (node: RootContent): void => {
    if (node.type === 'text') lines += node.value.split('\n').length - 1;
    else if (node.type === 'element') node.children.forEach(walk);
  };
  pre.children.forEach(walk);
  return lines;
}
