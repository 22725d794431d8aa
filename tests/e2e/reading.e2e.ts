import { test, expect, type Page } from '@playwright/test';

/**
 * Reading a long article: the contents list, the scrolling tables and formulas, the sections the
 * browser skips while they are off screen (content-visibility), and printing.
 */
const ARTICLES = [
  { path: '/rmsprop/', contents: 'Contents', toggle: 'Dark theme', language: '中文' },
  { path: '/zh/rmsprop/', contents: '目录', toggle: '深色主题', language: 'English' },
] as const;

/** Scroll to the bottom half a screen at a time, so that every section is laid out once. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo({ top: y, behavior: 'instant' });
      await frames();
    }
  });
}

/** Every scrolling box (rehype-scroll-regions.ts): does it overflow, and is it a focusable, named region? */
function scrollRegions(page: Page) {
  return page.locator('.scroll-x').evaluateAll((regions) =>
    regions.map((region) => ({
      overflows: region.scrollWidth > region.clientWidth,
      tabindex: region.getAttribute('tabindex'),
      role: region.getAttribute('role'),
      label: region.getAttribute('aria-label'),
    })),
  );
}

/** Tab through the page until focus reaches the series navigation; the labels of the regions it stopped on. */
async function regionsTabbedTo(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement!;
      if (element.closest('.series-nav')) return 'end';
      return element.matches('.scroll-x') ? `${element.getAttribute('aria-label')}${element.scrollWidth > element.clientWidth ? '' : ' (does not scroll)'}` : '';
    });
    if (focused === 'end') return stops;
    if (focused) stops.push(focused);
  }
  throw new Error('Tab never reached the series navigation');
}

for (const A of ARTICLES) {
  test(`${A.path}: the contents list nests each subsection inside its section`, async ({ page }) => {
    await page.goto(A.path);
    const article = page.getByRole('article');
    const idsOf = (headings: ReturnType<typeof article.getByRole>) => headings.evaluateAll((all) => all.map((h) => `#${h.id}`));
    const sections = await idsOf(article.getByRole('heading', { level: 2 }));
    const subsections = await idsOf(article.getByRole('heading', { level: 3 }));
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(subsections.length).toBeGreaterThan(0);

    const contents = page.getByRole('navigation', { name: A.contents });
    const top = contents.getByRole('list').first();
    // One numbered item per section, in order; each item's own link is its section's.
    const items = top.locator(':scope > li');
    await expect(items).toHaveCount(sections.length);
    expect(await items.locator(':scope > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(sections);
    // Every subsection's link sits in a list inside a section's item.
    const nested = contents.getByRole('listitem').getByRole('list').getByRole('link');
    expect(await nested.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(subsections);
    await expect(top).toHaveCSS('list-style-type', 'decimal');
    await expect(contents.getByRole('listitem').getByRole('list').first()).not.toHaveCSS('list-style-type', 'decimal');
  });
}

test.describe('scroll regions at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a table or formula that does not scroll is no Tab stop and no landmark', async ({ page }) => {
    await page.goto('/rmsprop/');
    await scrollThrough(page);
    const regions = await scrollRegions(page);
    expect(regions.length).toBeGreaterThan(10);
    for (const region of regions.filter((r) => !r.overflows)) {
      expect(region).toEqual({ overflows: false, tabindex: null, role: null, label: null });
    }
  });

  test('Tab from the top never stops on one that does not scroll, even in sections not yet shown', async ({ page }) => {
    await page.goto('/rmsprop/');
    expect(await regionsTabbedTo(page)).toEqual([]);
  });
});

test.describe('scroll regions at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every table or formula that scrolls is a focusable, named region', async ({ page }) => {
    await page.goto('/rmsprop/');
    await scrollThrough(page);
    const regions = await scrollRegions(page);
    const scrolling = regions.filter((r) => r.overflows);
    expect(scrolling.length).toBeGreaterThan(3);
    for (const region of scrolling) {
      expect(region).toMatchObject({ tabindex: '0', role: 'region', label: expect.stringMatching(/^(Formula|Table) \d+$/) });
    }
  });

  test('Tab stops on each one that scrolls, and on no other', async ({ page }) => {
    await page.goto('/rmsprop/');
    const stops = await regionsTabbedTo(page);
    await scrollThrough(page);
    const scrolling = (await scrollRegions(page)).filter((r) => r.overflows).map((r) => r.label);
    expect(stops).toEqual(scrolling);
  });
});

test.describe('sections skipped while off screen', () => {
  test('a jump from the contents lands on the heading, and so does a reload with its #hash', async ({ page }) => {
    await page.goto('/rmsprop/');
    const heading = page.getByRole('heading', { level: 2, name: 'How frameworks differ' });
    const headingTop = async () => (await heading.boundingBox())!.y;
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'How frameworks differ' }).click();
    await expect(page).toHaveURL(/#how-frameworks-differ$/);
    await expect.poll(headingTop).toBeGreaterThanOrEqual(-1);
    await expect.poll(headingTop).toBeLessThan(2);
    await page.waitForTimeout(500); // sections above it are laid out by now; it must not have moved
    expect(Math.abs(await headingTop())).toBeLessThan(2);

    await page.reload();
    await expect.poll(headingTop).toBeLessThan(2);
    expect(await headingTop()).toBeGreaterThanOrEqual(-1);
    // The widgets read settings from the hash; a heading's id must not be rewritten into settings.
    await expect(page).toHaveURL(/#how-frameworks-differ$/);
  });

  test('find-in-page reaches text in a section not yet shown and brings it on screen', async ({ page }) => {
    await page.goto('/rmsprop/');
    // window.find (non-standard, so untyped) is Chromium's find-in-page from script; the last section is far off screen.
    const find = (text: string) => (window as unknown as { find(text: string): boolean }).find(text);
    expect(await page.evaluate(find, 'Why Momentum Really Works')).toBe(true);
    const found = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON());
    expect(found.height).toBeGreaterThan(0);
    expect(found.top).toBeGreaterThanOrEqual(0);
    expect(found.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
  });

  test('every widget canvas starts at the size it has with every section laid out', async ({ page }) => {
    await page.goto('/rmsprop/');
    const sizes = () =>
      page.locator('.widget canvas').evaluateAll((canvases) => canvases.map((c) => `${c.clientWidth}×${c.clientHeight}`));
    // Trajectory 1, rates 3, γ 2, the two scenarios 2 each, noise 2, rotation 2.
    await expect(page.locator('.widget canvas')).toHaveCount(14);
    const atStart = await sizes();
    await page.addStyleTag({ content: '.article-section { content-visibility: visible !important }' });
    expect(await sizes()).toEqual(atStart);
    // …and a widget's frame did not shrink to nothing while its section was skipped.
    expect(atStart.every((size) => !size.startsWith('0×'))).toBe(true);
  });
});

test.describe('printing', () => {
  for (const A of ARTICLES) {
    test(`${A.path} prints light, without controls, with each widget's static figure`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(A.path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
      await expect(page.getByRole('button', { name: A.toggle })).toBeHidden();
      await expect(page.getByRole('link', { name: A.language })).toBeHidden();
      for (const controls of await page.locator('.widget-controls').all()) await expect(controls).toBeHidden();
      await expect(page.getByRole('slider')).toHaveCount(0); // hidden ones have no role either
      const widgets = page.locator('.widget');
      expect(await widgets.count()).toBeGreaterThanOrEqual(6);
      for (const widget of await widgets.all()) {
        for (const figure of await widget.locator('.static-figure').all()) await expect(figure).toBeVisible();
        for (const canvas of await widget.locator('canvas').all()) await expect(canvas).toBeHidden();
      }
      await expect(page.locator('.article-section').first()).toHaveCSS('content-visibility', 'visible');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    });
  }
});
