import type { Translator } from '../../i18n/ui';

/**
 * "Saved at 14:32" for a save made today, "Saved on 3 Mar 2026 at 14:32" for an older one, in the
 * reader's language. Empty for a missing or unreadable time.
 */
export function savedLabel(
  t: Translator<'answers' | 'storage'>,
  locale: string,
  iso: string,
  now = new Date(),
): string {
  const when = new Date(iso);
  if (iso === '' || Number.isNaN(when.getTime())) return '';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(when);
  if (when.toDateString() === now.toDateString()) return t('storage.saved', { time });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(when);
  return t('answers.savedOn', { date, time });
}
