import * as v from 'valibot';
import type { CollectionCodec } from '../storage/envelope';
import { compactNetwork } from './compact';
import { networkSchema, type Network } from './network';
import { sanitizeNetwork } from './sanitize';
import { networkPieces } from './stored-text';

/*
 * How the map is stored and read back, in one place: the page's store (stores/network.ts) and the
 * worker that reads a large map off the page (stores/decode.worker.ts) read it the same way.
 *
 * Reading repairs rather than rejects: one tie to a missing person must not hide the whole map.
 * Parsing has no side effect (a backup preview parses maps too); what the repair dropped is
 * counted and reported by the read of the live map (persistence.ts), and the original kept.
 */

/** The stored map's schema version. */
export const NETWORK_VERSION = 1;

const storedNetworkSchema = v.pipe(
  networkSchema,
  v.transform((stored: Network) => sanitizeNetwork(stored).network),
);

/** The map's stored shape: version, schema, compact form and the pieces it is written in. */
export const networkCodec = {
  version: NETWORK_VERSION,
  schema: storedNetworkSchema,
  toStored: compactNetwork,
  // The same text, reusing each unchanged person's and tie's JSON: an edit writes one record.
  toPieces: (value) => networkPieces(value, NETWORK_VERSION),
} satisfies CollectionCodec<Network>;
