import { z } from 'zod/mini';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_CHARS,
  backupSchema,
  type Backup,
  type BackupError,
} from './backup-format';

/** A backup read from a file, or why it cannot be restored (`detail` is for developers). */
export type ParsedBackup =
  { ok: true; backup: Backup } | { ok: false; error: BackupError; detail: string };

const headerSchema = z.object({ format: z.literal(BACKUP_FORMAT) });
const versionSchema = z.object({ formatVersion: z.number() });

/**
 * Reads the text of a backup file. Never throws: any file that is not a backup this version of
 * the workbook can read comes back as `{ ok: false }` with a stable error code. Only the file's
 * frame is checked here; each collection is checked against its own schema before it is restored
 * (see `previewBackup`).
 *
 * @example parseBackup('hello') // { ok: false, error: 'not-json', … }
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_CHARS) return fail('too-large', `${String(text.length)} characters`);
  if (text.trim() === '') return fail('empty', 'the file has no text');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('not-json', String(error));
  }
  if (!headerSchema.safeParse(parsed).success) {
    return fail('not-backup', `no "format": "${BACKUP_FORMAT}"`);
  }
  const version = versionSchema.safeParse(parsed);
  if (version.success && version.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail('newer-version', `format version ${String(version.data.formatVersion)}`);
  }
  const backup = backupSchema.safeParse(parsed);
  if (!backup.success) return fail('invalid', z.prettifyError(backup.error));
  return { ok: true, backup: backup.data };
}

function fail(error: BackupError, detail: string): ParsedBackup {
  return { ok: false, error, detail: `backup/parseBackup: ${detail}` };
}
