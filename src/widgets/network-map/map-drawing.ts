import { mapLayouter } from '../../lib/map-layout/layout-map';
import MapView from './MapView.svelte';

/**
 * The code that draws people on the map: the view (dots, ties, names, pan and zoom, dragging)
 * and the layout that places them. An empty map does not need it (MapFrame draws its rings and
 * sectors), so it is fetched as one part when the first person arrives or the reader is about
 * to add one, rather than with the page.
 */
const drawing = { MapView, mapLayouter };
export default drawing;
export type MapDrawing = typeof drawing;

/** A press on the map's buttons, made before MapView was in and done once it is. */
export type MapControl = 'zoomIn' | 'zoomOut' | 'reset' | { dx: number; dy: number };
