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
      const axe = new AxeBuilder({ page })
        .withTags(TAGS)
        // KaTeX's visual HTML is aria-hidden (the MathML beside it is what is read) and takes its
        // colour from the text around it, which axe does check; skipping it saves a third of the time.
        .exclude('.katex-html');
      // "Content sits in landmarks" does not depend on the theme and is half of axe's time on a long
      // article (12 of 23 s on /rmsprop/): the light pass checks it, the dark pass every other rule.
      if (colorScheme === 'dark') axe.disableRules(['region']);
      const { violations } = await axe.analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

// The playground's states that the pages above do not show: an error in the formula, a schedule's
// parameters, six racers and the PyTorch code open.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/playground/', '/zh/playground/']) {
    test(`axe finds no violation on ${path} in ${colorScheme} with an error, a schedule, six racers and the code open`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await startAllWidgets(page);
      const widget = page.locator('#playground');
      await widget.locator('select[name="schedule"]').selectOption('warmupCosine');
      for (let n = 0; n < 3; n++) await widget.locator('[data-action="add"]').click();
      await widget.locator('details.torch-code summary').click();
      await widget.locator('input[name="formula"]').fill('sin(x) ** 2');
      await widget.locator('input[name="formula"]').press('Enter');
      await expect(widget.locator('.playground-function [role="alert"]')).not.toBeEmpty();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).include('#playground').analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
