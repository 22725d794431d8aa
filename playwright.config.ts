import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (`astro build` first, see the
 * `test:e2e` script) served by `astro preview`, with Debian's Chromium: no
 * browser download. The machine has two cores, so tests run one at a time.
 */
export const PREVIEW_PORT = 4391;

export default defineConfig({
  testDir: 'tests/e2e',
  // *.e2e.ts, so vitest's default *.test.ts / *.spec.ts pattern never picks these up.
  testMatch: '**/*.e2e.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PREVIEW_PORT}`,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
