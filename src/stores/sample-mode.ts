import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';

/** Which network a widget shows: the reader's own map, or the invented sample network. */
export type NetworkShown = 'own' | 'sample';

/** The languages the sample is written in (src/lib/sample-network). */
export type SampleLanguage = 'vi' | 'en';

/**
 * The one switch between the reader's map and the sample, shared by every widget on the page.
 * Kept in memory only, never persisted: a reload always comes back to the reader's own network.
 */
export const networkShown = atom<NetworkShown>('own');

/** A collection that has a stand-in copy while the sample is on screen. */
export interface SampleRoute<T> {
  /** What widgets show: the sample copy while the sample is on screen, else the reader's own. */
  shown: ReadableAtom<T>;
  /** The store a change goes to now: never the reader's own while the sample is on screen. */
  target: () => WritableAtom<T>;
}

interface Copy {
  /** Puts a fresh sample copy in place, in the reader's language. */
  refresh: (language: SampleLanguage) => void;
}
const copies: Copy[] = [];

/*
 * Why a copy rather than a locked widget: a reader exploring the sample learns the map, the
 * weigher and the log by using them, so every edit works as it would on their own network. It
 * goes to an in-memory copy that "Back to my network" (or a reload) throws away, and the reader's
 * stored collections are not written at all while the sample is on screen.
 */

/**
 * Gives a collection a sample copy: while the sample is shown, `shown` reads the copy and
 * `target()` names it, so every action that writes through `target()` leaves the reader's stored
 * value untouched. Each "Explore a sample network" starts from a fresh copy made by `fresh`.
 *
 * @param own the reader's own store (persisted or not)
 * @param fresh the copy to start from, in the sample's language; it may start from the reader's
 *   own value (their weigher weights) but must not share mutable state with it
 * @example const route = routeThroughSample(network, (language) => sampleNetwork(language));
 */
export function routeThroughSample<T>(
  own: WritableAtom<T>,
  fresh: (language: SampleLanguage, own: T) => T,
): SampleRoute<T> {
  const copy = atom<T>(fresh('vi', own.get()));
  copies.push({ refresh: (language) => copy.set(fresh(language, own.get())) });
  return {
    shown: computed([networkShown, own, copy], (mode, ownValue, copyValue) =>
      mode === 'sample' ? copyValue : ownValue,
    ),
    target: () => (networkShown.get() === 'sample' ? copy : own),
  };
}

let language: SampleLanguage = 'vi';

/**
 * Shows the sample network ("Explore a sample network") in every widget on the page, each with a
 * fresh copy to explore. Does nothing when the sample is already on screen, so that a second
 * switch on the page never throws away what the reader is trying.
 */
export function exploreSample(sampleLanguage: SampleLanguage = 'vi'): void {
  if (networkShown.get() === 'sample') return;
  language = sampleLanguage;
  for (const copy of copies) copy.refresh(language);
  networkShown.set('sample');
}

/** Shows the reader's own network again ("Back to my network"); the sample copies are dropped. */
export function backToOwnNetwork(): void {
  if (networkShown.get() === 'own') return;
  networkShown.set('own');
  // Dropped, so that nothing tried on the sample lingers in memory or comes back next time.
  for (const copy of copies) copy.refresh(language);
}
