import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { expect, test, waitForIslands } from './fixtures';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { builtPages } from './site-pages';
import { StaticServer } from './static-server';
import { pdfPages, reflectionPrompt } from './worksheet-helpers';

// These tests stop the server while the browser stays open, so they serve a copy of the build
// themselves instead of using Playwright's webServer, and let service workers run.
const OFFLINE_PORT = Number(process.env.E2E_PORT ?? 4329) + 40;
const UPDATE_PORT = OFFLINE_PORT + 1;
const NOTICE_PORT = OFFLINE_PORT + 3; // + 2 is the sub-path build's (base-path.spec.ts)

/** A copy of the built site in a folder of its own, which a test may change. */
function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syn-offline-'));
  cpSync('dist', dir, { recursive: true });
  return dir;
}

/** Serves a copy of the build on `port`, with service workers on, to the enclosing describe. */
function serveCopyOfBuild(port: number): StaticServer {
  const root = copyOfBuild();
  const server = new StaticServer(root);
  test.use({ baseURL: `http://127.0.0.1:${port}`, serviceWorkers: 'allow' });
  test.beforeAll(() => server.start(port));
  test.afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });
  return server;
}

/** Opens a page and waits until the service worker has stored the whole site and controls it. */
async function installOfflineCopy(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

async function goOffline(context: BrowserContext, server: StaticServer): Promise<void> {
  // The offline switch alone does not stop a service worker's own fetches: stop the server too.
  await server.stop();
  await context.setOffline(true);
}

test.describe('offline, after one visit', () => {
  const server = serveCopyOfBuild(OFFLINE_PORT);

  test('every page opens in both languages, the map saves, search finds lessons, the worksheet prints', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await installOfflineCopy(page, '/vi/');
    // Once the whole site is stored, the reader (a trainer before a workshop) is told, once.
    const ready = page.getByRole('status').filter({ hasText: vi['offline.ready'] });
    await expect(ready).toBeVisible();
    await ready.getByRole('button', { name: vi['offline.readyClose'] }).click();
    await expect(ready).toBeHidden();
    await goOffline(context, server);

    const pages = builtPages().filter((path) => path !== '/');
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first(), path).toBeVisible();
    }

    // The map edits and keeps what was added across a reload, with no network at all.
    await page.goto('/en/map/');
    await waitForIslands(page);
    // A page the stored copy serves does not say again that the site is stored.
    const readyAgain = page
      .getByRole('status', { includeHidden: true })
      .filter({ hasText: en['offline.ready'] });
    await expect(readyAgain).toHaveCount(1);
    await expect(readyAgain).toBeHidden();
    await page.getByLabel('Name or nickname').fill('Offline Lan');
    await page.getByLabel('Name or nickname').press('Enter');
    await expect(page.getByRole('button', { name: 'Edit Offline Lan' })).toBeVisible();
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByRole('button', { name: 'Edit Offline Lan' })).toBeVisible();

    // Search loads Pagefind's script, WebAssembly and index from the offline copy.
    await page.goto('/en/search/');
    await waitForIslands(page);
    await page.getByRole('searchbox').fill('introduction');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible({ timeout: 20_000 });

    // The worksheet reads this browser's map and prints it.
    await page.goto('/en/worksheet/');
    await waitForIslands(page);
    await expect(page.getByText('Offline Lan').first()).toBeVisible({ timeout: 20_000 });
    const printed = pdfPages(await page.pdf({ format: 'A4' })).join(' ');
    expect(printed).toContain('Offline Lan');
  });
});

test.describe('the notice that the workbook is saved for offline use', () => {
  serveCopyOfBuild(NOTICE_PORT);

  test('makes way after 15 seconds, but not while the reader is on its button', async ({
    page,
    browser,
  }) => {
    await page.clock.install();
    await installOfflineCopy(page, '/en/');
    const ready = page.getByRole('status').filter({ hasText: en['offline.ready'] });
    await expect(ready).toBeVisible();
    await page.clock.runFor(14_000);
    await expect(ready).toBeVisible();
    await page.clock.runFor(2_000);
    await expect(ready).toBeHidden();

    // A keyboard reader who has reached its button keeps it until they press it.
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${NOTICE_PORT}` });
    const keyboard = await context.newPage();
    await keyboard.clock.install();
    await installOfflineCopy(keyboard, '/vi/');
    const shown = keyboard.getByRole('status').filter({ hasText: vi['offline.ready'] });
    const close = shown.getByRole('button', { name: vi['offline.readyClose'] });
    await close.focus();
    await keyboard.clock.runFor(30_000);
    await expect(shown).toBeVisible();
    await keyboard.keyboard.press('Enter');
    await expect(shown).toBeHidden();
    await context.close();
  });
});

test.describe('a new deploy', () => {
  const root = copyOfBuild();
  const server = new StaticServer(root);
  const next = copyOfBuild();
  test.use({ baseURL: `http://127.0.0.1:${UPDATE_PORT}`, serviceWorkers: 'allow' });
  test.beforeAll(async () => {
    // The next build: one lesson's heading changed, and the service worker written anew for it.
    const lesson = join(next, 'en/lessons/share-with-care/index.html');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/<\/h1>/, ' (revised)</h1>'));
    await writeServiceWorker(next);
    await server.start(UPDATE_PORT);
  });
  test.afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  });

  test('is offered with "reload", shows after at most one reload, and loses nothing typed', async ({
    page,
  }) => {
    const lesson = '/en/lessons/share-with-care/';
    await installOfflineCopy(page, lesson);
    await waitForIslands(page);
    const box = page.getByLabel(reflectionPrompt('en', 'share-with-care'), { exact: true });
    await box.fill('Typed before the new version arrived.');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved at /);
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the workbook' });
    await expect(banner).toBeHidden();

    server.root = next;
    // The page that opens now may still be the old one, but the new worker takes over and says so.
    await page.reload();
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // In the place of the first visit's "saved for offline use", which is not said again.
    await expect(page.getByRole('status').filter({ hasText: en['offline.ready'] })).toBeHidden();
    await expect(
      page.getByLabel(reflectionPrompt('en', 'share-with-care'), { exact: true }),
    ).toHaveValue('Typed before the new version arrived.');

    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('h1')).toContainText('(revised)');
    await waitForIslands(page);
    await expect(
      page.getByLabel(reflectionPrompt('en', 'share-with-care'), { exact: true }),
    ).toHaveValue('Typed before the new version arrived.');
  });
});
