import { getContainerRenderer } from '@astrojs/svelte/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';

/*
 * The custom elements are tested against the HTML their .astro components render, the way a
 * reader's browser meets them: Astro's container API renders the component (in Vitest's node
 * environment: Astro 6+ renders components only there), the HTML goes into a fresh jsdom window
 * whose globals stand in for the browser's, then the element module is imported, as the page's
 * module script runs after the HTML is parsed. A new window and fresh modules are what a reload
 * is; localStorage is carried over when asked.
 */

// One container for the whole file, made before any test resets the modules: the components the
// file imported and the Svelte renderer must come from the same copy of Svelte.
const containerOnce = loadRenderers([getContainerRenderer()]).then((renderers) =>
  AstroContainer.create({ renderers }),
);

/** Renders an .astro component (Svelte icons included) to HTML, its <script> tags left out. */
export async function render(component: unknown, props: Record<string, unknown>): Promise<string> {
  const container = await containerOnce;
  const html = await container.renderToString(component as AstroComponentFactory, { props });
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

// The browser globals the element modules and their stores use, taken from the jsdom window.
const FROM_WINDOW =
  /^(window|document|navigator|location|customElements|localStorage|sessionStorage|getComputedStyle|requestAnimationFrame|DOMException|Node|NodeList|Text|Document|DocumentFragment|Element|Storage|CustomElementRegistry|MutationObserver|Event|EventTarget|HTML\w*|SVG\w*|\w+Event)$/;
let current: JSDOM | undefined;

/**
 * Opens `html` as a page in a new jsdom window, with `storage` in its localStorage.
 * @returns the page's document
 */
export function openPage(html: string, storage: Record<string, string> = {}): Document {
  closePage();
  current = new JSDOM(`<!doctype html><html lang="en"><body>${html}</body></html>`, {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  const { window } = current;
  for (const name of Object.getOwnPropertyNames(window)) {
    if (!FROM_WINDOW.test(name)) continue;
    const value: unknown = name === 'window' ? window : Reflect.get(window, name);
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  for (const [key, value] of Object.entries(storage)) window.localStorage.setItem(key, value);
  vi.resetModules();
  return window.document;
}

/** What the open page's localStorage holds, to carry over a reload. */
export function storageOf(): Record<string, string> {
  const storage = current?.window.localStorage;
  if (storage === undefined) return {};
  return Object.fromEntries(
    Array.from({ length: storage.length }, (_, index) => {
      const key = storage.key(index) ?? '';
      return [key, storage.getItem(key) ?? ''];
    }),
  );
}

/** Closes the open page (its elements leave the document first, as on navigation). */
export function closePage(): void {
  current?.window.document.body.replaceChildren();
  current?.window.close();
  current = undefined;
}
