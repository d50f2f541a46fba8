import type { Translator } from '../../i18n/ui';
import { parseIsoWeek } from '../../lib/dates/iso-week';

/**
 * "week 10, 2026" for an ISO week, in the reader's language. Numbers are passed as text so that
 * the year is not written "2,026" or "2.026" by the number formatter.
 */
export function weekLabel(t: Translator<'answers'>, week: string): string {
  const parsed = parseIsoWeek(week);
  if (!parsed) return week;
  return t('answers.checkIn.week', { week: String(parsed.week), year: String(parsed.year) });
}

/** The same label starting with a capital letter, for a table cell ("Week 10, 2026"). */
export function weekHeading(t: Translator<'answers'>, week: string, locale: string): string {
  const label = weekLabel(t, week);
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}
