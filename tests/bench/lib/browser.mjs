import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, as the browser tests use it (see playwright.config.ts). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('bench: no Chromium found; set CHROMIUM_PATH');
  return found;
}

/** A headless Chromium for the benchmarks. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath() });
}
