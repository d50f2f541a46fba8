/// <reference lib="webworker" />
import { networkCodec } from '../lib/network/network-codec';
import type { CollectionCodec } from '../lib/storage/envelope';
import { decodeEnvelope } from '../lib/storage/envelope';
import { decodeMessages } from '../lib/storage/decode-messages';

/*
 * Reads a large stored value off the page's main thread (see persistence-decode.ts): parsing,
 * repairing, checking and re-writing a 30,000-person map to count what the read lost took one
 * task of 750–1,500 ms on the page. The same decodeEnvelope runs here, so the value, the repairs
 * counted and the problems found are exactly those a read on the page gives.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The collections that grow large enough to be read here, by name (persistence.ts `spill`). */
const codecs: Readonly<Record<string, CollectionCodec<unknown>>> = {
  network: networkCodec,
};

scope.onmessage = (event: MessageEvent<{ collection: string; text: string }>) => {
  const { collection, text } = event.data;
  const codec = codecs[collection];
  // A collection this worker does not know: the page reads it itself.
  if (codec === undefined) {
    scope.postMessage({ type: 'unknown' });
    return;
  }
  for (const message of decodeMessages(decodeEnvelope(text, codec))) scope.postMessage(message);
};
