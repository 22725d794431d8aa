import { test, expect } from '@playwright/test';
import { allPagePaths } from './site-pages.ts';

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of allPagePaths()) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  for (const path of ['/ewma/', '/zh/ewma/']) {
    test(`${path} shows its text, math and a static figure`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Every formula is typeset and laid out (KaTeX's HTML, not raw TeX).
      const formulas = page.locator('.katex-html');
      expect(await formulas.count()).toBeGreaterThan(10);
      for (const formula of await formulas.all()) {
        const box = await formula.boundingBox();
        expect(box && box.width > 0 && box.height > 0).toBe(true);
      }
      await expect(page.getByRole('region', { name: /^(Formula|公式) 1$/ }).first()).toBeVisible();
      await expect(page.getByRole('table')).toBeVisible();
      // The chart's stand-in: an SVG figure drawn at build time, with its caption.
      await expect(page.locator('svg.static-chart')).toBeVisible();
      await expect(page.locator('canvas')).toBeHidden();
      await expect(page.getByRole('slider')).toBeHidden();
      await expect(page.locator('figcaption .static-only')).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }
});
