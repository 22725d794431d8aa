import { test, expect } from '@playwright/test';
import { allPagePaths } from './site-pages.ts';

for (const path of allPagePaths()) {
  test(`${path} loads with no console error, no uncaught exception and nothing from another origin`, async ({
    page,
    baseURL,
  }) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      // The 404 page itself is served with status 404, which Chromium logs as an error.
      if (message.type() === 'error' && !(path === '/404.html' && /404/.test(message.text()))) {
        problems.push(`console: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
        problems.push(`other origin: ${request.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
    });

    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await expect(page.getByRole('main')).toBeVisible();
  });
}
