import { test, expect } from '@playwright/test';
import { canvasDrawn, canvasPictures, startWidget, watchErrors } from './widget-helpers.ts';

/** The Adam article, the series' last, and its widgets, in both languages, against the built and previewed site. */
const WIDGETS = ['widget-adam-bias', 'widget-adam-race', 'widget-adamw-decay'];

const LANGS = [
  { lang: 'en', path: '/adam/', twin: /\/zh\/adam\/$/, other: '中文', beta2: 'Squared-gradient decay β₂', decay: 'Weight decay λ',
    prev: /RMSProp/, title: 'Adam and AdamW: two averages and a correction' },
  { lang: 'zh', path: '/zh/adam/', twin: /\/adam\/$/, other: 'English', beta2: '梯度平方衰减率 β₂', decay: '权重衰减 λ',
    prev: /RMSProp/, title: 'Adam 与 AdamW：两个平均加一个修正' },
] as const;

for (const L of LANGS) {
  test.describe(`Adam article (${L.lang})`, () => {
    test('typesets every formula without a KaTeX error', async ({ page }) => {
      await page.goto(L.path);
      await expect(page.locator('.katex').first()).toBeVisible();
      await expect(page.locator('.katex-error')).toHaveCount(0);
      await expect(page.locator('article')).not.toContainText('NaN');
      // A {expression} inside $…$ would be typeset as TeX instead of evaluated.
      await expect(page.locator('article')).not.toContainText(/fmt\(|sci\(|\{lambda\}/);
    });

    test('widgets start near the viewport, not at load, and draw', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(L.path);
      for (const id of WIDGETS) {
        expect(await page.locator(`#${id}`).evaluate((el) => el.matches(':defined')), id).toBe(false);
      }
      for (const id of WIDGETS) {
        await startWidget(page, id);
        await expect.poll(() => canvasDrawn(page, id), { message: id }).toBe(true);
      }
      expect(errors).toEqual([]);
    });

    test('the β₂ slider changes the bias-correction plot and its readout; extremes read no NaN', async ({ page }) => {
      await page.goto(L.path);
      const id = 'widget-adam-bias';
      await startWidget(page, id);
      await expect.poll(() => canvasDrawn(page, id)).toBe(true);
      const widget = page.locator(`#${id}`);
      const before = await canvasPictures(page);
      const readout = await widget.locator('[data-field="first"]').textContent();
      const beta2 = widget.getByRole('slider', { name: L.beta2 });
      await beta2.focus();
      for (let i = 0; i < 10; i++) await beta2.press('ArrowLeft');
      await expect.poll(() => canvasPictures(page)).not.toEqual(before);
      await expect(widget.locator('[data-field="first"]')).not.toHaveText(readout ?? '');
      for (const value of ['0.9', '0.9999', '']) {
        await widget.getByRole('spinbutton', { name: L.beta2 }).fill(value);
        await widget.getByRole('spinbutton', { name: L.beta2 }).press('Enter');
        await expect(widget).not.toContainText('NaN');
      }
    });

    test('the weight-decay slider moves the two paths apart, and λ = 0 makes them one', async ({ page }) => {
      await page.goto(L.path);
      const id = 'widget-adamw-decay';
      await startWidget(page, id);
      await expect.poll(() => canvasDrawn(page, id)).toBe(true);
      const widget = page.locator(`#${id}`);
      const before = await canvasPictures(page);
      const l2 = await widget.locator('[data-field="l2"]').textContent();
      const decay = widget.getByRole('slider', { name: L.decay });
      await decay.focus();
      for (let i = 0; i < 5; i++) await decay.press('ArrowRight');
      await expect.poll(() => canvasPictures(page)).not.toEqual(before);
      await expect(widget.locator('[data-field="l2"]')).not.toHaveText(l2 ?? '');
      const entry = widget.getByRole('spinbutton', { name: L.decay });
      await entry.fill('0');
      await entry.press('Enter');
      await expect(widget.locator('[data-field="decoupled"]')).toHaveText((await widget.locator('[data-field="l2"]').textContent()) ?? '');
      for (const value of ['1', '-5', '']) {
        await entry.fill(value);
        await entry.press('Enter');
        await expect(widget).not.toContainText('NaN');
      }
    });

    test('links its twin and ends the series: a previous article, no next', async ({ page }) => {
      await page.goto(L.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.title);
      const series = page.locator('.series-nav');
      await expect(series.locator('a[rel="prev"]')).toContainText(L.prev);
      await expect(series.locator('a[rel="next"]')).toHaveCount(0);
      const items = await series.locator('.series-list li').allTextContents();
      expect(items[items.length - 1]).toMatch(/Adam/);
      await page.getByRole('link', { name: L.other, exact: true }).first().click();
      await expect(page).toHaveURL(L.twin);
    });

    test('fits a 360 px screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(L.path);
      for (const id of WIDGETS) await startWidget(page, id);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  test.describe(`Adam article without JavaScript (${L.lang})`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the build-time figures and no controls', async ({ page }) => {
      await page.goto(L.path);
      for (const id of WIDGETS) {
        await expect(page.locator(`#${id} .static-figure svg`).first()).toBeVisible();
        await expect(page.locator(`#${id} input`)).toHaveCount(0);
      }
      await expect(page.locator('.katex').first()).toBeVisible();
    });
  });
}
