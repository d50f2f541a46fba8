/** The rows of a long list to render: `start` inclusive, `end` exclusive. */
export interface RowWindow {
  start: number;
  end: number;
  /** Space to keep above and below the rendered rows, in pixels, so the scrollbar stays true. */
  before: number;
  after: number;
}

/**
 * Which rows of a list of fixed-height rows are in view in a scrolled box, plus `overscan`
 * rows on each side so that scrolling and tabbing never reach an empty row.
 * @example visibleRows({ total: 1000, rowHeight: 40, scrollTop: 400, viewport: 200, overscan: 2 })
 *   // { start: 8, end: 17, before: 320, after: 33_320 }
 */
export function visibleRows(options: {
  total: number;
  rowHeight: number;
  scrollTop: number;
  viewport: number;
  overscan: number;
}): RowWindow {
  const { total, rowHeight, overscan } = options;
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, options.scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, options.viewport) / rowHeight) + 1;
  const start = Math.min(Math.max(0, first - overscan), total);
  const end = Math.min(total, first + shown + overscan);
  return { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
}

/**
 * The scroll position that brings row `index` into view, or undefined when it already is: the
 * least movement, as the browser does for a focused element.
 */
export function scrollToRow(options: {
  index: number;
  rowHeight: number;
  scrollTop: number;
  viewport: number;
}): number | undefined {
  const top = options.index * options.rowHeight;
  const bottom = top + options.rowHeight;
  if (top < options.scrollTop) return top;
  if (bottom > options.scrollTop + options.viewport) return bottom - options.viewport;
  return undefined;
}
