import { emptyNetwork, networkSchema } from '../lib/network/network';
import { persistentCollection } from './persistence';

/**
 * The reader's network map (people, ties, their own contexts and issues), kept in this browser.
 * It may hold tens of thousands of imported contacts, more than localStorage's room, so it may
 * move to IndexedDB (`spill`).
 */
export const network = persistentCollection({
  name: 'network',
  version: 1,
  schema: networkSchema,
  initial: emptyNetwork,
  spill: true,
});
