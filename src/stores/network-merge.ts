import { mergePeople, unmergePeople } from '../lib/network/merge-people';
import type { Person } from '../lib/network/person';
import { mapRoute } from './network';
import { mergeLink } from './network-edits';

/*
 * Merging two records of one person, apart from the other edits (network-edits.ts): it is
 * offered in the person editor only, so its code comes with the editor rather than with every
 * page that edits the map. `undoLast` takes a merge back with what this module hands it.
 */
mergeLink.unmerge = unmergePeople;

/**
 * Merges the person `dropId` into `keepId` (two records of one person); `undoLast` separates them.
 * @returns the merged person
 */
export function mergePeopleOnMap(keepId: string, dropId: string): Person {
  const store = mapRoute.target();
  const { network: next, person, undo } = mergePeople(store.get(), keepId, dropId);
  store.set(next);
  mergeLink.remember({
    kind: 'merge',
    undo,
    name: person.name,
    otherName: undo.removed.person.name,
  });
  return person;
}
