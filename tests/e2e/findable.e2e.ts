import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPagePaths, sitemapPaths } from './site-pages.ts';

/** Requests for search code: the dialog's chunk and everything Pagefind serves. */
const SEARCH_CODE = /search-dialog|\/pagefind\//;
// The first search fetches Pagefind's WebAssembly and index while a long page may still be starting widgets.
const RESULTS_WAIT = 15_000;

async function openWithSlash(page: Page) {
  await page.locator('body').press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('search', () => {
  const cases = [
    { lang: 'en', path: '/rmsprop/', name: 'Search the series', query: 'bias correction', other: /\/zh\// },
    { lang: 'zh-CN', path: '/zh/ewma/', name: '搜索本系列', query: '偏差修正', other: /^(?!.*\/zh\/)/ },
  ];
  for (const c of cases) {
    test(`"/" opens it on ${c.path}, finds "${c.query}" in the page's language only, Escape closes it`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(c.path);
      await page.waitForLoadState('networkidle');
      // Nothing of search is fetched until it opens.
      expect(requested.filter((url) => SEARCH_CODE.test(url))).toEqual([]);

      const dialog = await openWithSlash(page);
      await expect(dialog).toHaveAccessibleName(c.name);
      const input = dialog.getByRole('searchbox', { name: c.name });
      await expect(input).toBeFocused();
      await page.keyboard.type(c.query);
      const results = dialog.getByRole('listitem');
      await expect(results.first()).toBeVisible({ timeout: RESULTS_WAIT });
      await expect(dialog.getByRole('status')).toHaveText(/\d/);
      const hrefs = await dialog.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href, 'a result in the other language').not.toMatch(c.lang === 'en' ? /^\/zh\// : /^\/(?!zh\/)/);
      // The snippet marks the words found.
      await expect(results.first().locator('mark').first()).toBeVisible();
      expect(requested.some((url) => SEARCH_CODE.test(url))).toBe(true);
      // Nothing from another origin.
      const origin = new URL(page.url()).origin;
      expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);

      // Arrow down reaches the results, Escape closes and gives focus back.
      await page.keyboard.press('ArrowDown');
      await expect(dialog.getByRole('link').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.locator('site-search button')).toBeFocused();
    });
  }

  test('the button opens it, focus stays inside, and the first result leads to its page', async ({ page }) => {
    await page.goto('/zh/');
    const button = page.getByRole('button', { name: '搜索' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: '搜索本系列' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('学习率');
    await expect(dialog.getByRole('listitem').first()).toContainText('学习', { timeout: RESULTS_WAIT });
    // Tab cycles inside the dialog.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
    // Reopening keeps the query; Enter opens the first result.
    await button.click();
    await expect(dialog.getByRole('searchbox')).toHaveValue('学习率');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/[a-z-]+\/(#.*)?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('finds the Chinese words 学习率 and 偏差修正 on the Chinese pages that contain them', async ({ page, request }) => {
    await page.goto('/zh/');
    const pageText = async (path: string) => (await (await request.get(path)).text()).replace(/<[^>]+>/g, '');
    for (const word of ['学习率', '偏差修正', '指数加权']) {
      const dialog = page.getByRole('dialog');
      if (!(await dialog.isVisible())) await openWithSlash(page);
      await dialog.getByRole('searchbox').fill(word);
      await expect(dialog.getByRole('status')).toHaveText(/个结果/, { timeout: RESULTS_WAIT });
      const paths = await dialog.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(paths.length, word).toBeGreaterThan(0);
      for (const path of new Set(paths)) {
        expect(path).toMatch(/^\/zh\//);
        expect(await pageText(path), `${path} contains ${word}`).toContain(word);
      }
    }
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/ewma/');
    const dialog = await openWithSlash(page);
    await dialog.getByRole('searchbox').fill('wombat');
    await expect(dialog.getByRole('status')).toHaveText('No page mentions “wombat”.', { timeout: RESULTS_WAIT });
    await expect(dialog.getByRole('listitem')).toHaveCount(0);
  });

  for (const [colorScheme, path, query] of [['light', '/', 'learning rate'], ['dark', '/zh/', '学习率']] as const) {
    test(`axe finds no violation in the open dialog with results on ${path}, ${colorScheme}`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const dialog = await openWithSlash(page);
      await dialog.getByRole('searchbox').fill(query);
      await expect(dialog.getByRole('listitem').first()).toBeVisible({ timeout: RESULTS_WAIT });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).include('.search-dialog').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share cards and feeds', () => {
  test('every page has its own 1200×630 PNG card in og:image and twitter:image, in its language', async ({ request }) => {
    const cards = new Set<string>();
    for (const path of allPagePaths()) {
      const html = await (await request.get(path)).text();
      const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
      const twitter = html.match(/<meta name="twitter:image" content="([^"]+)"/)?.[1];
      expect(og, path).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
      expect(twitter, path).toBe(og);
      expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"');
      const card = new URL(og!).pathname;
      // A Chinese page's card is a Chinese card.
      expect(card.startsWith('/zh/'), path).toBe(path.startsWith('/zh/'));
      if (path !== '/404.html' && !/^\/(zh\/)?$/.test(path)) expect(cards.has(card), `${path} shares ${card}`).toBe(false);
      cards.add(card);
    }
    for (const card of cards) {
      const response = await request.get(card);
      expect(response.status(), card).toBe(200);
      expect(response.headers()['content-type'], card).toContain('image/png');
      expect(pngSize(await response.body()), card).toEqual({ width: 1200, height: 630 });
    }
  });

  for (const [lang, feed, home] of [['en', '/rss.xml', '/'], ['zh-CN', '/zh/rss.xml', '/zh/']] as const) {
    test(`${feed} is valid RSS listing every ${lang} article with its summary, linked from the head and the footer`, async ({ page, request }) => {
      await page.goto(home);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', new RegExp(`${feed.replace('.', '\\.')}$`));
      const footerLink = page.getByRole('contentinfo').getByRole('link', { name: /RSS/ });
      await expect(footerLink).toHaveAttribute('href', feed);

      const response = await request.get(feed);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      const items = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        if (doc.querySelector('parsererror') || doc.documentElement.nodeName !== 'rss') return null;
        return {
          language: doc.querySelector('channel > language')?.textContent,
          items: [...doc.querySelectorAll('item')].map((item) => ({
            title: item.querySelector('title')?.textContent ?? '',
            link: item.querySelector('link')?.textContent ?? '',
            description: item.querySelector('description')?.textContent ?? '',
            date: item.querySelector('pubDate')?.textContent ?? '',
          })),
        };
      }, xml);
      expect(items, 'parses as RSS').not.toBeNull();
      expect(items!.language).toBe(lang);
      const articlePaths = sitemapPaths().filter((p) => (lang === 'en' ? !p.startsWith('/zh/') : p.startsWith('/zh/')) && !/^\/(zh\/)?(playground\/)?$/.test(p));
      expect(items!.items.map((item) => new URL(item.link).pathname).sort()).toEqual(articlePaths.sort());
      for (const item of items!.items) {
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.description.length, item.link).toBeGreaterThan(20);
        expect(Number.isNaN(Date.parse(item.date)), item.date).toBe(false);
        const target = await request.get(new URL(item.link).pathname);
        expect(target.status(), item.link).toBe(200);
        expect(await target.text()).toContain(`<html lang="${lang}"`);
      }
    });
  }
});
