/**
 * Why a metric has no value, for the UI to show "—" with a plain explanation:
 * - `no-people`: the map is empty;
 * - `no-contexts`: nobody on the map has a context yet;
 * - `no-ties`: there are no ties to measure.
 */
export type UnavailableReason = 'no-people' | 'no-contexts' | 'no-ties';

/**
 * A metric's value, or `null` with the reason it cannot be computed. Never NaN: networkx returns
 * NaN for an isolated ego, which a reader would see as a broken page.
 */
export type Metric<T> = { value: T; reason: null } | { value: null; reason: UnavailableReason };

/** A metric with a value. */
export function available<T>(value: T): Metric<T> {
  return { value, reason: null };
}

/** A metric without a value, and why. */
export function unavailable<T>(reason: UnavailableReason): Metric<T> {
  return { value: null, reason };
}

/** `part / whole`, or null when the whole is zero (a share of nothing is not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
