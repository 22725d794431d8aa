/**
 * Measures article pages in Chromium against a running server. Not a test (not in `npm test`): figures only.
 *
 *   npx astro preview --port 4398 & npx tsx scripts/bench-page.ts http://localhost:4398
 *   npx tsx scripts/bench-page.ts http://localhost:4398 /rmsprop/ /ewma/      (pick the pages)
 *   python3 -m http.server 4398 --directory dist & npx tsx scripts/bench-page.ts http://localhost:4398
 *
 * The first argument is the origin (default http://localhost:4398); the rest are paths or URLs
 * (default /rmsprop/ /zh/rmsprop/ /ewma/). Chromium is $CHROMIUM_PATH or /usr/bin/chromium.
 *
 * Per page, in Playwright (desktop viewport, no throttling):
 *   - JavaScript at load: same-origin scripts by network idle, gzipped here at level 9;
 *   - JavaScript once every widget has started: the same after scrolling to the bottom a viewport at a time;
 *   - CLS summed over that scroll;
 *   - slider input → redrawn charts (median, p95), on pages with the trajectory widget, and the
 *     playground's noise slider (every racer rerun and redrawn).
 * Then Lighthouse's default config (mobile, simulated throttling), 3 runs per page: the median of each
 * figure, and the audits that failed in accessibility, best practices and SEO (LIGHTHOUSE=0 skips it).
 * Chromium runs without its no-damage frame throttling (see FRAME_THROTTLING_OFF; CHROME_FRAME_THROTTLING=1 keeps it).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
// chrome-launcher comes with lighthouse (pinned by its exact version in package.json).
import { launch as launchChrome } from 'chrome-launcher';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// No phoning home or component downloads: they would add network noise and nothing here allows it.
const QUIET_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * Headless Chromium's compositor (viz) slows a page that keeps sending frames with nothing new in them to
 * about one frame a second. A page that has loaded but not yet painted is such a page, so its first paint
 * waits for the next tick: observed FCP lands 1 or 2 whole seconds after load in about half the runs, and
 * Lighthouse's simulation carries that into Speed Index (seen here on every long article, and reported as
 * GoogleChrome/lighthouse#17148). A phone showing the page in the foreground does not wait, so the feature is
 * off by default; CHROME_FRAME_THROTTLING=1 measures with Chromium's default.
 */
const FRAME_THROTTLING_OFF = process.env.CHROME_FRAME_THROTTLING === '1' ? [] : ['--disable-features=ThrottleRepeatedNoDamageFrames'];
const LIGHTHOUSE_FLAGS = ['--headless=new', ...QUIET_FLAGS, '--disable-gpu', ...FRAME_THROTTLING_OFF];
const LIGHTHOUSE_RUNS = 3;
// Issue 7's budgets: JS at load, JS once every widget runs, slider → redraw with every view on screen.
const BUDGET = { gzipKB: 12, allWidgetsKB: 75, medianMs: 8, cls: 0.02 };
const SAMPLES = 60;
const VIEWPORT = { width: 1280, height: 900 };

const [originArg = 'http://localhost:4398', ...pathArgs] = process.argv.slice(2);
const origin = new URL(originArg).origin;
// An old-style single page URL (http://host/rmsprop/) as the only argument still works.
const firstPath = new URL(originArg).pathname;
const paths = pathArgs.length ? pathArgs : firstPath !== '/' ? [firstPath] : ['/rmsprop/', '/zh/rmsprop/', '/ewma/'];
const urls = paths.map((path) => new URL(path, origin).href);

// ---------- small helpers ----------

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quantile(values: number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)} ms` : 'n/a');
const ok = (pass: boolean) => (pass ? 'ok' : 'OVER BUDGET');
const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const totalGzip = (scripts: Map<string, Buffer>) => [...scripts.values()].reduce((sum, body) => sum + gzipSize(body), 0);

// ---------- Playwright: JavaScript, CLS, slider ----------

/** Records the body of every same-origin script response; `settled()` returns them once all bodies are in. */
function recordScripts(page: Page) {
  const scripts = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || new URL(response.url()).origin !== origin) return;
    pending.push(response.body().then(
      (body) => void scripts.set(response.url(), body),
      () => undefined, // a redirect has no body
    ));
  });
  return {
    async settled() {
      await Promise.all(pending);
      return new Map(scripts);
    },
  };
}

/** Waits until no request has been in flight for `quietMs` (or `maxMs` passed): lazy imports triggered late. */
async function waitForQuietNetwork(page: Page, quietMs = 500, maxMs = 10_000) {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number) => () => { inFlight += delta; lastChange = Date.now(); };
  const [start, end] = [change(+1), change(-1)];
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs)) await pause(50);
  page.off('request', start);
  page.off('requestfinished', end);
  page.off('requestfailed', end);
}

/** Layout shifts from the very start, buffered by the observer, summed in window.__cls. */
async function observeLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Scrolls to the bottom a viewport at a time, pausing so lazy widgets see themselves intersect and start. */
async function scrollToBottomSlowly(page: Page) {
  // No helper functions inside: tsx would wrap them in a __name() call that the page does not have.
  await page.evaluate(async () => {
    // scrollHeight is re-read each step: widgets that start may make the page taller.
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((resolve) => setTimeout(resolve, 250));
  });
}

type SliderTimings = { handler: number[]; frame: number[]; store: number[] };

/**
 * Slider → redraw: time the input handler (the store reruns both optimizers and every subscribed chart
 * redraws synchronously with update('none'); text follows in a microtask) and, separately, until the next frame.
 */
async function sliderTimings(page: Page, selector = '#widget-trajectories input[name="lr"]'): Promise<SliderTimings> {
  return page.evaluate(async ([samples, selector]) => {
    const slider = document.querySelector<HTMLInputElement>(selector);
    if (!slider) throw new Error(`no slider ${selector}`);
    const handler: number[] = [];
    const frame: number[] = [];
    const store: number[] = [];
    for (let i = 0; i < samples; i++) {
      slider.value = String(-3 + (4 * ((i * 7) % samples)) / samples);
      const start = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve(); // views may write their text in a microtask, after every chart has drawn
      handler.push(performance.now() - start);
      store.push(Number(document.documentElement.dataset.lastRenderMs)); // NaN if the store never emitted
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frame.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { handler, frame, store };
  }, [SAMPLES, selector] as const);
}

/**
 * Scrolls a widget into view and waits until its canvas is live. A lazy widget only starts once it is
 * seen; Chart.js marks a canvas it has taken over with an inline box-sizing, so that is what we wait for.
 */
async function widgetStarted(page: Page, selector: string, timeout = 15_000): Promise<boolean> {
  const widget = page.locator(selector);
  if ((await widget.count()) === 0) return false;
  await widget.scrollIntoViewIfNeeded();
  return page.waitForFunction((sel) => {
    const canvas = document.querySelector(`${sel} canvas`);
    return canvas instanceof HTMLCanvasElement && canvas.style.boxSizing === 'border-box' && canvas.clientWidth > 0;
  }, selector, { timeout }).then(() => true, () => false);
}

type SliderFigures = { typical: SliderTimings; allVisible?: SliderTimings; tallViewport?: number; widget?: string };

/**
 * Once as a reader sees it (the trajectory on screen; the curves further down redraw when they scroll into
 * view), once with a viewport tall enough to show the trajectory, inspector and curves together.
 * Returns a sentence instead when the page has no such widget or it never starts.
 */
async function sliderFigures(page: Page): Promise<SliderFigures | string> {
  // The playground: its noise slider reruns every racer (the σ moves every path) and redraws.
  if ((await page.locator('#playground').count()) > 0) {
    if (!(await widgetStarted(page, '#playground'))) return 'the playground never drew its canvas (15 s)';
    return { typical: await sliderTimings(page, '#playground input[type="range"][name="sigma"]'), widget: 'playground (noise σ)' };
  }
  if ((await page.locator('#widget-trajectories').count()) === 0) return 'no trajectory widget on this page';
  if (!(await widgetStarted(page, '#widget-trajectories'))) return 'the trajectory widget never drew its canvas (15 s)';
  const typical = await sliderTimings(page);
  const span = await page.evaluate(() => {
    const top = document.querySelector('#widget-trajectories')?.getBoundingClientRect().top;
    const bottom = document.querySelector('#widget-rates')?.getBoundingClientRect().bottom;
    return top === undefined || bottom === undefined ? undefined : { top: top + scrollY, height: Math.ceil(bottom - top) };
  });
  if (!span) return { typical };
  const tallViewport = Math.min(8000, span.height + 20);
  await page.setViewportSize({ width: VIEWPORT.width, height: tallViewport });
  await page.evaluate((top) => scrollTo(0, top - 10), span.top);
  await widgetStarted(page, '#widget-rates'); // lazy curves start once on screen; timing without them is still a figure
  await page.waitForTimeout(300);
  return { typical, allVisible: await sliderTimings(page), tallViewport };
}

type PageFigures = {
  atLoad: Map<string, Buffer>;
  afterWidgets: Map<string, Buffer>;
  cls: number;
  slider: SliderFigures | string;
};

/** Everything Playwright measures on one page, in a fresh context so no script comes from cache. */
async function measurePage(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const scripts = recordScripts(page);
  await observeLayoutShifts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const atLoad = await scripts.settled();

  await scrollToBottomSlowly(page);
  await waitForQuietNetwork(page);
  const afterWidgets = await scripts.settled();
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);

  const slider = await sliderFigures(page).catch((error: Error) => `slider timing failed: ${error.message.split('\n')[0]}`);
  await context.close();
  return { atLoad, afterWidgets, cls, slider };
}

// ---------- Lighthouse ----------

/** One Lighthouse run on a fresh Chromium (like the CLI), default config: mobile, simulated throttling. */
async function lighthouseRun(url: string): Promise<LighthouseResult> {
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'error' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const REPORTED_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

type LighthouseFigures = {
  performance: number;
  fcpMs: number;
  speedIndexMs: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  scores: Record<(typeof REPORTED_CATEGORIES)[number], number>;
  failed: string[];
  benchmarkIndex: number;
};

/**
 * Audits below the report's pass mark (0.9) in a category; informative, manual and n/a ones never fail.
 * Weight-0 audits are listed too but marked: they do not lower the score and the HTML report hides them.
 */
function failedAudits(lhr: LighthouseResult, categoryId: string): string[] {
  const scored = new Set(['binary', 'numeric', 'metricSavings']);
  return (lhr.categories[categoryId]?.auditRefs ?? [])
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && scored.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9)
    .map(({ ref, audit }) => `${categoryId}: ${audit.id} (${audit.title})${ref.weight === 0 ? ' [weight 0, not scored]' : ''}`);
}

/** The median of each figure on its own over the runs; a failed audit is listed with how many runs it failed in. */
function summarise(runs: LighthouseResult[]): LighthouseFigures {
  const score = (lhr: LighthouseResult, id: string) => (lhr.categories[id]?.score ?? NaN) * 100;
  const metric = (id: string) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
  const failures = new Map<string, number>();
  for (const lhr of runs) {
    for (const category of REPORTED_CATEGORIES) {
      for (const audit of failedAudits(lhr, category)) failures.set(audit, (failures.get(audit) ?? 0) + 1);
    }
  }
  return {
    performance: median(runs.map((lhr) => score(lhr, 'performance'))),
    fcpMs: metric('first-contentful-paint'),
    speedIndexMs: metric('speed-index'),
    tbtMs: metric('total-blocking-time'),
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    scores: {
      accessibility: median(runs.map((lhr) => score(lhr, 'accessibility'))),
      'best-practices': median(runs.map((lhr) => score(lhr, 'best-practices'))),
      seo: median(runs.map((lhr) => score(lhr, 'seo'))),
    },
    failed: [...failures].map(([audit, count]) => `${audit} in ${count}/${runs.length} runs`),
    benchmarkIndex: median(runs.map((lhr) => lhr.environment.benchmarkIndex)),
  };
}

// ---------- output ----------

function printPage(url: string, figures: PageFigures) {
  const loadGzip = totalGzip(figures.atLoad);
  const loadRaw = [...figures.atLoad.values()].reduce((sum, body) => sum + body.length, 0);
  console.log(`\nPage: ${url}`);
  console.log(`JavaScript at load: ${figures.atLoad.size} files, ${kb(loadRaw)} raw, ${kb(loadGzip)} gzip (budget ${BUDGET.gzipKB} KB) ${ok(loadGzip / 1024 <= BUDGET.gzipKB)}`);
  console.log(`JavaScript once every widget has started: ${figures.afterWidgets.size} files, ${kb(totalGzip(figures.afterWidgets))} gzip (budget ${BUDGET.allWidgetsKB} KB) ${ok(totalGzip(figures.afterWidgets) / 1024 <= BUDGET.allWidgetsKB)}`);
  for (const [file, body] of [...figures.afterWidgets].sort((a, b) => b[1].length - a[1].length)) {
    const when = figures.atLoad.has(file) ? 'load ' : 'later';
    console.log(`  ${kb(gzipSize(body)).padStart(9)}  ${when}  ${new URL(file).pathname}`);
  }
  console.log(`CLS over a full scroll (desktop): ${figures.cls.toFixed(4)} (budget ${BUDGET.cls}) ${ok(figures.cls < BUDGET.cls)}`);
  printSlider(figures.slider);
}

function printSlider(slider: SliderFigures | string) {
  if (typeof slider === 'string') {
    console.log(`Slider input → charts redrawn: skipped, ${slider}`);
    return;
  }
  const cases: [string, SliderTimings | undefined][] = [
    [slider.widget ?? 'trajectory on screen', slider.typical],
    [`trajectory, inspector and curves all on screen (viewport ${slider.tallViewport} px tall)`, slider.allVisible],
  ];
  for (const [name, timings] of cases) {
    if (!timings) continue;
    console.log(`Slider input → charts redrawn, ${name}, ${SAMPLES} samples:`);
    console.log(`  input handler:                    median ${ms(quantile(timings.handler, 0.5))}, p95 ${ms(quantile(timings.handler, 0.95))} (budget median ${BUDGET.medianMs} ms) ${ok(quantile(timings.handler, 0.5) < BUDGET.medianMs)}`);
    console.log(`  store emit (data-last-render-ms): median ${ms(quantile(timings.store, 0.5))}, p95 ${ms(quantile(timings.store, 0.95))}`);
    console.log(`  input → next animation frame:     median ${ms(quantile(timings.frame, 0.5))}, p95 ${ms(quantile(timings.frame, 0.95))}`);
  }
}

function printLighthouse(url: string, lh: LighthouseFigures) {
  console.log(`\nLighthouse ${url} (mobile, simulated throttling; median of ${LIGHTHOUSE_RUNS} runs, each figure on its own; CPU benchmark index ${lh.benchmarkIndex.toFixed(0)}; frame throttling ${FRAME_THROTTLING_OFF.length ? 'off' : 'on'})`);
  console.log(`  performance ${lh.performance.toFixed(0)}, FCP ${(lh.fcpMs / 1000).toFixed(2)} s, Speed Index ${(lh.speedIndexMs / 1000).toFixed(2)} s, TBT ${lh.tbtMs.toFixed(0)} ms, LCP ${(lh.lcpMs / 1000).toFixed(2)} s, CLS ${lh.cls.toFixed(3)}`);
  console.log(`  accessibility ${lh.scores.accessibility.toFixed(0)}, best practices ${lh.scores['best-practices'].toFixed(0)}, SEO ${lh.scores.seo.toFixed(0)}`);
  console.log(lh.failed.length ? lh.failed.map((line) => `  failed ${line}`).join('\n') : '  no failed audits in accessibility, best practices or SEO');
}

/** One line per page, to paste into an issue or a commit message. */
function printSummary(rows: { url: string; figures: PageFigures; lh: LighthouseFigures }[]) {
  console.log('\n| page | perf | FCP s | SI s | TBT ms | LCP s | CLS | a11y | BP | SEO | JS at load gzip | JS all widgets gzip | slider handler median / p95 (trajectory on screen) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { url, figures, lh } of rows) {
    const slider = typeof figures.slider === 'string' ? undefined : figures.slider.typical.handler;
    const redraw = slider ? `${ms(quantile(slider, 0.5))} / ${ms(quantile(slider, 0.95))}` : '-';
    console.log(`| ${new URL(url).pathname} | ${lh.performance.toFixed(0)} | ${(lh.fcpMs / 1000).toFixed(2)} | ${(lh.speedIndexMs / 1000).toFixed(2)} | ${lh.tbtMs.toFixed(0)} | ${(lh.lcpMs / 1000).toFixed(2)} | ${lh.cls.toFixed(3)} | ${lh.scores.accessibility.toFixed(0)} | ${lh.scores['best-practices'].toFixed(0)} | ${lh.scores.seo.toFixed(0)} | ${kb(totalGzip(figures.atLoad))} | ${kb(totalGzip(figures.afterWidgets))} | ${redraw} |`);
  }
}

// ---------- main ----------

// Playwright first, for all pages, then Lighthouse: never two browsers at once on a small machine.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
const pageFigures: PageFigures[] = [];
for (const url of urls) {
  const figures = await measurePage(browser, url);
  printPage(url, figures);
  pageFigures.push(figures);
}
await browser.close();

// LIGHTHOUSE=0 skips the slow part, for a quick look at bytes and redraw times.
const rows = [];
for (const [i, url] of (process.env.LIGHTHOUSE === '0' ? [] : urls).entries()) {
  const runs: LighthouseResult[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouseRun(url));
  const lh = summarise(runs);
  printLighthouse(url, lh);
  rows.push({ url, figures: pageFigures[i], lh });
}
if (rows.length) printSummary(rows);
