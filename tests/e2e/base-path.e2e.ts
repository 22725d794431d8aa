import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveUnderBase } from './static-server.ts';
import { filesIn, sitemapPaths } from './site-pages.ts';

/** A GitHub project page lives under /<repo>/; build once like that and crawl it. */
const BASE = '/optimizer-lab/';
// Inside test-results/, which git, tsc and astro check already ignore.
const OUT_DIR = 'test-results/dist-base';
const PORT = 4392;
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.describe.configure({ mode: 'serial' });

let server: Server;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  execFileSync('npx', ['astro', 'build'], {
    env: { ...process.env, BASE, SITE: ORIGIN, OUT_DIR },
    stdio: 'pipe',
  });
  server = await serveUnderBase(OUT_DIR, BASE, PORT);
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Every URL a built file refers to: href/src/srcset/content in HTML, url() in CSS. */
function referencesIn(file: string): string[] {
  const text = readFileSync(join(OUT_DIR, file), 'utf8');
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]);
  const attributes = [...text.matchAll(/\s(?:href|src|srcset|content)="([^"]+)"/g)].map((m) => m[1]);
  return attributes.flatMap((value) => value.split(',').map((part) => part.trim().split(/\s+/)[0]));
}

/** The URL as a page at `pageUrl` would fetch it, if it is ours; otherwise undefined. */
function internalUrl(reference: string, pageUrl: string): URL | undefined {
  if (/^(#|mailto:|data:|javascript:)/.test(reference)) return undefined;
  // `content` attributes hold plain text too (descriptions); only URL-shaped ones count.
  if (!/^(\/|\.|https?:|[\w-]+\.(css|js|svg|woff2|xml|html)$)/.test(reference)) return undefined;
  const url = new URL(reference, pageUrl);
  return url.origin === ORIGIN ? url : undefined;
}

test('a build with BASE=/optimizer-lab/ has no broken internal link or asset', async () => {
  const files = [...filesIn(OUT_DIR, '.html'), ...filesIn(OUT_DIR, '.css')];
  const targets = new Map<string, string>(); // url → a file that refers to it
  for (const file of files) {
    const fileUrl = `${ORIGIN}${BASE}${file.replace(/index\.html$/, '')}`;
    for (const reference of referencesIn(file)) {
      const url = internalUrl(reference, fileUrl);
      if (url) targets.set(url.href.replace(/#.*$/, ''), file);
    }
  }
  expect(targets.size).toBeGreaterThan(10);

  const broken: string[] = [];
  for (const [url, from] of targets) {
    if (!new URL(url).pathname.startsWith(BASE)) broken.push(`${url} (outside base, in ${from})`);
    else if ((await fetch(url)).status !== 200) broken.push(`${url} (in ${from})`);
  }
  expect(broken).toEqual([]);
});

test('every page under the base loads all its scripts, styles and fonts', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Navigating on cancels the favicon fetch of the page before; that is not a broken link.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()}`);
  });
  page.on('pageerror', (error) => failures.push(`exception ${error.message}`));
  for (const path of sitemapPaths(OUT_DIR)) {
    expect(path.startsWith(BASE)).toBe(true);
    await page.goto(`${ORIGIN}${path}`);
    await page.waitForLoadState('networkidle');
  }
  expect(failures).toEqual([]);
  await expect(page.getByRole('link', { name: /Optimizer Lab|优化器实验室/ })).toHaveAttribute('href', /^\/optimizer-lab\//);
});

test('search under the base finds pages and links into the base', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}zh/`);
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索本系列' });
  await dialog.getByRole('searchbox').fill('学习率');
  await expect(dialog.getByRole('listitem').first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await dialog.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    expect(new URL(href).pathname).toMatch(/^\/optimizer-lab\/zh\//);
    expect((await fetch(href)).status, href).toBe(200);
  }
});

test('the feeds and share cards under the base point into the base', async () => {
  for (const feed of ['rss.xml', 'zh/rss.xml']) {
    const xml = await (await fetch(`${ORIGIN}${BASE}${feed}`)).text();
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.startsWith(`${ORIGIN}${BASE}`), link).toBe(true);
  }
  const html = readFileSync(join(OUT_DIR, 'zh/rmsprop/index.html'), 'utf8');
  const card = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  expect(card).toBe(`${ORIGIN}${BASE}zh/og/rmsprop.png`);
  const response = await fetch(card!);
  expect(response.headers.get('content-type')).toContain('image/png');
});
