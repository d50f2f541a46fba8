import * as v from 'valibot';
import { text } from '../lib/schema/text';
import { object } from '../lib/schema/json-values';
import { persistentCollection } from './persistence';

/** When this browser last made a backup; not itself put in backups (it describes the browser). */
export const backupMeta = persistentCollection({
  name: 'backup-meta',
  version: 1,
  schema: object({ lastBackupAt: v.optional(text(40)) }),
  initial: (): { lastBackupAt?: string } => ({}),
});
