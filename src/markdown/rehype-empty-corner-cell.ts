import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';

/**
 * A Markdown table whose first header cell is left blank (a corner above the
 * row labels) becomes an empty `<th>`, which axe flags (empty-table-header):
 * a header cell must name its column. An empty corner names nothing, so make it a `<td>`.
 */
export function rehypeEmptyCornerCell() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'th' && toText(node).trim() === '' && node.children.every((child) => child.type === 'text')) {
        node.tagName = 'td';
      }
    });
  };
}
