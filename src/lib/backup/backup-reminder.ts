/** After this many days a backup counts as old and the "Your data" page suggests a new one. */
export const BACKUP_REMINDER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the reader to make a backup: `none` when they never made one, `old` when the
 * last one is more than {@link BACKUP_REMINDER_DAYS} days old, `recent` otherwise. A date that
 * cannot be read counts as no backup; a date in the future (a clock changed) as recent.
 *
 * @example backupReminder(undefined, new Date()) // 'none'
 */
export function backupReminder(
  lastBackupAt: string | undefined,
  now: Date,
): 'none' | 'old' | 'recent' {
  if (lastBackupAt === undefined) return 'none';
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return 'none';
  return now.getTime() - last > BACKUP_REMINDER_DAYS * DAY_MS ? 'old' : 'recent';
}
