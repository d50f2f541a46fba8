/** Width of a character when nothing can be measured (jsdom), in font sizes: generous on purpose. */
const FALLBACK = 0.62;

/**
 * A measurer of names as the map draws them, in font sizes (multiply by the text size to get the
 * width): the canvas measures the real glyphs of the page's font, so names are kept apart by their
 * true widths, and each name is measured once. Measured bold, the widest the map draws a name.
 */
export function nameWidths(): (name: string) => number {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (name: string) => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    if (context === undefined) {
      try {
        context = document.createElement('canvas').getContext('2d');
      } catch {
        context = null;
      }
      if (context) {
        const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
        context.font = `700 100px ${family}`;
      }
    }
    const width = context ? context.measureText(name).width / 100 : name.length * FALLBACK;
    cache.set(name, width);
    return width;
  };
}
