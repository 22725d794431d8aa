import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPagePaths } from './site-pages.ts';
import { startAllWidgets } from './widget-helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of allPagePaths()) {
    test(`axe finds no violation on ${path} in ${colorScheme}`, async ({ page }) => {
      test.slow(); // axe over a long article with many formulas takes a while on two cores
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      // Widgets start near the viewport: start them all, so axe checks what readers use.
      await startAllWidgets(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(TAGS)
        // KaTeX's visual HTML is aria-hidden (the MathML beside it is what is read) and takes its
        // colour from the text around it, which axe does check; skipping it saves a third of the time.
        .exclude('.katex-html')
        .analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
