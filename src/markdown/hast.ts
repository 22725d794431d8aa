import type { Element } from 'hast';

/** Small questions the rehype steps ask of a hast node. */

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'element';
}

export function hasClass(node: Element, name: string): boolean {
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes(name);
}
