import { test, expect } from '@playwright/test';
import { canvasDrawn, canvasPictures, startWidget, watchErrors } from './widget-helpers.ts';

/** The Momentum article and its three widgets, in both languages, against the built and previewed site. */
const WIDGETS = ['widget-momentum-race', 'widget-momentum-roots', 'widget-momentum-nesterov'];
/** The two with κ sliders. */
const BOWL_WIDGETS = WIDGETS.slice(0, 2);
const NESTEROV = 'widget-momentum-nesterov';

const LANGS = [
  { lang: 'en', path: '/momentum/', twin: /\/zh\/momentum\/$/, other: '中文', kappa: 'Condition number κ', mu: 'Momentum μ',
    lr: 'Learning rate η', step: 'Step', rewind: 'Back to step 0', play: 'Play', atStep: /at step 1$/,
    prev: 'Exponentially weighted averages', next: /AdaGrad/, title: 'Momentum: a heavy ball in a long valley' },
  { lang: 'zh', path: '/zh/momentum/', twin: /\/momentum\/$/, other: 'English', kappa: '条件数 κ', mu: '动量 μ',
    lr: '学习率 η', step: '单步', rewind: '回到第 0 步', play: '播放', atStep: /^第 1 步/,
    prev: '指数加权平均', next: /AdaGrad/, title: '动量：狭长山谷里的重球' },
] as const;

for (const L of LANGS) {
  test.describe(`Momentum article (${L.lang})`, () => {
    test('typesets every formula without a KaTeX error', async ({ page }) => {
      await page.goto(L.path);
      await expect(page.locator('.katex').first()).toBeVisible();
      await expect(page.locator('.katex-error')).toHaveCount(0);
      await expect(page.locator('article')).not.toContainText('NaN');
      // A {expression} inside $…$ would be typeset as TeX instead of evaluated.
      await expect(page.locator('article')).not.toContainText(/fmt\(|lrSafe|\{kappa\}/);
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

    test('the κ and μ sliders change the plots, and nothing reads NaN', async ({ page }) => {
      await page.goto(L.path);
      for (const id of BOWL_WIDGETS) {
        await startWidget(page, id);
        await expect.poll(() => canvasDrawn(page, id)).toBe(true);
        const widget = page.locator(`#${id}`);
        const before = await canvasPictures(page);
        const readout = await widget.locator('[data-field="heavy"]').textContent();
        const mu = widget.getByRole('slider', { name: L.mu });
        await mu.focus();
        for (let i = 0; i < 10; i++) await mu.press('ArrowLeft');
        await expect.poll(() => canvasPictures(page)).not.toEqual(before);
        await expect(widget.locator('[data-field="heavy"]')).not.toHaveText(readout ?? '');
        const kappa = widget.getByRole('slider', { name: L.kappa });
        const mid = await canvasPictures(page);
        await kappa.fill('3');
        await expect.poll(() => canvasPictures(page)).not.toEqual(mid);
        // The extremes: no NaN anywhere in the widget.
        for (const value of ['0', '3']) {
          await kappa.fill(value);
          await mu.fill(value === '0' ? '0' : '0.99');
          await expect(widget).not.toContainText('NaN');
        }
        await widget.getByRole('spinbutton', { name: L.kappa }).fill('');
        await widget.getByRole('spinbutton', { name: L.kappa }).press('Enter');
        await expect(widget).not.toContainText('NaN');
      }
    });

    test('three-way race: η changes all three runs and readouts, μ only the momentum ones, from the keyboard', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(L.path);
      await startWidget(page, NESTEROV);
      await expect.poll(() => canvasDrawn(page, NESTEROV)).toBe(true);
      const widget = page.locator(`#${NESTEROV}`);
      const readouts = () => widget.locator('[data-field$="-gap"]').allTextContents();
      const settled = () => widget.locator('[data-field$="-steps"]').allTextContents();
      const before = { pictures: await canvasPictures(page), gaps: await readouts(), settled: await settled() };
      expect(before.gaps).toHaveLength(3);
      const lr = widget.getByRole('slider', { name: L.lr });
      await lr.focus();
      for (let i = 0; i < 5; i++) await lr.press('ArrowLeft');
      await expect.poll(() => canvasPictures(page)).not.toEqual(before.pictures);
      const afterLr = await readouts();
      afterLr.forEach((text, k) => expect(text, `readout ${k}`).not.toBe(before.gaps[k]));
      expect(await settled()).not.toEqual(before.settled);
      const mu = widget.getByRole('slider', { name: L.mu });
      await mu.focus();
      for (let i = 0; i < 10; i++) await mu.press('ArrowLeft');
      await expect.poll(readouts).not.toEqual(afterLr);
      const afterMu = await readouts();
      expect(afterMu[0]).toBe(afterLr[0]); // plain descent has no μ
      // Playback from the keyboard: back to step 0, then one step.
      await widget.getByRole('button', { name: L.rewind }).focus();
      await page.keyboard.press('Enter');
      await expect(widget.locator('output[for$="-scrub"]')).toHaveText('0 / 100');
      await widget.getByRole('button', { name: L.step, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(widget.locator('output[for$="-scrub"]')).toHaveText('1 / 100');
      for (const text of await readouts()) expect(text).toMatch(L.atStep);
      // Junk typed into η changes nothing and reads no NaN.
      await widget.getByRole('spinbutton', { name: L.lr }).fill('');
      await widget.getByRole('spinbutton', { name: L.lr }).press('Enter');
      await expect(widget).not.toContainText('NaN');
      expect(errors).toEqual([]);
    });

    test('three-way race fits a 360 px phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(L.path);
      await startWidget(page, NESTEROV);
      await expect.poll(() => canvasDrawn(page, NESTEROV)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const box = await page.locator(`#${NESTEROV}`).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    });

    test('links its twin and sits between EWMA and RMSProp in the series', async ({ page }) => {
      await page.goto(L.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.title);
      const series = page.locator('.series-nav');
      await expect(series.locator('a[rel="prev"]')).toContainText(L.prev);
      await expect(series.locator('a[rel="next"]')).toContainText(L.next);
      const items = await series.locator('.series-list li').allTextContents();
      const at = (re: RegExp) => items.findIndex((t) => re.test(t));
      expect(at(/指数加权平均|Exponentially/)).toBeLessThan(at(/动量|Momentum/));
      expect(at(/动量|Momentum/)).toBeLessThan(at(/RMSProp/));
      await page.getByRole('link', { name: L.other, exact: true }).first().click();
      await expect(page).toHaveURL(L.twin);
    });
  });

  test.describe(`Momentum article without JavaScript (${L.lang})`, () => {
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
