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

/**
 * What tells that the reader is about to act in a region: a pointer coming over it or pressed in
 * it, a tap, focus moving into it, a key pressed in it. Each comes before the click, tap or key
 * it leads to, so a part fetched here is usually in by the time that input has been handled.
 */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/**
 * An attachment (`{@attach loadOnIntent(PartA, PartB)}`) that fetches parts on the first sign
 * that the reader is about to act in the element, rather than when the page opens: the map's
 * selection bar and person card, which only show once someone is pointed at or selected.
 * The input itself is never held up: it is handled by code already there, and the part draws
 * the state that input left once it arrives. A failed fetch is tried again on the next sign.
 */
export function loadOnIntent(...parts: ReadonlyArray<LazyPart<unknown>>) {
  return (element: HTMLElement) => {
    let gone = false;
    const stop = () => {
      for (const type of INTENT_EVENTS) element.removeEventListener(type, load, true);
    };
    function load() {
      stop();
      for (const part of parts)
        part.load().catch(() => {
          // Offline or a new deploy: listen again, so that the next sign of intent retries.
          listen();
        });
    }
    function listen() {
      stop();
      if (gone) return;
      for (const type of INTENT_EVENTS)
        element.addEventListener(type, load, { capture: true, passive: true });
    }
    listen();
    return () => {
      gone = true;
      stop();
    };
  };
}
