import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, sitemapPaths } from './site-pages.ts';

/**
 * Issue 7's byte budgets, read from the built files (bytes, not timings, so no flakiness): the
 * scripts a page runs at load, and everything its widgets import once they have all started.
 * scripts/bench-page.ts measures the same in a browser, by network.
 */
const BUDGET_KB = { atLoad: 12, allWidgets: 75 };
/** Article pages: one path segment after the optional language, other than the playground. */
const ARTICLE = /^\/(zh\/)?(?!playground\/|zh\/)[a-z-]+\/$/;

const gzipKB = (files: Set<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0) / 1024;

/** The `_astro/…js` files a chunk imports: `from"./x.js"` statically, `import("./x.js")` dynamically. */
function imports(file: string, dynamic: boolean): string[] {
  const source = readFileSync(join(DIST, file), 'utf8');
  const found = [...source.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  if (dynamic) found.push(...[...source.matchAll(/import\(\s*"\.\/([^"]+\.js)"\s*\)/g)].map((m) => m[1]));
  return found.map((name) => `_astro/${name}`);
}

/** A page's scripts and, transitively, what they import (dynamic imports too when `dynamic`). */
function scriptsOf(path: string, dynamic: boolean): Set<string> {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const todo = [...html.matchAll(/<script[^>]*\ssrc="[^"]*?(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...imports(file, dynamic));
  }
  return seen;
}

test.describe('JavaScript budget (gzip, from the built files)', () => {
  for (const path of sitemapPaths().filter((p) => p !== '/playground/' && p !== '/zh/playground/')) {
    test(`${path}: at most ${BUDGET_KB.atLoad} KB at load`, () => {
      expect(gzipKB(scriptsOf(path, false))).toBeLessThanOrEqual(BUDGET_KB.atLoad);
    });
  }
  for (const path of sitemapPaths().filter((p) => ARTICLE.test(p))) {
    test(`${path}: at most ${BUDGET_KB.allWidgets} KB once every widget has started`, () => {
      expect(gzipKB(scriptsOf(path, true))).toBeLessThanOrEqual(BUDGET_KB.allWidgets);
    });
  }
});
