import * as v from 'valibot';
import { writeJson } from '../storage/repair-text';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  collectionNameSchema,
  type Backup,
  type Workbook,
} from './backup-format';

/**
 * A backup of the given collections, made at `now`. The collections are put in name order, so
 * that two backups of the same workbook are the same text. Collections whose name is not a
 * collection name of the workbook are left out.
 *
 * @example buildBackup({ progress: { v: 1, data: { visited: {}, done: {} } } }, new Date())
 */
export function buildBackup(collections: Readonly<Workbook>, now: Date): Backup {
  const sorted: Workbook = {};
  for (const name of Object.keys(collections).sort()) {
    const collection = collections[name];
    if (collection === undefined || !v.safeParse(collectionNameSchema, name).success) continue;
    sorted[name] = { v: collection.v, data: collection.data };
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    collections: sorted,
  };
}

/**
 * The text of a backup file. Compact JSON: a large map is megabytes, and indentation would add a
 * third again; any JSON viewer shows it indented.
 */
export function serializeBackup(backup: Backup): string {
  return writeJson(backup);
}

/**
 * The file name of a backup made at `now`, by the reader's local date so that backups sort by day.
 * @example backupFileName(new Date(2026, 2, 5)) // 'share-your-network-backup-2026-03-05.json'
 */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${BACKUP_FORMAT}-${day}.json`;
}
