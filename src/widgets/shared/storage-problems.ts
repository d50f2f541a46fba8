import type { CollectionHealth } from '../../stores/storage-health';

/** A collection with something the reader must know about it. */
export interface StorageProblem {
  name: string;
  health: Exclude<CollectionHealth, { state: 'ok' }>;
}

/**
 * The problems of the collections a widget speaks for (`owned`), in their order: what the
 * storage notices show, both the Svelte islands' and the custom elements'.
 */
export function problemsOf(
  owned: readonly string[],
  all: Readonly<Record<string, CollectionHealth>>,
): StorageProblem[] {
  return owned.flatMap((name) => {
    const health = all[name];
    return health && health.state !== 'ok' ? [{ name, health }] : [];
  });
}
