import type { ReadableAtom } from 'nanostores';

/**
 * A store read by the worksheet whose module is fetched only when its section may have something
 * to show (see stores/stored-presence.ts): until then it holds `empty`, the value the store itself
 * would hold with nothing stored, so that the sheet is drawn the same either way.
 */
export class LazyStore<T> {
  /** The store's value, or `empty` while its module has not been asked for or is on its way. */
  value: T = $state() as T;
  /** 'idle' until asked for; 'failed' when its file could not be fetched (offline, new deploy). */
  state = $state<'idle' | 'loading' | 'in' | 'failed'>('idle');
  readonly #load: () => Promise<ReadableAtom<T>>;

  /**
   * @param load a dynamic import resolving to the store, written where it is used so that the
   *             bundler keeps the store's module out of the worksheet's own chunk
   */
  constructor(load: () => Promise<ReadableAtom<T>>, empty: T) {
    this.#load = load;
    this.value = empty;
  }

  /** Whether the sheet can be drawn: not loaded, or in, or given up on. */
  get settled(): boolean {
    return this.state !== 'loading';
  }

  /** Fetches the store (once; again after a failure) and follows its value from then on. */
  start(): void {
    if (this.state === 'loading' || this.state === 'in') return;
    this.state = 'loading';
    this.#load().then(
      (store) => {
        // Never unsubscribed: the worksheet is the page, and its stores live as long as it does.
        store.subscribe((value) => (this.value = value));
        this.state = 'in';
      },
      () => (this.state = 'failed'),
    );
  }
}
