import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPagePaths } from './site-pages.ts';
import { startAllWidgets } from './widget-helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules among TAGS whose outcome depends on colours, so on the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's findings as readable lines, so a failure lists them. */
const summarise = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

// One load per page for both themes: the page opens in light, its widgets start once, then the
// system setting turns dark, which the page follows live (theme.ts), as a reader's switch does.
// Nothing outside the canvases takes its colour from script, so the switched page is styled exactly
// as a fresh dark one (widget-kit.e2e.ts checks the canvases match a fresh dark page).
for (const path of allPagePaths()) {
  test(`axe finds no violation on ${path} in light and dark`, async ({ page }) => {
    test.slow(); // axe over a long article with many formulas takes a while on two cores
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // Widgets start near the viewport: start them all, so axe checks what readers use.
    await startAllWidgets(page);
    // KaTeX's visual HTML is aria-hidden (the MathML beside it is what is read) and takes its
    // colour from the text around it, which axe does check; skipping it saves a third of the time.
    const axe = () => new AxeBuilder({ page }).withTags(TAGS).exclude('.katex-html');
    await test.step('light', async () => {
      expect(summarise((await axe().analyze()).violations)).toEqual([]);
    });
    // Dark mode changes colours only (tokens.css, global.css: custom properties, color, background)
    // and the toggle's aria-pressed. So the light pass runs every rule, "content sits in landmarks"
    // included (half of axe's time on a long article); the dark pass runs the rules that read colours
    // over the page, and every rule but that one over the site header, where the toggle is.
    await test.step('dark', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(summarise((await axe().withRules(COLOUR_RULES).analyze()).violations)).toEqual([]);
      const header = new AxeBuilder({ page }).withTags(TAGS).disableRules(['region']).include('.site-header');
      expect(summarise((await header.analyze()).violations)).toEqual([]);
    });
  });
}

// The playground's states that the pages above do not show: an error in the formula, a schedule's
// parameters, six racers and the PyTorch code open.
// The same page serves both themes here too.
for (const path of ['/playground/', '/zh/playground/']) {
  test(`axe finds no violation on ${path} in light and dark with an error, a schedule, six racers and the code open`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await startAllWidgets(page);
    const widget = page.locator('#playground');
    await widget.locator('select[name="schedule"]').selectOption('warmupCosine');
    for (let n = 0; n < 3; n++) await widget.locator('[data-action="add"]').click();
    await widget.locator('details.torch-code summary').click();
    await widget.locator('input[name="formula"]').fill('sin(x) ** 2');
    await widget.locator('input[name="formula"]').press('Enter');
    await expect(widget.locator('.playground-function [role="alert"]')).not.toBeEmpty();
    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(colorScheme, async () => {
        await page.emulateMedia({ colorScheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).include('#playground').analyze();
        expect(summarise(violations)).toEqual([]);
      });
    }
  });
}
