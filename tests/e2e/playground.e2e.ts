import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';
import { canvasDrawn, expect, finalLosses, startPlayground, tableRows, watchErrors, watchLayoutShift } from './widget-helpers.ts';

/**
 * The playground on the built site: its formula box, racers, schedule, link, exports, keyboard
 * and the page without JavaScript. The numbers themselves are the library's (unit tests).
 */

const formula = (page: Page) => page.getByRole('textbox', { name: /Function f\(x, y\)|函数 f\(x, y\)/ });

test.describe('the playground', () => {
  // The Chinese page is loaded the same way at 360 px below.
  test('starts with the default race, drawn, with no console error and no layout shift', async ({ page }) => {
    const errors = watchErrors(page);
    await watchLayoutShift(page);
    await startPlayground(page, '/playground/');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
    expect(await canvasDrawn(page, 'playground')).toBe(true);
    expect(await tableRows(page)).toHaveLength(3);
    expect((await finalLosses(page)).every(Number.isFinite)).toBe(true);
    expect(await page.locator('#playground').innerText()).not.toMatch(/NaN|Infinity/);
    expect(errors).toEqual([]);
  });

  test('shows a bad formula’s error with its column and keeps the last race; a good one reruns it', async ({ page }) => {
    await startPlayground(page, '/playground/');
    const before = await tableRows(page);
    await formula(page).fill('sin(x) ** 2');
    await formula(page).press('Enter');
    const alert = page.locator('#playground .playground-function [role="alert"]');
    await expect(alert).toContainText('column 9');
    await expect(formula(page)).toHaveAttribute('aria-invalid', 'true');
    // Enter selects the offending text, so the reader sees where it is.
    expect(await formula(page).evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([8, 9]);
    await expect(page.locator('#playground .formula-caret mark')).toHaveText('*');
    expect(await tableRows(page)).toEqual(before);

    await formula(page).fill('x^2 + 3*y^2 + sin(3*x)');
    await expect(alert).toBeEmpty();
    await expect(formula(page)).not.toHaveAttribute('aria-invalid');
    await expect.poll(() => tableRows(page)).not.toEqual(before);
    await expect(page.getByRole('combobox', { name: 'Built-in function' })).toHaveValue('');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('expr=x%5E2');
  });

  test('adds racers up to six and removes them down to one', async ({ page }) => {
    await startPlayground(page, '/playground/');
    const add = page.getByRole('button', { name: 'Add optimizer' });
    for (let n = 4; n <= 6; n++) {
      await add.click();
      await expect(page.locator('#playground tbody tr')).toHaveCount(n);
    }
    await expect(add).toBeDisabled();
    await expect(page.locator('#playground .racer-card')).toHaveCount(6);
    // The new card takes the focus, and its optimizer is one not yet racing.
    await expect(page.locator('#playground .racer-card[data-racer="5"] select')).toBeFocused();
    await expect(page.locator('#playground .racer-card[data-racer="5"] select')).toHaveValue('radam');
    const remove = () => page.locator('#playground .racer-card [data-action="remove"]');
    while ((await remove().count()) > 1) await remove().first().click();
    await expect(page.locator('#playground tbody tr')).toHaveCount(1);
    await expect(remove()).toBeDisabled();
    await expect(add).toBeEnabled();
    await expect(page.locator('#playground tbody tr th')).toContainText('1 · RAdam');
  });

  test('draws the schedule’s learning rate: cosine annealing bends the flat lines', async ({ page }) => {
    await startPlayground(page, '/playground/');
    const picture = () => page.locator('#playground canvas[data-chart="lr"]').evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const flat = await picture();
    await page.getByRole('combobox', { name: 'Learning-rate schedule' }).selectOption('cosine');
    await expect(page.locator('#playground fieldset[data-schedule="cosine"]')).toBeVisible();
    await expect(page.locator('#playground input[data-schedule-param="tMax"]:visible')).toHaveValue('500');
    await expect.poll(picture).not.toBe(flat);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('lrs=cosine,tMax=500,etaMin=0');
  });

  test('keeps the whole setup in the link: a reload runs the same race, junk gives the default one', async ({ page }) => {
    await startPlayground(page, '/playground/');
    const defaults = await tableRows(page);
    await page.getByRole('combobox', { name: 'Built-in function' }).selectOption('himmelblau');
    await page.getByRole('spinbutton', { name: 'Noise σ' }).fill('0.5');
    await page.getByRole('spinbutton', { name: 'Noise σ' }).press('Enter');
    await page.locator('#playground .racer-card[data-racer="1"] input[name="lr"]').fill('0.05');
    await page.locator('#playground .racer-card[data-racer="1"] input[name="lr"]').press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('sigma=0.5');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('r=rmsprop,lr=0.05');
    const table = await tableRows(page);
    expect(table).not.toEqual(defaults);
    await page.reload();
    await startPlayground(page);
    expect(await tableRows(page)).toEqual(table);
    await expect(page.getByRole('spinbutton', { name: 'Noise σ' })).toHaveValue('0.5');

    // The language switch takes the setup to the Chinese playground.
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/playground\/\?fn=himmelblau/);
    await startPlayground(page);
    expect((await tableRows(page)).map((row) => row.split('\t').at(-1))).toEqual(table.map((row) => row.split('\t').at(-1)));

    const errors = watchErrors(page);
    await page.goto('/playground/?steps=1e400&x=NaN&sigma=NaN&r=__proto__&fn=constructor&lrs=toString&view=a,b,c,d&expr=alert(1)');
    await startPlayground(page);
    expect(await tableRows(page)).toEqual(defaults);
    // A 20 KB query is more than a server takes in a request line: put it in the address before the page's scripts run.
    await page.addInitScript(() => history.replaceState(null, '', `?fn=wavy&steps=7&${'z'.repeat(20_000)}`));
    await page.reload();
    await startPlayground(page);
    expect(await page.evaluate(() => location.search.length)).toBeGreaterThan(20_000);
    expect(await tableRows(page)).toEqual(defaults);
    expect(errors).toEqual([]);
  });

  test('a switch PyTorch lacks (ε inside the root) changes the race, goes into the link and is named under the code', async ({ page }) => {
    await startPlayground(page, '/playground/');
    const before = await tableRows(page);
    const rmsprop = page.locator('#playground .racer-card[data-racer="1"]');
    await expect(rmsprop).toHaveAttribute('data-optimizer', 'rmsprop');
    const note = page.locator('#playground .torch-unsupported');
    await expect(note).toBeHidden();
    await rmsprop.getByRole('checkbox', { name: /eps_in_sqrt/ }).check();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('epsInSqrt=1');
    await expect.poll(() => tableRows(page)).not.toEqual(before);
    await page.locator('#playground details.torch-code summary').click();
    await expect(note).toBeVisible();
    await expect(note).toContainText('optimizer 2 (RMSprop), ε inside the square root');
    await expect(page.locator('#playground .torch-script')).toContainText('torch.optim cannot reproduce this race');
  });

  test('saves the plot as PNG and the paths as CSV, and copies a link to the setup', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startPlayground(page, '/playground/');
    await page.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(page.locator('#playground .widget-copy-status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/playground\/\?fn=rosenbrock&.*&r=sgd,lr=0\.002,momentum=0\.9&r=rmsprop&r=adam,lr=0\.1$/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the plot as PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const image = await readFile((await png.path())!);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the paths as CSV' }).click()]);
    const lines = (await readFile((await csv.path())!, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('racer,step,x,y,loss,lr');
    expect(lines[1]).toBe('1 SGD,0,-1.5,2,12.5,');
    expect(lines).toHaveLength(1 + 3 * 501);
    // The last row's loss is the table's last final loss, in full.
    expect(Number(lines.at(-1)!.split(',')[4])).toBe((await finalLosses(page)).at(-1));
  });

  test('works from the keyboard: the formula, a racer, Add, Play and the scrubber', async ({ page }) => {
    await startPlayground(page, '/playground/');
    await formula(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' + x');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('expr=');
    await page.getByRole('button', { name: 'Add optimizer' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#playground .racer-card[data-racer="3"] select')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#playground .racer-card[data-racer="3"] input[name="lr"]')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.01');
    await page.keyboard.press('Enter');
    await expect(page.locator('#playground tbody tr').nth(3).locator('td').first()).toHaveText('lr = 0.01');
    const scrub = page.getByRole('slider', { name: 'Step shown' });
    await scrub.focus();
    await page.keyboard.press('Home');
    await expect(scrub).toHaveValue('0');
    await page.getByRole('button', { name: 'Step', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(scrub).toHaveValue('1');
    const play = page.getByRole('button', { name: 'Play' });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    // Focus is drawn where it is.
    expect(await play.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the Chinese page starts with no console error, and neither scrolls sideways nor shifts', async ({ page }) => {
      const errors = watchErrors(page);
      await watchLayoutShift(page);
      await startPlayground(page, '/zh/playground/');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
      expect(await canvasDrawn(page, 'playground')).toBe(true);
      await expect(page.getByRole('table', { name: '最终状态' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the default race as a static figure and its Final-state table', async ({ page }) => {
      await page.goto('/playground/');
      await expect(page.locator('#playground svg.static-chart').first()).toBeVisible();
      await expect(page.locator('#playground canvas').first()).toBeHidden();
      await expect(page.locator('#playground input, #playground select')).toHaveCount(0);
      await expect(page.getByRole('table', { name: 'Final state' })).toBeVisible();
      expect(await tableRows(page)).toHaveLength(3);
      await expect(page.locator('#playground figcaption .static-only')).toBeVisible();
      await expect(page.locator('#playground details summary')).toHaveText('PyTorch code');
    });
  });

  // A Python with torch, if the machine has one: TORCH_PYTHON, or python3 itself. CI without torch skips.
  const torchPython = process.env.TORCH_PYTHON ?? 'python3';
  const hasTorch = spawnSync(torchPython, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;

  test.describe('the PyTorch code, run under real torch', () => {
    test.skip(!hasTorch, `no torch for ${torchPython} (set TORCH_PYTHON)`);

    test('prints the final losses of the Final-state table, to 1e-6, for a typed function with a schedule and noise', async ({ page }) => {
      const setup = 'expr=' + encodeURIComponent('(x^2 + y - 11)^2 / 10 + sin(3*x) * cos(y)') +
        '&x=-1.5&y=2&steps=400&lrs=warmupCosine,warmupSteps=20,startFactor=0.1,tMax=380,etaMin=0.001&sigma=0.3&seed=7' +
        '&r=sgd,lr=0.002,momentum=0.9,nesterov=1&r=rmsprop,lr=0.01,centered=1&r=adam,lr=0.05&r=adamw&r=nadam,lr=0.01&r=radam,lr=0.02';
      await startPlayground(page, `/zh/playground/?${setup}`);
      expect(await tableRows(page)).toHaveLength(6);
      const table = await finalLosses(page);
      await page.locator('#playground details.torch-code summary').click(); // the script is written when it opens
      const code = page.locator('#playground .torch-script code');
      await expect(code).toContainText('"NAdam(lr=0.01)"');
      const script = await code.textContent();
      const run = spawnSync(torchPython, ['-'], { input: script!, encoding: 'utf8', timeout: 120_000 });
      expect(run.stderr).toBe('');
      const printed = run.stdout.trim().split('\n').map((line) => Number(line.trim().split(/\s+/).pop()));
      expect(printed).toHaveLength(table.length);
      printed.forEach((loss, i) => expect(Math.abs(loss - table[i])).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(table[i]))));
    });
  });
});
