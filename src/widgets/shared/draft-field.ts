import { debouncedWrite, type DebouncedWrite } from '../../stores/pending-writes';

/**
 * A field the reader types into, saved a moment after they pause. What they type is never lost:
 * the waiting save runs when they leave the field (blur), when the page goes (pagehide, hidden
 * tab: see stores/pending-writes.ts) and when the field is taken off the page mid-wait (dispose).
 * It also says whether the reader is typing right now, so that a change from another tab is
 * offered rather than written over their words. No DOM and no Svelte: tested on its own.
 *
 * @example
 *   const field = new DraftField((text: string) => saveAnswer(id, text));
 *   <textarea oninput={() => field.input(text)} onfocus={() => field.focus()}
 *             onblur={() => field.blur()}>
 */
export interface DraftFieldOptions<V> {
  /** How long after the last keystroke the save runs. */
  delayMs?: number;
  /** How long after a keystroke the reader still counts as typing (while the field has focus). */
  typingMs?: number;
  /**
   * Joins a value typed while an earlier one waits (a form saving a patch of several fields);
   * without it the newer value replaces the waiting one.
   */
  combine?: (waiting: V, next: V) => V;
  /** Called when a save starts or stops waiting, for a "saving…" line. */
  onpending?: (pending: boolean) => void;
  /** The clock, in milliseconds. */
  now?: () => number;
}

export class DraftField<V> {
  readonly #write: DebouncedWrite<[V]>;
  readonly #combine: ((waiting: V, next: V) => V) | undefined;
  readonly #onpending: ((pending: boolean) => void) | undefined;
  readonly #typingMs: number;
  readonly #now: () => number;
  #waiting: { value: V } | undefined;
  #focused = false;
  #lastInput = Number.NEGATIVE_INFINITY;

  /** @param save writes the value; it runs at most once per pause, with the latest value. */
  constructor(save: (value: V) => void, options: DraftFieldOptions<V> = {}) {
    this.#combine = options.combine;
    this.#onpending = options.onpending;
    this.#typingMs = options.typingMs ?? 3000;
    this.#now = options.now ?? Date.now;
    this.#write = debouncedWrite((value: V) => {
      this.#waiting = undefined;
      try {
        save(value);
      } finally {
        this.#onpending?.(false);
      }
    }, options.delayMs ?? 400);
  }

  /** A keystroke: keeps the value and (re)starts the wait before saving it. */
  input(value: V): void {
    const next =
      this.#waiting !== undefined && this.#combine
        ? this.#combine(this.#waiting.value, value)
        : value;
    const wasWaiting = this.#waiting !== undefined;
    this.#waiting = { value: next };
    this.#lastInput = this.#now();
    if (!wasWaiting) this.#onpending?.(true);
    this.#write(next);
  }

  focus(): void {
    this.#focused = true;
  }

  /** Leaving the field saves what waits at once. */
  blur(): void {
    this.#focused = false;
    this.flush();
  }

  /** Saves `value` at once: a choice made with a button ("use the other tab's text"), not typing. */
  saveNow(value: V): void {
    if (this.#waiting === undefined) this.#onpending?.(true);
    this.#waiting = { value };
    this.#write(value);
    this.#write.flush();
  }

  /** Saves what waits now (before a choice that must come after the text, or a merge). */
  flush(): void {
    this.#write.flush();
  }

  /** Whether a save is waiting. */
  get pending(): boolean {
    return this.#waiting !== undefined;
  }

  /** Whether the reader is typing here now: a save waits, or they typed a moment ago and stayed. */
  typing(): boolean {
    return this.pending || (this.#focused && this.#now() - this.#lastInput < this.#typingMs);
  }

  /** The field leaves the page: saves what waits and stops listening for page exits. */
  dispose(): void {
    this.#write.dispose();
  }
}
