// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { preloadHelperSource } from '../../../src/integrations/preload-helper';

/*
 * The helper that replaces Vite's in the browser build (src/integrations/preload-helper.ts) is
 * written out as the module the build would bundle and run here, in a jsdom page.
 */
type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;

async function helper(base: string): Promise<Preload> {
  // Inside the project: the test runner imports only files under its root.
  const cache = join('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const file = join(process.cwd(), mkdtempSync(join(cache, 'preload-helper-')), 'helper.mjs');
  writeFileSync(file, preloadHelperSource(base));
  const module = (await import(/* @vite-ignore */ file)) as {
    __vitePreload: Preload;
  };
  return module.__vitePreload;
}

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link')].map((link) => ({
    rel: link.rel,
    path: new URL(link.href).pathname,
    crossOrigin: link.crossOrigin,
  }));

beforeEach(() => {
  document.head.replaceChildren();
});

describe('the preload helper', () => {
  it("asks for every chunk a lazy part imports, under the site's base, before the part itself", async () => {
    const preload = await helper('/workbook/');
    let headWhenLoaded: unknown[] = [];
    const part = await preload(() => {
      headWhenLoaded = preloads();
      return Promise.resolve({ default: 'LogSuccesses' });
    }, ['_astro/LogSuccesses.js', '_astro/log-views.js']);
    expect(part).toEqual({ default: 'LogSuccesses' });
    expect(headWhenLoaded).toEqual([
      { rel: 'modulepreload', path: '/workbook/_astro/LogSuccesses.js', crossOrigin: '' },
      { rel: 'modulepreload', path: '/workbook/_astro/log-views.js', crossOrigin: '' },
    ]);
  });

  it('asks for a chunk once, however many parts import it', async () => {
    const preload = await helper('/');
    const load = () => Promise.resolve({});
    await preload(load, ['_astro/PersonCard.js', '_astro/map-parts.js']);
    await preload(load, ['_astro/SelectionBar.js', '_astro/map-parts.js']);
    expect(preloads().map((link) => link.path)).toEqual([
      '/_astro/PersonCard.js',
      '/_astro/map-parts.js',
      '/_astro/SelectionBar.js',
    ]);
  });

  it('passes on a part that fails to load, so that the widget can offer to try again', async () => {
    const preload = await helper('/');
    const offline = new TypeError('Failed to fetch dynamically imported module');
    await expect(preload(() => Promise.reject(offline), ['_astro/Editor.js'])).rejects.toBe(
      offline,
    );
    // And a part without chunks of its own to ask for is simply loaded.
    await expect(preload(() => Promise.resolve('here'))).resolves.toBe('here');
  });
});
