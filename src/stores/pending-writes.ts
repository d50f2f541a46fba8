/**
 * Writes that wait a moment (an answer box saves a short while after the last keystroke) register
 * here, so that leaving the page never loses the last words typed: everything pending is flushed
 * on `pagehide` and when the tab is hidden (tldraw once lost up to 350 ms of edits on close).
 */
const flushers = new Set<() => void>();

/** Runs `flush` whenever the page is hidden or left (and on `flushPendingWrites`). */
export function onPageExit(flush: () => void): void {
  flushers.add(flush);
}

/** Runs every pending write now. */
export function flushPendingWrites(): void {
  for (const flush of flushers) flush();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushPendingWrites);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPendingWrites();
  });
}

/** A function whose calls are delayed until the caller pauses, and flushed when the page goes. */
export interface DebouncedWrite<A extends unknown[]> {
  (...args: A): void;
  /** Runs the pending call now, if any. */
  flush(): void;
  /** Runs the pending call and stops listening for page exits. */
  dispose(): void;
}

/**
 * Delays `write` until `ms` have passed without a new call; only the last call runs.
 *
 * @example const save = debouncedWrite((text: string) => setAnswer('a', text), 400);
 */
export function debouncedWrite<A extends unknown[]>(
  write: (...args: A) => void,
  ms: number,
): DebouncedWrite<A> {
  let pending: A | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const args = pending;
    pending = undefined;
    write(...args);
  };
  flushers.add(flush);
  const debounced = (...args: A) => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };
  return Object.assign(debounced, {
    flush,
    dispose() {
      flush();
      flushers.delete(flush);
    },
  });
}
