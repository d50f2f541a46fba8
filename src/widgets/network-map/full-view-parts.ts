/**
 * The parts of the map widget that only its full view shows: the lens view (the practice lesson's
 * diversity question) never renders them, so the page hands that island none of their words.
 * Paths under `src/`. A part missing here only costs bytes; a part listed here that the lens view
 * does show would leave raw keys on screen, which tests/unit/widgets/network-map/lens-strings.test.ts
 * catches.
 */
export const FULL_VIEW_PARTS: readonly string[] = [
  'QuickAdd',
  'Filters',
  'MapSummary',
  'HiddenMembers',
  'SortingMode',
  'MapView',
  'UndoBar',
  'SelectionBar',
  'PersonEditor',
  'PersonCard',
  'MapLegend',
  'BulkBar',
  'PeopleTable',
  'InsightPanel',
  'MergePanel',
].map((part) => `widgets/network-map/${part}.svelte`);
