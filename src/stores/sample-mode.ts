import { atom } from 'nanostores';

/** Which network a widget shows: the reader's own map, or the invented sample network. */
export type NetworkShown = 'own' | 'sample';

/**
 * The one switch between the reader's map and the sample. Kept in memory only, never persisted:
 * a reload always comes back to the reader's own network, and nothing shown from the sample can
 * be written into the reader's stored data through this store.
 */
export const networkShown = atom<NetworkShown>('own');

/** Shows the sample network ("Explore a sample network"). */
export function exploreSample(): void {
  networkShown.set('sample');
}

/** Shows the reader's own network again ("Back to my network"). */
export function backToOwnNetwork(): void {
  networkShown.set('own');
}
