import type { Translator } from '../../i18n/ui';
import { dataKey } from '../../lib/i18n/translator';
import type { CollectionCount } from '../../lib/backup/collection-summary';

/** The reader's name for a collection, or its stored name when this page has no label for it. */
export function collectionLabel(t: Translator<'collection' | 'count'>, name: string): string {
  const label = t(dataKey(`collection.${name}`));
  return label === `collection.${name}` ? name : label;
}

/** What a collection holds, in words: "25 people, 3 ties" (what it has none of is left out). */
export function describeCounts(
  t: Translator<'collection' | 'count'>,
  counts: readonly CollectionCount[],
): string {
  return counts
    .filter(({ count }) => count > 0)
    .map(({ field, count }) => {
      const text = t(dataKey(`count.${field}`), { count });
      return text === `count.${field}` ? t('count.other', { field, count }) : text;
    })
    .join(', ');
}

/** A day for a file name, in the reader's time zone: `2026-03-05`. */
export function fileDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment as the reader's date and time: { date: '25 tháng 11, 2026', time: '22:41' }. */
export function dateAndTime(iso: string, locale: string): { date: string; time: string } {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return { date: iso, time: '' };
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time),
    time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(time),
  };
}
