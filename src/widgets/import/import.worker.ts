/// <reference lib="webworker" />
import type { ImportRequest, WorkerMessage } from './import-messages';
import { runImport } from './run-import';

/*
 * Reads and matches a contact file off the page's main thread, so that a 30,000-row LinkedIn
 * export never freezes the page. One worker per import; the page terminates it afterwards.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { bytes, network } = event.data;
  post(runImport(new Uint8Array(bytes), network, (phase) => post({ type: 'progress', phase })));
};
