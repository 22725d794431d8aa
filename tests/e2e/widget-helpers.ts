import { expect, type Page } from '@playwright/test';

/** Uncaught errors and console errors, collected for the whole test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Scrolls a widget into view and waits until its code has loaded and started. */
export async function startWidget(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((widget) => document.getElementById(widget)?.matches(':defined'), id);
}

/** Starts every widget on the page, top to bottom. */
export async function startAllWidgets(page: Page): Promise<string[]> {
  const ids = await page.locator('.widget[id]').evaluateAll((els) => els.map((el) => el.id));
  for (const id of ids) await startWidget(page, id);
  return ids;
}

/** True when a widget's first canvas has at least one non-transparent pixel. */
export async function canvasDrawn(page: Page, id: string): Promise<boolean> {
  return page.locator(`#${id} canvas`).first().evaluate((canvas: HTMLCanvasElement) => {
    const { width, height } = canvas;
    if (width === 0 || height === 0) return false;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });
}

/** A fingerprint of every canvas on the page, in document order: equal pictures, equal strings. */
export async function canvasPictures(page: Page): Promise<string[]> {
  return page.locator('canvas.live-figure').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((c) => `${c.closest('.widget')!.id}:${c.width}x${c.height}:${c.toDataURL()}`));
}

/** Sums layout shifts not caused by input into `window.cls`, from before the page's first script. */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Opens the playground (or stays on the page) and waits until its widget has started and drawn. */
export async function startPlayground(page: Page, path?: string): Promise<void> {
  if (path) await page.goto(path);
  await page.waitForFunction(() => document.querySelector('#playground')?.classList.contains('is-live'));
}

/** The playground's Final-state table, a tab-separated line per racer. */
export async function tableRows(page: Page): Promise<string[]> {
  return page.locator('#playground tbody tr').evaluateAll((rows) =>
    (rows as HTMLTableRowElement[]).map((row) => [...row.cells].map((cell) => cell.textContent!.trim()).join('\t')));
}

/** The final losses the table holds, as exact doubles (each last cell's data-loss). */
export async function finalLosses(page: Page): Promise<number[]> {
  return page.locator('#playground td[data-loss]').evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.loss)));
}

export { expect };
