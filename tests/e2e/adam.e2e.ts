import { test, expect } from '@playwright/test';
import { canvasDrawn, canvasPictures, startWidget } from './widget-helpers.ts';
import { articleBasics } from './article-basics.ts';

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
  });

  // Formulas, lazy start and drawing, the series' end, the twin link, 360 px and the page without JavaScript.
  articleBasics({
    name: `Adam article (${L.lang})`, path: L.path, widgets: WIDGETS, title: L.title, phoneHeight: 800,
    twin: { url: L.twin, link: L.other }, noNaN: true, leaks: /fmt\(|sci\(|\{lambda\}/, startsLazily: true,
    series: async (series) => {
      await expect(series.locator('a[rel="prev"]')).toContainText(L.prev);
      await expect(series.locator('a[rel="next"]')).toHaveCount(0);
      const items = await series.locator('.series-list li').allTextContents();
      expect(items[items.length - 1]).toMatch(/Adam/);
    },
  });
}
