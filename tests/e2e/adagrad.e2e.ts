import { test, expect } from '@playwright/test';
import { canvasDrawn, canvasPictures, startWidget } from './widget-helpers.ts';
import { articleBasics } from './article-basics.ts';

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
  });

  // Formulas, lazy start and drawing, the series, the twin link, 360 px and the page without JavaScript.
  articleBasics({
    name: `AdaGrad article (${L.lang})`, path: L.path, widgets: WIDGETS.map((w) => w.id), title: L.title,
    twin: { url: L.twin, link: L.other }, noNaN: true, leaks: /fmt\(|sci\(|\{lr\}/, startsLazily: true,
    series: async (series) => {
      await expect(series.locator('a[rel="prev"]')).toContainText(L.prev);
      await expect(series.locator('a[rel="next"]')).toContainText(L.next);
    },
  });
}
