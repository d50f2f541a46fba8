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

/** The sample's people and log (sample-data.ts), fetched on the first visit to the sample. */
export type SampleData = typeof import('./sample-data');

interface Copy {
  /** Puts a fresh sample copy in place, in the reader's language. */
  refresh: (language: SampleLanguage, data: SampleData) => void;
  /** Lets go of the sample copy: it holds the reader's own value again until the next visit. */
  drop: () => void;
}
const copies: Copy[] = [];

let data: SampleData | undefined;
/** The language of the sample on screen, for a copy made while it is shown. */
let shownLanguage: SampleLanguage = 'vi';
let loading: Promise<SampleData> | undefined;

/**
 * Fetches the sample's people and log (once). A switch calls it before `exploreSample`, so that
 * pages only download the sample when a reader asks for it.
 */
export function prepareSample(): Promise<SampleData> {
  loading ??= import('./sample-data').then(
    (module) => (data = module),
    (error: unknown) => {
      loading = undefined; // A failed fetch (offline before the first visit) may be tried again.
      throw error;
    },
  );
  return loading;
}

/** The sample's invented reader in one line, once the sample has been fetched; else ''. */
export function sampleReaderLine(language: SampleLanguage): string {
  return data?.sampleReader(language) ?? '';
}

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
 * @example const route = routeThroughSample(network, (language, _own, sample) => sample.sampleNetwork(language));
 */
export function routeThroughSample<T>(
  own: WritableAtom<T>,
  fresh: (language: SampleLanguage, own: T, sample: SampleData) => T,
): SampleRoute<T> {
  // Never shown or written before the first visit to the sample (then `refresh` fills it): until
  // then it holds the reader's own value rather than building a sample nobody asked for.
  // A store first loaded while the sample is on screen (the worksheet fetches its sections' stores
  // only when they have something to show) starts from the sample, like the copies made before.
  const copy = atom<T>(
    networkShown.get() === 'sample' && data !== undefined
      ? fresh(shownLanguage, own.get(), data)
      : own.get(),
  );
  copies.push({
    refresh: (language, sample) => copy.set(fresh(language, own.get(), sample)),
    drop: () => copy.set(own.get()),
  });
  return {
    shown: computed([networkShown, own, copy], (mode, ownValue, copyValue) =>
      mode === 'sample' ? copyValue : ownValue,
    ),
    target: () => (networkShown.get() === 'sample' ? copy : own),
  };
}

/**
 * Shows the sample network ("Explore a sample network") in every widget on the page, each with a
 * fresh copy to explore. Does nothing when the sample is already on screen, so that a second
 * switch on the page never throws away what the reader is trying.
 */
export function exploreSample(sampleLanguage: SampleLanguage = 'vi'): void {
  if (networkShown.get() === 'sample') return;
  if (data === undefined) {
    // Not fetched yet (a caller that did not wait for `prepareSample`): show it once it is here.
    void prepareSample().then(() => exploreSample(sampleLanguage));
    return;
  }
  shownLanguage = sampleLanguage;
  for (const copy of copies) copy.refresh(sampleLanguage, data);
  networkShown.set('sample');
}

/** Shows the reader's own network again ("Back to my network"); the sample copies are dropped. */
export function backToOwnNetwork(): void {
  if (networkShown.get() === 'own') return;
  networkShown.set('own');
  // Dropped, so that nothing tried on the sample lingers in memory or comes back next time.
  for (const copy of copies) copy.drop();
}
