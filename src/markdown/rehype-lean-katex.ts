import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass, isElement } from './hast.ts';

/**
 * KaTeX's output with fewer elements and bytes, for the same picture and the same speech. A long
 * article is mostly formulas, and the browser's parse of them is what still blocks the main thread
 * after first paint (issue 7: /rmsprop/ has 17 k elements, 4.4 k of them MathML).
 * - The MathML keeps its structure but loses the TeX copy (`<annotation>`, read by no screen reader
 *   and used by no script here), the `<semantics>` wrapper that only held it, an `<mrow>` around the
 *   whole formula (`<math>` already groups its children as one row), and `xmlns`, which the HTML
 *   parser supplies.
 * - A formula that is one symbol (x, η, 0.9) is read from its visible HTML, which then stops being
 *   aria-hidden; its MathML would say the same thing in eight more elements.
 * - A space KaTeX draws as an empty `<span class="mspace">` becomes a right margin on the element
 *   before it, which puts the same gap in the same place.
 */
export function rehypeLeanKatex() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!hasClass(node, 'katex')) return;
      const mathml = childWithClass(node, 'katex-mathml');
      const html = childWithClass(node, 'katex-html');
      const math = mathml?.children.find(isElement);
      if (html && math?.tagName === 'math') {
        leanMathml(math);
        if (isOneSymbol(math)) {
          node.children = node.children.filter((child) => child !== mathml);
          delete html.properties.ariaHidden;
        }
      }
      if (html) visit(html, 'element', foldSpaces);
      return SKIP;
    });
  };
}

function leanMathml(math: Element): void {
  delete math.properties.xmlns;
  math.children = math.children.flatMap((child) =>
    isElement(child) && child.tagName === 'semantics'
      ? child.children.filter((inner) => !(isElement(inner) && inner.tagName === 'annotation'))
      : [child],
  );
  const [only] = math.children;
  if (math.children.length === 1 && isElement(only) && only.tagName === 'mrow' && Object.keys(only.properties).length === 0) {
    math.children = only.children;
  }
}

const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext']);

/** One token, possibly inside `<mrow>`s: nothing a screen reader reads differently from the text. */
function isOneSymbol(math: Element): boolean {
  let tokens = 0;
  let structure = false;
  visit(math, 'element', (element: Element) => {
    if (element === math || element.tagName === 'mrow') return;
    if (TOKENS.has(element.tagName)) tokens += 1;
    else structure = true;
    return SKIP;
  });
  return tokens === 1 && !structure;
}

const MARGIN = /margin-right:\s*(-?[\d.]+)em/;
/** A style that is nothing but a right margin. */
const ONLY_MARGIN = new RegExp(`^${MARGIN.source};?$`);

/** Move each plain `mspace` into the right margin of the element just before it. */
function foldSpaces(parent: Element): void {
  const kept: ElementContent[] = [];
  for (const child of parent.children) {
    const before = kept.at(-1);
    const gap = isElement(child) ? plainSpace(child) : undefined;
    if (gap !== undefined && before && isElement(before) && takesMargin(before)) {
      addRightMargin(before, gap);
      continue;
    }
    kept.push(child);
  }
  parent.children = kept;
}

function plainSpace(element: Element): number | undefined {
  const classes = element.properties.className;
  if (element.children.length > 0 || !Array.isArray(classes) || classes.join(' ') !== 'mspace') return undefined;
  const match = ONLY_MARGIN.exec(String(element.properties.style ?? ''));
  return match ? Number(match[1]) : undefined;
}

/** An element whose em is the space's em: not one that sets its own font size. */
function takesMargin(element: Element): boolean {
  const style = String(element.properties.style ?? '');
  return !hasClass(element, 'sizing') && !hasClass(element, 'fontsize-ensurer') && !style.includes('font-size');
}

function addRightMargin(element: Element, em: number): void {
  const style = String(element.properties.style ?? '');
  const existing = MARGIN.exec(style);
  const total = Number(((existing ? Number(existing[1]) : 0) + em).toFixed(4));
  element.properties.style = existing
    ? style.replace(MARGIN, `margin-right:${total}em`)
    : `${style}${style && !style.endsWith(';') ? ';' : ''}margin-right:${total}em`;
}

function childWithClass(node: Element, name: string): Element | undefined {
  return node.children.find((child): child is Element => isElement(child) && hasClass(child, name));
}
