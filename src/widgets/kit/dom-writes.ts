/**
 * Text and attribute writes, held until every chart has drawn. A canvas resolves its font
 * against the page's styles, so a DOM write before a chart update makes the browser restyle the
 * page in the middle of the update; after all of them, it restyles once, for the next frame.
 */
const queue: (() => void)[] = [];

export function afterCharts(write: () => void): void {
  queue.push(write);
  if (queue.length === 1) queueMicrotask(flush);
}

function flush(): void {
  for (const write of queue.splice(0)) write();
}
