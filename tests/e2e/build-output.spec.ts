import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

function html(path: string): string {
  return readFileSync(join('dist', path, 'index.html'), 'utf8');
}

// Reading pages must ship no JavaScript at all: no island, no script, no module preload.
// The root page is the one exception: a few lines that send the reader to their language.
test('pages without widgets ship 0 bytes of JavaScript', () => {
  const pages = builtPages().filter((path) => path !== '/');
  const withoutIslands = pages.filter((path) => !html(path).includes('<astro-island'));
  expect(withoutIslands.length, 'reading pages without widgets').toBeGreaterThan(0);
  for (const path of withoutIslands) {
    const page = html(path);
    expect(page, path).not.toMatch(/<script\b/);
    expect(page, path).not.toMatch(/rel="modulepreload"/);
  }
});

test('every page in one language exists in the other', () => {
  const pages = builtPages().filter((path) => path !== '/');
  const vi = pages.filter((path) => path.startsWith('/vi/')).map((path) => path.slice(3));
  const en = pages.filter((path) => path.startsWith('/en/')).map((path) => path.slice(3));
  expect(en).toEqual(vi);
});

test('every page carries a Content Security Policy without unsafe-inline scripts', () => {
  for (const path of builtPages()) {
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html(path))?.[1];
    expect(policy, path).toBeDefined();
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).not.toContain("'unsafe-inline'");
  }
});
