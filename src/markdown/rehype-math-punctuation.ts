import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast.ts';

/** Punctuation that must never start a line, Chinese and Western. */
const CLOSING = /^[，。；：、！？）》」』”’,.;:!?)\]]+/u;

/**
 * Browsers may break a line between an inline formula and the punctuation after it, leaving a
 * "。" or "；" at the start of the next line (common in Chinese text). Keep the two together.
 */
export function rehypeMathPunctuation() {
  return (tree: Root) => {
    visit(tree, 'element', (parent: Element) => {
      if (hasClass(parent, 'math-nowrap')) return; // already kept together
      for (let i = 0; i < parent.children.length - 1; i++) {
        const math = parent.children[i];
        const after = parent.children[i + 1];
        if (math.type !== 'element' || !isInlineMath(math) || after.type !== 'text') continue;
        const punctuation = CLOSING.exec(after.value)?.[0];
        if (!punctuation) continue;
        const rest: Text = { type: 'text', value: after.value.slice(punctuation.length) };
        const kept: Element = {
          type: 'element', tagName: 'span', properties: { className: ['math-nowrap'] },
          children: [math, { type: 'text', value: punctuation }],
        };
        parent.children.splice(i, 2, kept, ...(rest.value ? [rest] : []));
      }
    });
  };
}

function isInlineMath(node: Element): boolean {
  return node.tagName === 'span' && hasClass(node, 'katex');
}
