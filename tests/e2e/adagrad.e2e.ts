import { test, expect } from '@playwright/test';
import { canvasDrawn, canvasPictures, startWidget, watchErrors } from './widget-helpers.ts';

/** The AdaGrad article and its two widgets, in both languages, against the built and previewed site. */
const WIDGETS = [
  { id: 'widget-adagrad-accumulator', readout: 'rate-x' },
  { id: 'widget-adagrad-sparse', readout: 'rare-adagrad' },
] as const;

const LANGS = [
  { lang: 'en', path: '/adagrad/', twin: /\/zh\/adagrad\/$/, other: '中文', lr: 'Learning rate η', g0: 'Initial accumulator G₀',
    period: 'Rare feature every k steps', epsIn: /ε inside the root/,
    prev: /Momentum/, next: /RMSProp/, title: 'AdaGrad: a step size for every coordinate' },
  { lang: 'zh', path: '/zh/adagrad/', twin: /\/adagrad\/$/, other: 'English', lr: '学习率 η', g0: '累积量初值 G₀',
    period: '稀有特征出现间隔 k', epsIn: /ε 放进根号/,
    prev: /动量/, next: /RMSProp/, title: 'AdaGrad：每个坐标各有各的学习率' },
] as const;

for (const L of LANGS) {
  test.describe(`AdaGrad article (${L.lang})`, () => {
    test('typesets every formula without a KaTeX error', async ({ page }) => {
      await page.goto(L.path);
      await expect(page.locator('.katex').first()).toBeVisible();
      await expect(page.locator('.katex-error')).toHaveCount(0);
      await expect(page.locator('article')).not.toContainText('NaN');
      await expect(page.locator('article')).not.toContainText(/fmt\(|sci\(|\{lr\}/);
    });

    test('widgets start near the viewport, not at load, with no form control before, and draw', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(L.path);
      for (const { id } of WIDGETS) {
        expect(await page.locator(`#${id}`).evaluate((el) => el.matches(':defined')), id).toBe(false);
        await expect(page.locator(`#${id} input`)).toHaveCount(0);
      }
      for (const { id } of WIDGETS) {
        await startWidget(page, id);
        await expect.poll(() => canvasDrawn(page, id), { message: id }).toBe(true);
        await expect(page.locator(`#${id} input[type="range"]`).first()).toBeVisible();
      }
      expect(errors).toEqual([]);
    });

    test('the accumulator widget: η, G₀ and the ε switch change the plots and readouts, never NaN', async ({ page }) => {
      await page.goto(L.path);
      const { id, readout } = WIDGETS[0];
      await startWidget(page, id);
      await expect.poll(() => canvasDrawn(page, id)).toBe(true);
      const widget = page.locator(`#${id}`);
      const before = await canvasPictures(page);
      const text = await widget.locator(`[data-field="${readout}"]`).textContent();
      const lr = widget.getByRole('slider', { name: L.lr });
      await lr.focus();
      for (let i = 0; i < 10; i++) await lr.press('ArrowLeft');
      await expect.poll(() => canvasPictures(page)).not.toEqual(before);
      await expect(widget.locator(`[data-field="${readout}"]`)).not.toHaveText(text ?? '');
      const mid = await canvasPictures(page);
      await widget.getByRole('spinbutton', { name: L.g0 }).fill('2');
      await widget.getByRole('spinbutton', { name: L.g0 }).press('Enter');
      await expect.poll(() => canvasPictures(page)).not.toEqual(mid);
      const checked = await canvasPictures(page);
      await widget.getByRole('checkbox', { name: L.epsIn }).check();
      await widget.getByRole('spinbutton', { name: 'ε', exact: true }).fill('1');
      await widget.getByRole('spinbutton', { name: 'ε', exact: true }).press('Enter');
      await expect.poll(() => canvasPictures(page)).not.toEqual(checked);
      // The extremes and junk: no NaN anywhere in the widget.
      for (const value of ['0', '1e9', '']) {
        await widget.getByRole('spinbutton', { name: L.lr }).fill(value);
        await widget.getByRole('spinbutton', { name: L.lr }).press('Enter');
        await expect(widget).not.toContainText('NaN');
      }
    });

    test('the sparse widget: k changes the plots and the readout', async ({ page }) => {
      await page.goto(L.path);
      const { id, readout } = WIDGETS[1];
      await startWidget(page, id);
      await expect.poll(() => canvasDrawn(page, id)).toBe(true);
      const widget = page.locator(`#${id}`);
      const before = await canvasPictures(page);
      const text = await widget.locator(`[data-field="${readout}"]`).textContent();
      const period = widget.getByRole('slider', { name: L.period });
      await period.focus();
      for (let i = 0; i < 15; i++) await period.press('ArrowRight');
      await expect.poll(() => canvasPictures(page)).not.toEqual(before);
      await expect(widget.locator(`[data-field="${readout}"]`)).not.toHaveText(text ?? '');
      await period.fill('1');
      await expect(widget).not.toContainText('NaN');
    });

    test('links its twin and sits between Momentum and RMSProp in the series', async ({ page }) => {
      await page.goto(L.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.title);
      const series = page.locator('.series-nav');
      await expect(series.locator('a[rel="prev"]')).toContainText(L.prev);
      await expect(series.locator('a[rel="next"]')).toContainText(L.next);
      await page.getByRole('link', { name: L.other, exact: true }).first().click();
      await expect(page).toHaveURL(L.twin);
    });
  });

  test.describe(`AdaGrad article at 360 px (${L.lang})`, () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('has no horizontal overflow, before and after the widgets start', async ({ page }) => {
      await page.goto(L.path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      for (const { id } of WIDGETS) await startWidget(page, id);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  });

  test.describe(`AdaGrad article without JavaScript (${L.lang})`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the build-time figures and no controls', async ({ page }) => {
      await page.goto(L.path);
      for (const { id } of WIDGETS) {
        await expect(page.locator(`#${id} .static-figure svg`).first()).toBeVisible();
        await expect(page.locator(`#${id} input`)).toHaveCount(0);
      }
      await expect(page.locator('.katex').first()).toBeVisible();
    });
  });
}
