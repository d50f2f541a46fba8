/**
 * An attachment (`{@attach clientSize((w, h) => …)}`) that reports an element's client size from a
 * ResizeObserver only. Svelte's `bind:clientWidth` also reads the size in an effect as the element
 * is first drawn, which makes the browser lay the page out in the middle of that task: on the map
 * page a forced layout inside the map's first draw, counted in Lighthouse's total blocking time.
 * The observer reports after the browser's own layout and before the first paint, so the first
 * picture is already drawn at the right size.
 */
export function clientSize(report: (width: number, height: number) => void) {
  return (element: HTMLElement) => {
    const read = () => report(element.clientWidth, element.clientHeight);
    if (typeof ResizeObserver === 'undefined') {
      read();
      return;
    }
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  };
}
