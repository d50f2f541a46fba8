import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/lib/backup/backup-reminder';

const NOW = new Date('2026-03-31T12:00:00.000Z');

describe('backupReminder', () => {
  it('reminds a reader who never made a backup', () => {
    expect(backupReminder(undefined, NOW)).toBe('none');
  });

  it('counts a backup of 30 days ago or less as recent', () => {
    // 30 days before NOW exactly is still within BACKUP_REMINDER_DAYS.
    expect(backupReminder('2026-03-01T12:00:00.000Z', NOW)).toBe('recent');
    expect(backupReminder('2026-03-30T09:00:00.000Z', NOW)).toBe('recent');
  });

  it('calls a backup older than 30 days old', () => {
    expect(backupReminder('2026-03-01T11:59:59.000Z', NOW)).toBe('old');
  });

  it('treats a date it cannot read as no backup, and a future date as recent', () => {
    expect(backupReminder('yesterday', NOW)).toBe('none');
    expect(backupReminder('2027-01-01T00:00:00.000Z', NOW)).toBe('recent');
  });
});
