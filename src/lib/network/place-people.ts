import type { Network } from './network';
import type { Ring } from './person';
import { IMPORTED_CONTEXT } from './unsorted';

export { IMPORTED_CONTEXT, isUnsorted } from './unsorted';

/** Where `placePeople` puts people: a ring, a context, or both. */
export interface Placement {
  ring?: Ring;
  /** Becomes each person's first (sector-deciding) context; "Imported" is dropped. */
  context?: string;
}

/** A person's place before `placePeople` moved them, for `restorePlaces`. */
export interface PlaceBefore {
  id: string;
  ring: Ring;
  contexts: string[];
}

/** The contexts of a person placed in `context`: it first, their other ones after, minus Imported. */
export function contextsAfterPlacing(contexts: readonly string[], context: string): string[] {
  return [context, ...contexts.filter((c) => c !== context && c !== IMPORTED_CONTEXT)];
}

/**
 * Moves many people to a ring and/or a context at once. Ids not on the map are ignored (another
 * tab may have deleted them); a person already there is left as they are.
 * @returns the new network and the moved people's places before, for `restorePlaces`
 * @example placePeople(network, ['p1', 'p2'], { ring: 'close', context: 'workplace' })
 */
export function placePeople(
  network: Network,
  ids: readonly string[],
  placement: Placement,
): { network: Network; before: PlaceBefore[] } {
  const wanted = new Set(ids);
  const before: PlaceBefore[] = [];
  const people = network.people.map((person) => {
    if (!wanted.has(person.id)) return person;
    const ring = placement.ring ?? person.ring;
    const contexts =
      placement.context === undefined
        ? person.contexts
        : contextsAfterPlacing(person.contexts, placement.context);
    const unchanged =
      ring === person.ring &&
      contexts.length === person.contexts.length &&
      contexts.every((c, i) => c === person.contexts[i]);
    if (unchanged) return person;
    before.push({ id: person.id, ring: person.ring, contexts: person.contexts });
    return { ...person, ring, contexts };
  });
  return { network: before.length === 0 ? network : { ...network, people }, before };
}

/** Puts people back where `placePeople` found them; anyone deleted since is not brought back. */
export function restorePlaces(network: Network, before: readonly PlaceBefore[]): Network {
  if (before.length === 0) return network;
  const byId = new Map(before.map((place) => [place.id, place]));
  const people = network.people.map((person) => {
    const place = byId.get(person.id);
    return place ? { ...person, ring: place.ring, contexts: place.contexts } : person;
  });
  return { ...network, people };
}
