import type { Translator } from '../../i18n/ui';
import type { IsoDay } from '../../lib/intro/iso-day';
import { partyName, type PartyRef } from '../../lib/intro/party';
import type { Person } from '../../lib/network/person';

/** Which person a picker has chosen, as the weigher draft and the log form both keep it. */
export interface PartyChoice {
  mode: 'map' | 'typed';
  personId: string;
  typedName: string;
}

/** The reader's own calendar day as YYYY-MM-DD (in their time zone, not UTC). */
export function localToday(now: Date = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A YYYY-MM-DD day written the reader's way ("3 tháng 3, 2026", "March 3, 2026"). Read and written in
 * UTC, so the day never shifts with the time zone.
 */
export function formatDay(day: IsoDay, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
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
