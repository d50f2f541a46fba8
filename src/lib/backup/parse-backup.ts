import * as v from 'valibot';
import { number, object } from '../schema/json-values';
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

const headerSchema = object({ format: v.literal(BACKUP_FORMAT) });
const versionSchema = object({ formatVersion: number() });

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
  if (!v.safeParse(headerSchema, parsed).success) {
    return fail('not-backup', `no "format": "${BACKUP_FORMAT}"`);
  }
  const version = v.safeParse(versionSchema, parsed);
  if (version.success && version.output.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail('newer-version', `format version ${String(version.output.formatVersion)}`);
  }
  const backup = v.safeParse(backupSchema, parsed);
  if (!backup.success) return fail('invalid', v.summarize(backup.issues));
  return { ok: true, backup: backup.output };
}

function fail(error: BackupError, detail: string): ParsedBackup {
  return { ok: false, error, detail: `backup/parseBackup: ${detail}` };
}
