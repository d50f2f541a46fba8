/// <reference lib="webworker" />
import { z } from 'zod/mini';
import type { ImportRequest, WorkerMessage } from './import-messages';
import { runImport } from './run-import';

/*
 * Reads and matches a contact file off the page's main thread, so that a 30,000-row LinkedIn
 * export never freezes the page. One worker per import; the page terminates it afterwards.
 */

// The page's CSP forbids `new Function`, which zod would otherwise probe for (see envelope.ts).
z.config({ jitless: true });

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { bytes, network } = event.data;
  post(runImport(new Uint8Array(bytes), network, (phase) => post({ type: 'progress', phase })));
};
