import type { Translator } from '../../i18n/ui';
import { partyName, type PartyRef } from '../../lib/intro/party';
import type { Person } from '../../lib/network/person';

/** Which person a picker has chosen, as the weigher draft and the log form both keep it. */
export interface PartyChoice {
  mode: 'map' | 'typed';
  personId: string;
  typedName: string;
}

/** How a party is named on screen; someone removed from the map is said to be so. */
export function displayName(
  party: PartyRef,
  people: readonly Person[],
  t: Translator<'introLog'>,
): string {
  return partyName(party, people) ?? t('introLog.removedPerson');
}

/** Text folded for searching: no case, no diacritics (so "Đức" matches "duc"). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLocaleLowerCase()
    .trim();
}
