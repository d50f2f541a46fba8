/*
 * A page can hold several boxes saving into the same collection (the practice lesson has six
 * answer boxes). Each box says "not saved" in its own status line, but the full notice about a
 * damaged or unsaved collection is shown once, by the first box mounted, so that the reader and a
 * screen reader meet one alert rather than six.
 */
const owners = new Map<string, symbol>();

/** Claims the notices of `collection` for one widget; true when it is the one to show them. */
export function claimNotices(collection: string, claimant: symbol): boolean {
  if (!owners.has(collection)) owners.set(collection, claimant);
  return owners.get(collection) === claimant;
}

/** Gives the claim back when the widget goes away. */
export function releaseNotices(collection: string, claimant: symbol): void {
  if (owners.get(collection) === claimant) owners.delete(collection);
}
