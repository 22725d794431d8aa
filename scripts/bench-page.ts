/**
 * Measures the RMSProp page in Chromium against a running `astro preview`:
 *   npx astro preview --port 4398 &   npx tsx scripts/bench-page.ts [http://localhost:4398/rmsprop/]
 * Prints the JavaScript the page ships (gzip), the time from a learning-rate slider's input
 * event to redrawn charts (median, p95), and the cumulative layout shift. Not a test: figures only.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://localhost:4398/rmsprop/';
const BUDGET = { gzipKB: 80, medianMs: 16, cls: 0.02 };
const SAMPLES = 60;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

// 1. JavaScript shipped: every script response from our origin, gzipped here at level 9.
const scripts = new Map<string, Buffer>();
const pending: Promise<void>[] = [];
page.on('response', (response) => {
  if (response.request().resourceType() !== 'script' || !response.url().startsWith(new URL(url).origin)) return;
  pending.push(response.body().then(
    (body) => void scripts.set(response.url(), body),
    () => undefined, // a redirect has no body
  ));
});
// Layout shifts from the very start, buffered by the observer.
await page.addInitScript(() => {
  (window as unknown as { __cls: number }).__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto(url, { waitUntil: 'networkidle' });
await Promise.all(pending);
const rawBytes = [...scripts.values()].reduce((sum, body) => sum + body.length, 0);
const gzipBytes = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);

// 3. CLS: scroll through the whole page (every widget gets laid out and drawn), then read the sum.
await page.evaluate(async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 600) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
  }
  window.scrollTo(0, 0);
});
await page.waitForTimeout(300);
const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);

// 2. Slider → redraw: time the input handler (the store reruns both optimizers and every
// subscribed chart redraws synchronously with update('none')) and, separately, until the next frame.
// Once as a reader sees it (the trajectory on screen; the curves further down redraw when they
// scroll into view), once with a viewport tall enough to show the trajectory, inspector and curves.
async function sliderTimings() {
  return page.evaluate(async (samples) => {
    const slider = document.querySelector<HTMLInputElement>('#widget-trajectories input[name="lr"]')!;
    const handler: number[] = [];
    const frame: number[] = [];
    const store: number[] = [];
    for (let i = 0; i < samples; i++) {
      slider.value = String(-3 + (4 * ((i * 7) % samples)) / samples);
      const start = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      handler.push(performance.now() - start);
      store.push(Number(document.documentElement.dataset.lastRenderMs));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frame.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { handler, frame, store };
  }, SAMPLES);
}
await page.locator('#widget-trajectories').scrollIntoViewIfNeeded();
const typical = await sliderTimings();
const span = await page.evaluate(() => {
  const top = document.querySelector('#widget-trajectories')!.getBoundingClientRect().top + scrollY;
  const bottom = document.querySelector('#widget-rates')!.getBoundingClientRect().bottom + scrollY;
  return { top, height: Math.ceil(bottom - top) };
});
await page.setViewportSize({ width: 1280, height: Math.min(8000, span.height + 20) });
await page.evaluate((top) => scrollTo(0, top - 10), span.top);
await page.waitForTimeout(300);
const allVisible = await sliderTimings();
await browser.close();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v: number) => `${v.toFixed(2)} ms`;
const ok = (pass: boolean) => (pass ? 'ok' : 'OVER BUDGET');

console.log(`Page: ${url}`);
console.log(`JavaScript: ${scripts.size} files, ${(rawBytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzip (budget ${BUDGET.gzipKB} KB) ${ok(gzipBytes / 1024 <= BUDGET.gzipKB)}`);
for (const [file, body] of [...scripts].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KB  ${new URL(file).pathname}`);
}
for (const [name, timings] of [['trajectory on screen', typical], [`trajectory, inspector and curves all on screen (viewport ${Math.min(8000, span.height + 20)} px tall)`, allVisible]] as const) {
  console.log(`Slider input → charts redrawn, ${name}, ${SAMPLES} samples:`);
  console.log(`  input handler:                    median ${ms(quantile(timings.handler, 0.5))}, p95 ${ms(quantile(timings.handler, 0.95))} (budget median ${BUDGET.medianMs} ms) ${ok(quantile(timings.handler, 0.5) < BUDGET.medianMs)}`);
  console.log(`  store emit (data-last-render-ms): median ${ms(quantile(timings.store, 0.5))}, p95 ${ms(quantile(timings.store, 0.95))}`);
  console.log(`  input → next animation frame:     median ${ms(quantile(timings.frame, 0.5))}, p95 ${ms(quantile(timings.frame, 0.95))}`);
}
console.log(`CLS: ${cls.toFixed(4)} (budget ${BUDGET.cls}) ${ok(cls < BUDGET.cls)}`);
