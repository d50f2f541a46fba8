/**
 * A part of a widget that is fetched only when the reader first needs it (an editor, a panel
 * below the fold), so that the page's first JavaScript is what its first interaction uses.
 * Once it has arrived it is kept, so opening the part again shows it at once, with no loading
 * state in between. A failed fetch (offline before the service worker had the file, or a new
 * deploy that removed it) is not kept: the next `load()` tries again.
 */
export interface LazyPart<T> {
  /** The loaded export, or undefined while it has not arrived. */
  readonly current: T | undefined;
  /** Fetches the part (once while a fetch is under way) and resolves to it. */
  load(): Promise<T>;
}

/**
 * @param fetchModule a dynamic import, written out where it is used so that the bundler makes a
 *                    separate chunk of it and the island's strings include the part's
 * @example const Editor = lazyPart(() => import('./PersonEditor.svelte'));
 */
export function lazyPart<T>(fetchModule: () => Promise<{ default: T }>): LazyPart<T> {
  let current: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get current() {
      return current;
    },
    load() {
      pending ??= fetchModule().then(
        (module) => (current = module.default),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
