import { test, expect, type Locator, type Page } from '@playwright/test';
import { canvasDrawn, startWidget, watchErrors } from './widget-helpers.ts';

/**
 * What every article page promises, checked with as few page loads as possible: one load for the
 * formulas, the widgets starting and drawing, the series and the twin link; one at 360 px; one
 * without JavaScript. Each check is a step, so a failure still names what broke.
 */
export interface Article {
  /** Test title prefix, e.g. "AdaGrad article (en)". */
  name: string;
  path: string;
  /** Widget ids, top to bottom. */
  widgets: readonly string[];
  /** The h1; checked when given. */
  title?: string;
  /** Where the language link leads, and its name. Checked when given. */
  twin?: { url: RegExp; link: string };
  /** Text that must not show in the article: an unevaluated {expression} inside $…$ would be typeset as TeX. */
  leaks?: RegExp;
  /** The article text never reads NaN (the number files are evaluated at build time). */
  noNaN?: boolean;
  /** Widgets must not be defined at load: their code loads only near the viewport. */
  startsLazily?: boolean;
  /** Series navigation checks (prev/next, order). */
  series?: (nav: Locator) => Promise<void>;
  /** Extra checks on the same page once every widget has started. */
  extra?: (page: Page) => Promise<void>;
  /** Extra checks on the page without JavaScript. */
  extraStatic?: (page: Page) => Promise<void>;
  /** The 360 px viewport height (as the spec used before). */
  phoneHeight?: number;
}

export function articleBasics(A: Article): void {
  test(`${A.name}: formulas, widgets that start near the viewport and draw, series and twin link`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(A.path);
    await test.step('typesets every formula without a KaTeX error', async () => {
      await expect(page.locator('.katex').first()).toBeVisible();
      await expect(page.locator('.katex-error')).toHaveCount(0);
      if (A.noNaN) await expect(page.locator('article')).not.toContainText('NaN');
      if (A.leaks) await expect(page.locator('article')).not.toContainText(A.leaks);
    });
    if (A.startsLazily) {
      await test.step('no widget is defined and no form control exists before it comes near', async () => {
        for (const id of A.widgets) {
          expect(await page.locator(`#${id}`).evaluate((el) => el.matches(':defined')), id).toBe(false);
          await expect(page.locator(`#${id} input`), id).toHaveCount(0);
        }
      });
    }
    await test.step('every widget starts and draws, with no console error', async () => {
      for (const id of A.widgets) {
        await startWidget(page, id);
        await expect.poll(() => canvasDrawn(page, id), { message: id }).toBe(true);
      }
      expect(errors).toEqual([]);
    });
    if (A.extra) await test.step('article-specific checks', () => A.extra!(page));
    if (A.title) await test.step('has its title', () => expect(page.getByRole('heading', { level: 1 })).toHaveText(A.title!));
    if (A.series) await test.step('sits in its place in the series', () => A.series!(page.locator('.series-nav')));
    if (A.twin) {
      await test.step('links its twin', async () => {
        await page.getByRole('link', { name: A.twin!.link, exact: true }).first().click();
        await expect(page).toHaveURL(A.twin!.url);
      });
    }
  });

  test.describe(`${A.name} at 360 px`, () => {
    test.use({ viewport: { width: 360, height: A.phoneHeight ?? 740 } });
    test('has no horizontal overflow, before and after the widgets start', async ({ page }) => {
      await page.goto(A.path);
      const overflow = () => page.evaluate(() => {
        const root = document.documentElement;
        return { scrollWidth: root.scrollWidth, beyondClient: root.scrollWidth - root.clientWidth };
      });
      expect((await overflow()).scrollWidth).toBeLessThanOrEqual(360);
      for (const id of A.widgets) {
        await startWidget(page, id);
        await expect.poll(() => canvasDrawn(page, id), { message: id }).toBe(true);
      }
      const after = await overflow();
      expect(after.scrollWidth).toBeLessThanOrEqual(360);
      expect(after.beyondClient).toBeLessThanOrEqual(0);
      for (const id of A.widgets) {
        const box = (await page.locator(`#${id}`).boundingBox())!;
        expect(box.x + box.width, id).toBeLessThanOrEqual(360);
      }
    });
  });

  test.describe(`${A.name} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the build-time figures and formulas, and no controls', async ({ page }) => {
      await page.goto(A.path);
      for (const id of A.widgets) {
        await expect(page.locator(`#${id} .static-figure svg`).first(), id).toBeVisible();
        await expect(page.locator(`#${id} canvas`).first(), id).toBeHidden();
        await expect(page.locator(`#${id} input`), id).toHaveCount(0);
      }
      await expect(page.locator('.katex').first()).toBeVisible();
      if (A.extraStatic) await test.step('article-specific static checks', () => A.extraStatic!(page));
    });
  });
}
