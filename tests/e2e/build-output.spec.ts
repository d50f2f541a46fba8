import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

function html(path: string): string {
  return readFileSync(join('dist', path, 'index.html'), 'utf8');
}

/** The one inline script a page without islands may carry: it shows the blank worksheet's print
 * button, which without JavaScript could not print and so stays hidden. */
const PRINT_BUTTON_SCRIPT =
  /<script type="module">[^<]{0,200}button\[data-print\][^<]{0,200}<\/script>/g;

// Reading pages must ship no JavaScript at all: no island, no script, no module preload.
// The root page is one exception (a few lines that send the reader to their language), the print
// button's few lines on the blank worksheet the other.
test('pages without widgets ship 0 bytes of JavaScript', () => {
  const pages = builtPages().filter((path) => path !== '/');
  // A widget is a Svelte island or a custom element's module script (src/elements/).
  const withoutIslands = pages.filter(
    (path) =>
      !html(path).includes('<astro-island') && !/<script type="module" src=/.test(html(path)),
  );
  expect(withoutIslands.length, 'reading pages without widgets').toBeGreaterThan(0);
  for (const path of withoutIslands) {
    const page = html(path).replace(PRINT_BUTTON_SCRIPT, '');
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

test('every page names its other language by an absolute address, and links its manifest', () => {
  for (const path of builtPages().filter((path) => path !== '/')) {
    const page = html(path);
    const alternates = [
      ...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
    ];
    expect(alternates.map((match) => match[1]).sort(), path).toEqual(['en', 'vi', 'x-default']);
    for (const match of alternates) expect(match[2], path).toMatch(/^https:\/\//);
    const locale = path.split('/')[1];
    expect(page, path).toContain(`<link rel="manifest" href="/${locale}/manifest.webmanifest">`);
  }
});

test('each language has a web app manifest that installs the workbook in that language', () => {
  for (const locale of ['vi', 'en']) {
    const manifest = JSON.parse(
      readFileSync(join('dist', locale, 'manifest.webmanifest'), 'utf8'),
    ) as {
      lang: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.lang).toBe(locale);
    expect(manifest.start_url).toBe(`/${locale}/`);
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) expect(existsSync(join('dist', icon.src))).toBe(true);
  }
});

test('a reading page loads with two requests: its HTML and one stylesheet', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/en/glossary/');
  await page.waitForLoadState('networkidle');
  expect(requests).toHaveLength(2);
  expect(requests[0]).toBe('/en/glossary/');
  expect(requests[1]).toMatch(/^\/_astro\/.+\.css$/);
});

// A script names the files it loads: its imports, and the chunks and stylesheets Vite fetches
// ahead of a lazy part (`__vite__mapDeps`). Each must be in the build, or the part it belongs to
// fails to load (a map section of the worksheet once asked for a stylesheet Astro never wrote).
test('every file a script asks for is in the build', () => {
  const scripts = readdirSync(join('dist', '_astro')).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const missing: string[] = [];
  for (const name of scripts) {
    const code = readFileSync(join('dist', '_astro', name), 'utf8');
    const asked = [
      ...[...code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!),
      ...[...code.matchAll(/["']_astro\/([^"']+\.(?:js|css))["']/g)].map((m) => m[1]!),
    ];
    for (const file of asked)
      if (!existsSync(join('dist', '_astro', file))) missing.push(`${name} → ${file}`);
  }
  expect(missing).toEqual([]);
});

// Svelte marks the elements a component styles with its scope class (`svelte-1x2y3z`), and the
// component's rules name that class. A class that no stylesheet names is a component drawn
// without its styles: Astro takes an island's CSS from the server's render, where a component
// behind an `{#if}` the server thinks always false is dropped (the map's key once had icons a
// screen tall, and the "Your data" share table went unstyled).
test('every style scope a widget script draws has its rules in the build', () => {
  const scopes = (text: string) => new Set(text.match(/\bsvelte-[a-z0-9]{6}\b/g) ?? []);
  const files = readdirSync(join('dist', '_astro'));
  const drawn = new Map<string, string>();
  for (const name of files.filter((file) => file.endsWith('.js')))
    for (const scope of scopes(readFileSync(join('dist', '_astro', name), 'utf8')))
      drawn.set(scope, name);
  expect(drawn.size).toBeGreaterThan(20);
  const styled = new Set<string>();
  for (const name of files.filter((file) => file.endsWith('.css')))
    for (const scope of scopes(readFileSync(join('dist', '_astro', name), 'utf8')))
      styled.add(scope);
  // Small stylesheets may be inlined in a page's HTML.
  for (const path of builtPages())
    for (const [, css] of html(path).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
      for (const scope of scopes(css ?? '')) styled.add(scope);
  const unstyled = [...drawn].filter(([scope]) => !styled.has(scope));
  expect(unstyled.map(([scope, file]) => `${scope} in ${file}`)).toEqual([]);
});

// A schema built at a module's top is a call the bundler keeps unless it knows the call has no
// side effects (the `#__NO_SIDE_EFFECTS__` marks in src/lib/schema/). Without them, every page
// with an answer box carried the lessons' frontmatter schema, which only the build reads.
test('no browser script carries a schema only the build uses', () => {
  const scripts = readdirSync(join('dist', '_astro')).filter((name) => name.endsWith('.js'));
  const carrying = scripts.filter((name) =>
    readFileSync(join('dist', '_astro', name), 'utf8').includes('readingMinutes'),
  );
  expect(carrying).toEqual([]);
});
