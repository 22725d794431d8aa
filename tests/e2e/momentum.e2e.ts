import { test, expect } from '@playwright/test';
import { canvasDrawn, canvasPictures, startWidget, watchErrors } from './widget-helpers.ts';
import { articleBasics } from './article-basics.ts';

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
  });

  // Formulas, lazy start and drawing, the series, the twin link, 360 px (the three-way race
  // included) and the page without JavaScript.
  articleBasics({
    name: `Momentum article (${L.lang})`, path: L.path, widgets: WIDGETS, title: L.title,
    twin: { url: L.twin, link: L.other }, noNaN: true, leaks: /fmt\(|lrSafe|\{kappa\}/, startsLazily: true,
    series: async (series) => {
      await expect(series.locator('a[rel="prev"]')).toContainText(L.prev);
      await expect(series.locator('a[rel="next"]')).toContainText(L.next);
      const items = await series.locator('.series-list li').allTextContents();
      const at = (re: RegExp) => items.findIndex((t) => re.test(t));
      expect(at(/指数加权平均|Exponentially/)).toBeLessThan(at(/动量|Momentum/));
      expect(at(/动量|Momentum/)).toBeLessThan(at(/RMSProp/));
    },
  });
}
