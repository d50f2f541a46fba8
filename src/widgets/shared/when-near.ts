/**
 * A Svelte action that calls `load` once, when the element comes near the viewport (within
 * `margin`): code for a part of a widget below the fold is then fetched only when the reader
 * scrolls towards it. Without IntersectionObserver (old browsers, jsdom) it loads at once.
 *
 * @example <section use:whenNear={loadCharts}>…</section>
 */
export function whenNear(
  node: Element,
  load: () => void,
  margin = '600px',
): { destroy(): void } | undefined {
  if (typeof IntersectionObserver === 'undefined') {
    load();
    return undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: margin },
  );
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}
