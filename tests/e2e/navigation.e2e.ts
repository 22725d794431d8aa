import { test, expect } from '@playwright/test';
import { startWidget } from './widget-helpers.ts';

test('the language switch leads to the twin page and back', async ({ page }) => {
  await page.goto('/ewma/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh\/ewma\/$/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/ewma\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('指数加权平均');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/ewma\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exponentially weighted averages');
});

test('the home pages link each other and list the series', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Exponentially weighted averages' }).click();
  await expect(page).toHaveURL(/\/ewma\/$/);
  await page.goto('/');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/$/);
  await expect(page.getByRole('link', { name: '指数加权平均' })).toBeVisible();
});

test('the theme toggle persists across a navigation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/ewma/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/ewma\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '深色主题' })).toHaveAttribute('aria-pressed', 'true');
});

test('the β slider redraws the chart and its readouts', async ({ page }) => {
  await page.goto('/ewma/');
  await startWidget(page, 'ewma-explorer');
  const slider = page.getByRole('slider', { name: 'Decay β' });
  const typed = page.getByRole('spinbutton', { name: 'Decay β' });
  await expect(slider).toHaveValue('0.9');
  await expect(typed).toHaveValue('0.9');
  await slider.fill('0.99');
  await expect(typed).toHaveValue('0.99');
  await expect(page.getByText(/half-life 69 steps/)).toBeVisible();
  // Typing an exact value moves the slider too.
  await typed.fill('0.8');
  await typed.press('Enter');
  await expect(slider).toHaveValue('0.8');
  // The chart kept its one canvas and was updated in place.
  await expect(page.getByRole('img', { name: /noisy series/ }).and(page.locator('canvas'))).toHaveCount(1);
});

test('a code block can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/ewma/');
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('export function ewma');
});
