import { z } from 'zod';
import { persistentCollection } from './persistence';

/** When this browser last made a backup; not itself put in backups (it describes the browser). */
export const backupMeta = persistentCollection({
  name: 'backup-meta',
  version: 1,
  schema: z.object({ lastBackupAt: z.string().max(40).optional() }),
  initial: (): { lastBackupAt?: string } => ({}),
});
