import { test, expect } from '@playwright/test';
import { canvasPictures, startAllWidgets, startWidget, watchErrors } from './widget-helpers.ts';

/**
 * What the widget kit promises every widget, checked on the built site: code that loads only near
 * the viewport, charts that follow the theme, one number style, settings that survive links,
 * reloads and the language switch, Play in a fixed time, and controls that fit a phone.
 */

test.describe('loading', () => {
  test('loads no widget code or Chart.js until a widget comes near, and shows its figure until then', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/rmsprop/');
    await page.waitForLoadState('networkidle');
    const chartCode = (list: string[]) => list.filter((s) => /chart-widget|trajectory\.|chart\.js/.test(s));
    expect(chartCode(scripts)).toEqual([]);
    await expect(page.locator('#widget-trajectories .static-figure svg')).toBeVisible();
    await expect(page.locator('#widget-trajectories')).not.toHaveClass(/is-live/);

    await startWidget(page, 'widget-trajectories');
    await expect(page.locator('#widget-trajectories')).toHaveClass(/is-live/);
    await expect(page.locator('#widget-trajectories canvas')).toBeVisible();
    expect(chartCode(scripts).length).toBeGreaterThan(0);
  });

  // Chromium styles and lays out every section that holds an <input> or <select> at load, whether
  // content-visibility skips it or not: the controls wait in inert templates until their widget starts.
  test('puts no form control in the page until its widget starts, and each one’s slot holds its exact place', async ({ browser }) => {
    for (const width of [1280, 360]) {
      const boxes = async (start: boolean) => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        if (!start) await page.route(/astro_type_script/, (route) => (route.request().url().includes('ThemeToggle') ? route.continue() : route.abort()));
        await page.goto('/rmsprop/');
        if (start) await startAllWidgets(page);
        else expect(await page.locator('.prose :is(input, select, textarea)').count()).toBe(0);
        const found = await page.evaluate(`(() => {
          document.querySelectorAll('.article-section').forEach((s) => { s.style.contentVisibility = 'visible'; });
          return [...document.querySelectorAll('.widget')].flatMap((widget) => {
            const top = widget.getBoundingClientRect().top;
            return [...widget.querySelectorAll('.widget-controls, .widget-controls > *, figcaption')].map((e) => {
              const r = e.getBoundingClientRect();
              return widget.id + ' ' + e.className + ' ' + [r.left, r.top - top, r.width, r.height].map(Math.round).join(',');
            });
          });
        })()`);
        const controls = await page.locator('.prose :is(input, select)').count();
        await page.close();
        return { found, controls };
      };
      const before = await boxes(false);
      const after = await boxes(true);
      expect(after.controls).toBeGreaterThan(15);
      expect(after.found, `${width} px`).toEqual(before.found);
    }
  });

  test('does not shift the layout when widgets start', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/rmsprop/');
    await startAllWidgets(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.02);
  });
});

test.describe('theme', () => {
  for (const path of ['/rmsprop/', '/ewma/']) {
    test(`every chart on ${path} looks after a theme switch exactly as on a fresh page in that theme`, async ({ browser }) => {
      const fresh = async (scheme: 'light' | 'dark') => {
        const page = await browser.newPage({ colorScheme: scheme });
        await page.goto(path);
        await startAllWidgets(page);
        return page;
      };
      const switched = await fresh('light');
      const errors = watchErrors(switched);
      const before = await canvasPictures(switched);
      await switched.getByRole('button', { name: /dark|深色/i }).click();
      await expect(switched.locator('html')).toHaveAttribute('data-theme', 'dark');
      const after = await canvasPictures(switched);
      const dark = await fresh('dark');
      const reference = await canvasPictures(dark);
      expect(after.length).toBeGreaterThan(0);
      after.forEach((picture, i) => {
        expect(picture, `${picture.split(':')[0]} canvas ${i}`).not.toBe(before[i]);
        expect(picture === reference[i], `${picture.split(':')[0]} canvas ${i} matches a fresh dark page`).toBe(true);
      });
      expect(errors).toEqual([]);
      await switched.close();
      await dark.close();
    });
  }
});

test('charts follow a change of the system setting too', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'light' });
  await page.goto('/rmsprop/');
  await startWidget(page, 'widget-gamma');
  const before = await canvasPictures(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const reference = await browser.newPage({ colorScheme: 'dark' });
  await reference.goto('/rmsprop/');
  await startWidget(reference, 'widget-gamma');
  const gamma = (pictures: string[]) => pictures.filter((p) => p.startsWith('widget-gamma'));
  expect(gamma(await canvasPictures(page))).not.toEqual(gamma(before));
  expect(gamma(await canvasPictures(page))).toEqual(gamma(await canvasPictures(reference)));
  await page.close();
  await reference.close();
});

test.describe('numbers', () => {
  test('use one style: real minus signs, no e-notation, nothing below 1e-12 of the scale, no break inside a number', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/rmsprop/');
    const ids = await startAllWidgets(page);
    for (const id of ids) {
      const text = (await page.locator(`#${id}`).innerText()).replace(/[a-z]+-[a-z]+/gi, '');
      expect(text, id).not.toMatch(/\de[+-]?\d/);
      expect(text, id).not.toMatch(/NaN|Infinity/);
      expect(text, id).not.toMatch(/(^|[\s(=,:])-\d/m);
    }
    // The wavy run settles at y ≈ 1e-20: the readout says 0, not 4.9e-20.
    await expect(page.locator('#widget-trajectories output[data-readout="rmsprop"]')).toContainText('(−1.3, 0)');
    // In the step table a line may break between numbers and operators, never inside a number.
    const broken = await page.locator('#widget-inspector td .num').evaluateAll((spans) =>
      spans.filter((span) => new Set([...span.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((s) => s.textContent));
    expect(broken).toEqual([]);
  });
});

test.describe('settings in the link', () => {
  const lr = (page: import('@playwright/test').Page) => page.locator('#widget-trajectories input[data-entry="lr"]');

  test('survive a contents link, a reload and the language switch, and a link scrolls to its widget', async ({ page }) => {
    await page.goto('/rmsprop/?lr=0.5&gamma=0.99');
    // The link carries settings, so the page opens at the widget, which starts.
    await startWidget(page, 'widget-trajectories');
    const top = await page.locator('#widget-trajectories').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
    await expect(lr(page)).toHaveValue('0.5');

    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(2).click();
    await expect(page).toHaveURL(/\?lr=0\.5&gamma=0\.99#/);
    await page.reload();
    await startWidget(page, 'widget-trajectories');
    await expect(lr(page)).toHaveValue('0.5');

    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/rmsprop\/\?lr=0\.5&gamma=0\.99/);
    await startWidget(page, 'widget-trajectories');
    await expect(lr(page)).toHaveValue('0.5');
    await expect(page.locator('#widget-trajectories input[data-entry="gamma"]')).toHaveValue('0.99');
  });

  test('a changed setting goes into the query, and Copy link copies exactly this setup', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/rmsprop/');
    await startWidget(page, 'widget-trajectories');
    await lr(page).fill('0.3');
    await lr(page).press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('lr=0.3');
    await page.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(page.locator('#widget-trajectories .widget-copy-status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/rmsprop\/\?fn=wavy&lr=0\.3&.*#widget-trajectories$/);
  });

  test('presets set the widget to the article’s cases', async ({ page }) => {
    await page.goto('/rmsprop/');
    await startWidget(page, 'widget-trajectories');
    const sign = page.getByRole('button', { name: 'γ → 0 is sign descent' });
    await sign.click();
    await expect(sign).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#widget-trajectories input[data-entry="gamma"]')).toHaveValue('0');
    await expect(page.getByRole('button', { name: 'The article’s run' })).toHaveAttribute('aria-pressed', 'false');
    await page.getByRole('button', { name: 'The article’s run' }).click();
    await expect(page.locator('#widget-trajectories input[data-entry="gamma"]')).toHaveValue('0.9');
  });
});

test.describe('Play', () => {
  const playFor = async (page: import('@playwright/test').Page, query: string, speed?: string) => {
    await page.goto(`/rmsprop/${query}`);
    await startWidget(page, 'widget-trajectories');
    if (speed) await page.locator('#widget-trajectories select[name="speed"]').selectOption(speed);
    const play = page.locator('#widget-trajectories [data-action="play"]');
    const started = Date.now();
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await expect(play).toHaveAttribute('aria-pressed', 'false', { timeout: 20_000 });
    return Date.now() - started;
  };

  test('plays 500 steps in 8 s, however slow the drawing', async ({ page }) => {
    test.slow();
    const ms = await playFor(page, '?steps=500');
    expect(ms).toBeGreaterThan(7000);
    expect(ms).toBeLessThan(9000);
  });

  test('plays 100 steps in 4 s, and four times faster at 4×', async ({ page }) => {
    const ms = await playFor(page, '?steps=100', '4');
    expect(ms).toBeGreaterThan(700);
    expect(ms).toBeLessThan(2000);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('puts labels above full-width sliders, with thumb-sized buttons and targets and typed entry', async ({ page }) => {
    await page.goto('/rmsprop/');
    await startWidget(page, 'widget-trajectories');
    const widget = page.locator('#widget-trajectories');
    for (const button of await widget.getByRole('button').all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    for (const radio of await widget.getByRole('radio').all()) {
      const box = (await radio.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    const label = (await widget.locator('label[for="widget-trajectories-lr"]').boundingBox())!;
    const slider = (await widget.locator('#widget-trajectories-lr').boundingBox())!;
    expect(label.y + label.height).toBeLessThanOrEqual(slider.y + 1);
    expect(slider.width).toBeGreaterThan(180);
    for (const name of ['lr', 'gamma', 'steps']) await expect(widget.locator(`input[data-entry="${name}"]`)).toBeVisible();
  });
});
