import { emptyNetwork, networkSchema } from '../lib/network/network';
import { persistentCollection } from './persistence';

/** The reader's network map (people, ties, their own contexts and issues), kept in this browser. */
export const network = persistentCollection({
  name: 'network',
  version: 1,
  schema: networkSchema,
  initial: emptyNetwork,
});
