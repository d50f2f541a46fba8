import { MAP_CONTROL_ICONS } from './map-control-icons';
import { PRINT_ICON } from './print-icon';

/**
 * Every small outline icon of the workbook, drawn once: 24×24 (the map controls 20×20) strokes in
 * the text colour, so an icon takes the colour of the button or line it sits in. Shapes are
 * single paths (rectangles and circles written as path data) so that one element draws each.
 * `Icon.svelte` draws them by name (with `ShapeIcon.svelte`), in widgets and (rendered to plain
 * HTML, no script) in Astro pages.
 */
export interface IconShape {
  /** Path data. */
  d: string;
  /** Stroke width in the icon's own units. */
  stroke: number;
  /** Side of the square viewBox; 24 unless said. */
  box?: number;
  /** Rounded line ends and corners. */
  round?: boolean;
}

export const ICONS = {
  print: PRINT_ICON,
  'calendar-add': { d: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M12 13v5M9.5 15.5h5', stroke: 1.8 },
  copy: {
    d: 'M10 8h8a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2zM16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h2',
    stroke: 2,
  },
  lock: {
    d: 'M7 10h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2zM8 10V7a4 4 0 0 1 8 0v3',
    stroke: 1.8,
  },
  globe: {
    d: 'M21 12a9 9 0 1 1-18 0 9 9 0 1 1 18 0zM3 12h18M12 3c2.8 3 2.8 15 0 18M12 3c-2.8 3-2.8 15 0 18',
    stroke: 1.8,
  },
  check: { d: 'M5 12.5l4.5 4.5L19 7.5', stroke: 2.4 },
  plus: { d: 'M12 5v14M5 12h14', stroke: 2.2 },
  close: { d: 'M6 6l12 12M18 6L6 18', stroke: 2 },
  upload: {
    d: 'M12 15V4m0 0L7.5 8.5M12 4l4.5 4.5M5 14v4.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V14',
    stroke: 1.8,
    round: true,
  },
  /** An open book: a research finding, or the lessons. */
  research: {
    d: 'M3 5.5c3-1.3 6-1.3 9 .5 3-1.8 6-1.8 9-.5v13c-3-1.3-6-1.3-9 .5-3-1.8-6-1.8-9-.5zM12 6v13',
    stroke: 1.8,
    round: true,
  },
  tip: {
    d: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.4 1.1 2.2h5c0-.8.4-1.6 1.1-2.2A6 6 0 0 0 12 3z',
    stroke: 1.8,
    round: true,
  },
  caution: { d: 'M12 3.5 2.5 20h19zM12 10v4.5M12 17.2v.3', stroke: 1.8, round: true },
  learn: {
    d: 'M2.5 5.5c3-1.2 6.5-1 9.5 1 3-2 6.5-2.2 9.5-1v13c-3-1.2-6.5-1-9.5 1-3-2-6.5-2.2-9.5-1zM12 6.5v13',
    stroke: 1.8,
  },
  network: {
    d: 'M12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5M5 3.5a2 2 0 1 0 0 4 2 2 0 1 0 0-4M19 3.5a2 2 0 1 0 0 4 2 2 0 1 0 0-4M12 18a2 2 0 1 0 0 4 2 2 0 1 0 0-4M6.5 6.5l3.6 4M17.5 6.5l-3.6 4M12 14.5V18M7 5.5h10',
    stroke: 1.8,
  },
  ...MAP_CONTROL_ICONS,
} as const satisfies Record<string, IconShape>;

export type IconName = keyof typeof ICONS;
