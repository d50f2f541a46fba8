import type { IconShape } from './icons';

/**
 * The printer, in a module of its own: the worksheet's one icon, drawn there with ShapeIcon.svelte,
 * so that the page does not fetch every other shape with it (a module is fetched whole).
 */
export const PRINT_ICON: IconShape = {
  d: 'M7 9V4h10v5M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2M7 14h10v6H7z',
  stroke: 1.8,
};
