import { z } from 'zod/mini';
import { persistentCollection } from './persistence';

/** When this browser last made a backup; not itself put in backups (it describes the browser). */
export const backupMeta = persistentCollection({
  name: 'backup-meta',
  version: 1,
  schema: z.object({ lastBackupAt: z.optional(z.string().check(z.maxLength(40))) }),
  initial: (): { lastBackupAt?: string } => ({}),
});
