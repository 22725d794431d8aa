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

export { expect };
