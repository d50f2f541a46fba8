import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run the built site (`astro build`, then `astro preview`) in Debian's Chromium:
 * Playwright cannot download its own browser on these machines.
 */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it once with `apt-get install -y chromium` ' +
        '(Debian) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

const PORT = Number(process.env.E2E_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  // Generous: CI machines have two cores, and axe on a long page takes a few seconds there.
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: { executablePath: chromiumPath() },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `${BASE_URL}/vi/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
