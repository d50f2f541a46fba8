import { decodeEnvelope, type CollectionCodec, type DecodeResult } from '../lib/storage/envelope';
import { decodeCollector } from '../lib/storage/decode-messages';

/*
 * Reading a large stored value (a 30,000-person map: 2.8 million characters) on the page is one
 * task of 750–1,500 ms: the page could not paint or answer the reader meanwhile. So a value this
 * long (DECODE_OFF_PAGE_AT, storage-room.ts) is read in a module worker (decode.worker.ts), while the collection says it is loading
 * (persistence.ts), and comes back a few thousand records per message (decode-messages.ts).
 * Fetched only when such a value is read.
 */

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * Reads `text` as `decodeEnvelope` does, in a worker; always resolves, never later than needed:
 * when the browser cannot start the worker, or it fails or answers with anything unexpected, the
 * page reads the text itself (in one long task, as before, but never wrongly).
 */
export function decodeOffPage<T>(
  collection: string,
  text: string,
  codec: CollectionCodec<T>,
): Promise<DecodeResult<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = startWorker();
    const finish = (result: () => DecodeResult<T>) => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      resolve(result());
    };
    const onPage = () => finish(() => decodeEnvelope(text, codec));
    if (!worker) {
      setTimeout(onPage, 0);
      return;
    }
    const collector = decodeCollector();
    worker.onmessage = (event: MessageEvent) => {
      let result: DecodeResult<unknown> | undefined;
      try {
        result = collector.take(event.data);
      } catch {
        onPage();
        return;
      }
      // The worker ran the same decodeEnvelope with this collection's codec.
      if (result !== undefined) finish(() => result as DecodeResult<T>);
    };
    worker.onerror = onPage;
    worker.onmessageerror = onPage;
    worker.postMessage({ collection, text });
  });
}
