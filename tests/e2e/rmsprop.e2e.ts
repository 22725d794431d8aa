import { test, expect, type Page } from '@playwright/test';
import { canvasDrawn, startWidget, watchErrors } from './widget-helpers.ts';
import { articleBasics } from './article-basics.ts';

/**
 * The RMSProp article and its widgets, in both languages, against the built and previewed site.
 * Elements are found by role and label; widgets by their ids only where no role fits (canvas).
 */
// axe runs over the whole page, widgets included, in accessibility.e2e.ts.
const WIDGETS = ['widget-trajectories', 'widget-rates', 'widget-gamma', 'widget-nonstationary', 'widget-sparse', 'widget-noise', 'widget-rotation'];

const LANGS = [
  {
    lang: 'en', path: '/rmsprop/', lr: 'Learning rate η', x: 'Start x', y: 'Start y', fn: 'Function', diverged: /left the plot|diverged/,
    noise: 'Noise σ', seed: 'Seed', rotation: 'Rotation θ', centered: /^Centered/, momentum: 'Momentum μ',
  },
  {
    lang: 'zh', path: '/zh/rmsprop/', lr: '学习率 η', x: '起点 x', y: '起点 y', fn: '函数', diverged: /跑出了图的范围|发散/,
    noise: '噪声 σ', seed: '随机种子', rotation: '旋转角 θ', centered: /^中心化/, momentum: '动量 μ',
  },
] as const;

/** "step 7:" in English, "第 7 步" in Chinese, as the readouts write it. */
const atStep = (t: number) => new RegExp(`(step ${t}:|第 ${t} 步)`);
const readout = (page: Page) => page.locator('#widget-trajectories output[data-readout="rmsprop"]');

for (const L of LANGS) {
  test.describe(`RMSProp article (${L.lang})`, () => {
    test('changes the readout when the learning-rate slider moves by keyboard', async ({ page }) => {
      await page.goto(L.path);
      await startWidget(page, 'widget-trajectories');
      await startWidget(page, 'widget-inspector');
      const before = await readout(page).textContent();
      const slider = page.getByRole('slider', { name: L.lr });
      await slider.focus();
      for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
      await expect(readout(page)).not.toHaveText(before ?? '');
      await expect(page.locator('#widget-inspector')).not.toContainText('NaN');
    });

    test('moves the start point where the plot is clicked', async ({ page }) => {
      await page.goto(L.path);
      await startWidget(page, 'widget-trajectories');
      const canvas = page.locator('#widget-trajectories canvas');
      await canvas.scrollIntoViewIfNeeded();
      const box = (await canvas.boundingBox())!;
      await canvas.click({ position: { x: box.width * 0.7, y: box.height * 0.6 } });
      await expect(page.getByLabel(L.x, { exact: true })).not.toHaveValue('-4');
      const x = Number(await page.getByLabel(L.x, { exact: true }).inputValue());
      expect(x).toBeGreaterThan(0);
      await expect(page.getByLabel(L.y, { exact: true })).not.toHaveValue('4');
    });

    test('says so when a huge learning rate throws the run off, without an error', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(L.path);
      await startWidget(page, 'widget-trajectories');
      await expect(page.getByRole('status').filter({ hasText: L.diverged })).toHaveCount(0);
      await page.getByRole('slider', { name: L.lr }).press('End');
      await expect(page.getByRole('status').filter({ hasText: L.diverged })).toBeVisible();
      await expect(page.locator('#widget-trajectories')).not.toContainText('NaN');
      expect(errors).toEqual([]);
    });

    test('marks the scrubbed or hovered step in every view', async ({ page }) => {
      await page.goto(L.path);
      await startWidget(page, 'widget-inspector');
      await startWidget(page, 'widget-rates');
      await startWidget(page, 'widget-trajectories');
      const heading = page.locator('#widget-inspector [data-field="heading"]');
      // Scrubbing by keyboard: step 1 everywhere.
      const scrubber = page.locator('#widget-trajectories input[type="range"][name="scrub"]');
      await scrubber.focus();
      await scrubber.press('Home');
      await scrubber.press('ArrowRight');
      await expect(readout(page)).toContainText(atStep(1));
      await expect(heading).toHaveText(/\b1\b/);
      // Hovering the curves: the step under the pointer everywhere, until the pointer leaves.
      const curves = page.locator('#widget-rates canvas').first();
      await curves.scrollIntoViewIfNeeded();
      const box = (await curves.boundingBox())!;
      // hover() waits for the canvas to stop moving (smooth scrolling) before it points.
      await curves.hover({ position: { x: box.width * 0.45, y: box.height / 2 } });
      await expect(heading).not.toHaveText(/\b1\b/);
      const hovered = (await heading.textContent())!.match(/\d+/)![0];
      await expect(readout(page)).toContainText(atStep(Number(hovered)));
      await page.mouse.move(1, 1);
      await expect(heading).toHaveText(/\b1\b/);
    });

    test('restores the settings of an old-style shared link', async ({ page }) => {
      await page.goto(`${L.path}#fn=rosenbrock&lr=0.05&gamma=0.99&eps=1e-6&steps=250&x=-1&y=2.5&epsIn=1`);
      await startWidget(page, 'widget-trajectories');
      // The old hash is now the query, and the hash points at the widget.
      expect(await page.evaluate(() => location.search)).toContain('fn=rosenbrock');
      expect(await page.evaluate(() => location.hash)).toBe('#widget-trajectories');
      await expect(page.getByLabel(L.fn, { exact: true })).toHaveValue('rosenbrock');
      await expect(page.getByRole('slider', { name: L.lr })).toHaveAttribute('aria-valuetext', '0.05');
      await expect(page.getByLabel(L.x, { exact: true })).toHaveValue('-1');
      await expect(page.getByLabel(L.y, { exact: true })).toHaveValue('2.5');
      await expect(page.getByRole('radio', { checked: true })).toHaveValue('1');
    });

    test('falls back to the defaults for a hostile link', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${L.path}?fn=__proto__&lr=1e400&gamma=NaN&eps=toString&steps=&x=<script>&y=1e999&epsIn=constructor`);
      await startWidget(page, 'widget-trajectories');
      await expect(page.getByLabel(L.fn, { exact: true })).toHaveValue('wavy');
      await expect(page.getByRole('slider', { name: L.lr })).toHaveAttribute('aria-valuetext', '0.1');
      await expect(page.getByLabel(L.x, { exact: true })).toHaveValue('-4');
      await expect(page.getByLabel(L.y, { exact: true })).toHaveValue('4');
      expect(errors).toEqual([]);
    });

    test('writes the settings back into the query string', async ({ page }) => {
      await page.goto(L.path);
      await startWidget(page, 'widget-trajectories');
      expect(await page.evaluate(() => location.search)).toBe('');
      await page.getByRole('slider', { name: L.lr }).press('ArrowRight');
      await expect.poll(() => page.evaluate(() => location.search)).toMatch(/^\?fn=wavy&lr=0\.10[0-9]*&gamma=0\.9/);
    });

    test('the noise slider and seed change the noisy run, by keyboard, and never show NaN', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(L.path);
      await startWidget(page, 'widget-noise');
      const widget = page.locator('#widget-noise');
      const radius = widget.locator('[data-field="radius"]');
      const variance = widget.locator('[data-field="variance"]');
      await expect(variance).toHaveText('0.25');
      const before = await radius.textContent();
      const slider = page.getByRole('slider', { name: L.noise });
      await slider.focus();
      await slider.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', '2');
      await expect(variance).toHaveText('4');
      await expect(radius).not.toHaveText(before ?? '');
      const atTwo = await radius.textContent();
      await slider.press('Home');
      await expect(variance).toHaveText('0');
      await expect(widget).not.toContainText(/NaN|Infinity/);
      await slider.press('End');
      await expect(radius).toHaveText(atTwo ?? '');
      const seed = page.getByLabel(L.seed, { exact: true });
      await seed.fill('7');
      await seed.press('Enter');
      await expect(radius).not.toHaveText(atTwo ?? '');
      await seed.fill('');
      await seed.press('Enter');
      await expect(seed).toHaveValue('7');
      await seed.fill('123456');
      await seed.press('Enter');
      await expect(seed).toHaveValue('9999');
      await expect(widget).not.toContainText(/NaN|Infinity/);
      expect(await canvasDrawn(page, 'widget-noise')).toBe(true);
      expect(errors).toEqual([]);
    });

    test('the rotation slider turns the bowl: RMSProp arrives sooner on the axes than at 45°', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(L.path);
      await startWidget(page, 'widget-rotation');
      const steps = page.locator('#widget-rotation [data-field="steps"]');
      await expect(steps).toHaveText('77');
      const slider = page.getByRole('slider', { name: L.rotation });
      await expect(slider).toHaveAttribute('aria-valuetext', '45°');
      await slider.focus();
      await slider.press('Home');
      await expect(slider).toHaveAttribute('aria-valuetext', '0°');
      await expect(steps).toHaveText('51');
      await slider.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '1°');
      await expect(page.locator('#widget-rotation output')).toHaveText('1°');
      await slider.press('End');
      await expect(steps).toHaveText('51');
      await expect(page.locator('#widget-rotation')).not.toContainText(/NaN|Infinity/);
      expect(errors).toEqual([]);
    });

    test('the centered checkbox and the momentum slider change RMSProp’s run and survive a reload', async ({ page }) => {
      await page.goto(L.path);
      await startWidget(page, 'widget-trajectories');
      await startWidget(page, 'widget-inspector');
      const adagrad = page.locator('#widget-trajectories output[data-readout="adagrad"]');
      const plain = await readout(page).textContent();
      const adagradBefore = await adagrad.textContent();
      const centered = page.getByRole('checkbox', { name: L.centered });
      await centered.focus();
      await centered.press('Space');
      await expect(centered).toBeChecked();
      await expect(readout(page)).not.toHaveText(plain ?? '');
      await expect(adagrad).toHaveText(adagradBefore ?? '');
      await expect.poll(() => page.evaluate(() => location.search)).toContain('centered=1');
      await expect(page.locator('#widget-inspector table[data-optimizer="rmsprop"] [data-rule="denominator"]')).toHaveText('√(sₜ − ḡₜ²) + ε');
      const centredText = await readout(page).textContent();
      const momentum = page.getByRole('slider', { name: L.momentum });
      await momentum.focus();
      for (let i = 0; i < 5; i++) await momentum.press('ArrowRight');
      await expect(readout(page)).not.toHaveText(centredText ?? '');
      await expect.poll(() => page.evaluate(() => location.search)).toContain('momentum=0.05');
      await expect(page.locator('#widget-inspector table[data-optimizer="rmsprop"] [data-rule="update"]')).toHaveText('Δθ = −η·(μ·bₜ₋₁ + gₜ / (√(sₜ − ḡₜ²) + ε))');
      await expect(page.locator('#widget-inspector')).not.toContainText('NaN');
      const both = await readout(page).textContent();
      await page.reload();
      await startWidget(page, 'widget-trajectories');
      await expect(page.getByRole('checkbox', { name: L.centered })).toBeChecked();
      await expect(page.locator('#widget-trajectories input[data-entry="momentum"]')).toHaveValue('0.05');
      await expect(readout(page)).toHaveText(both ?? '');
      // A preset is a whole setup: the article's run turns both off again.
      await page.locator('#widget-trajectories [data-preset="article"]').click();
      await expect(page.getByRole('checkbox', { name: L.centered })).not.toBeChecked();
      await expect(page.locator('#widget-trajectories input[data-entry="momentum"]')).toHaveValue('0');
      await expect(readout(page)).toHaveText(plain ?? '');
    });

    test('falls back to plain RMSProp for hostile centered and momentum values', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${L.path}?centered=<b>&momentum=1e999`);
      await startWidget(page, 'widget-trajectories');
      await expect(page.getByRole('checkbox', { name: L.centered })).not.toBeChecked();
      await expect(page.locator('#widget-trajectories input[data-entry="momentum"]')).toHaveValue('0');
      await page.goto(`${L.path}?momentum=5`);
      await startWidget(page, 'widget-trajectories');
      await expect(page.locator('#widget-trajectories input[data-entry="momentum"]')).toHaveValue('0.99');
      await expect(page.locator('#widget-trajectories')).not.toContainText('NaN');
      expect(errors).toEqual([]);
    });
  });

  // Formulas, lazy start and drawing, the comparison table, 360 px and the page without JavaScript.
  articleBasics({
    name: `RMSProp article (${L.lang})`, path: L.path, widgets: WIDGETS, startsLazily: true,
    extra: async (page) => {
      const table = page.getByRole('table').filter({ has: page.getByRole('link', { name: /./ }).and(page.locator('[href="#widget-sparse"]')) });
      await expect(table).toHaveCount(1);
      await expect(table.getByRole('columnheader', { name: 'RMSProp' })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'AdaGrad' })).toBeVisible();
    },
    extraStatic: async (page) => {
      await test.step('the figures say in words what they draw', async () => {
        await expect(page.locator('#widget-trajectories svg path').first()).toBeAttached();
        await expect(page.locator('#widget-trajectories svg path.static-chart-line')).toHaveCount(2);
        // The new figures say in words what they draw: the default σ's numbers, the angle's step counts.
        await expect(page.locator('#widget-noise figcaption .static-only')).toContainText('0.25');
        await expect(page.locator('#widget-noise .static-figure svg path.static-chart-line')).toHaveCount(5);
        await expect(page.locator('#widget-rotation figcaption .static-only')).toContainText('77');
        await expect(page.locator('#widget-rotation figcaption .static-only')).toContainText('51');
      });
      await test.step('says nothing about controls it does not show, and draws what its legends list', async () => {
        for (const caption of await page.locator('figcaption .static-only').allTextContents()) {
          expect(caption).not.toMatch(/\b(slide|drag|click|press|slider|play)\b|拖动|滑块|点击|播放/i);
        }
        const labels = (await page.locator('.static-figure svg text').allTextContents()).join(' ');
        expect(labels).not.toMatch(/Infinity|NaN|∞|undefined/);
        // The trajectory's legend lists the start point (×), so its static figure draws one.
        await expect(page.locator('#widget-trajectories .widget-legend .swatch-cross')).toHaveCount(1);
        await expect(page.locator('#widget-trajectories .static-figure .static-chart-start')).toHaveCount(1);
      });
      await test.step('keeps every tick label and axis title of a figure clear of the others', async () => {
        const overlaps = await page.locator('svg.static-chart').evaluateAll((svgs) => svgs.flatMap((svg) => {
          const boxes = [...svg.querySelectorAll('.static-chart-ticks text')]
            .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() })).filter((b) => b.r.width > 0);
          const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => hit(a.r, b.r)).map((b) => `${svg.closest('.widget')?.id}: ${a.text} × ${b.text}`));
        }));
        expect(overlaps).toEqual([]);
      });
    },
  });
}
