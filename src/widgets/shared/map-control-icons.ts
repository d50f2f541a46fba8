import type { IconShape } from './icons';

/*
 * The map's zoom and pan buttons' icons, apart from the workbook's other icons: the map page
 * draws these at once, and has no use for the rest of the table (`icons.ts` includes them).
 */
const MAP_CONTROL = { stroke: 2, box: 20, round: true } as const;

export const MAP_CONTROL_ICONS = {
  'zoom-in': { d: 'M4 10h12M10 4v12', ...MAP_CONTROL },
  'zoom-out': { d: 'M4 10h12', ...MAP_CONTROL },
  'pan-up': { d: 'M5 12l5-5 5 5', ...MAP_CONTROL },
  'pan-down': { d: 'M5 8l5 5 5-5', ...MAP_CONTROL },
  'pan-left': { d: 'M12 5l-5 5 5 5', ...MAP_CONTROL },
  'pan-right': { d: 'M8 5l5 5-5 5', ...MAP_CONTROL },
} as const satisfies Record<string, IconShape>;
