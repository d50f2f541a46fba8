import type { Page } from '@playwright/test';

/** One layout shift as the browser reports it, with what moved (tag, classes, text, rects). */
export interface Shift {
  value: number;
  sources: string[];
}

/**
 * Records every layout shift from the first paint on, as Lighthouse counts them (not those right
 * after the reader's input), in `window.layoutShifts`. Call before `page.goto`.
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((source) => {
            const node =
              source.node instanceof Text ? source.node.parentElement : (source.node ?? null);
            return node instanceof Element
              ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} “${(node.textContent ?? '').slice(0, 40)}” ${JSON.stringify([source.previousRect, source.currentRect])}`
              : String(node?.nodeName);
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, after two frames so that the last change's shift is reported. */
export async function recordedShifts(page: Page): Promise<Shift[]> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
}
