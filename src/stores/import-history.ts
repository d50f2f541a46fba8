import { importHistorySchema, type ImportHistory } from '../lib/import/import-record';
import { persistentCollection } from './persistence';

/**
 * The imports the reader may still undo from the Your data page, newest first, until they dismiss
 * them. A large import's record (ids and fingerprints of 30,000 people) moves to IndexedDB.
 */
export const importHistory = persistentCollection<ImportHistory>({
  name: 'import-history',
  version: 1,
  schema: importHistorySchema,
  initial: () => [],
  spill: true,
});
