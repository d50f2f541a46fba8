import type { Network } from '../../lib/network/network';
import {
  workerMessageSchema,
  type ImportAnswer,
  type ImportPhase,
  type ParseImport,
} from './import-messages';
import { runImport } from './run-import';

/** The worker's final answer, or undefined for a progress message (reported through `onPhase`). */
function toAnswer(
  message: unknown,
  onPhase: (phase: ImportPhase) => void,
): ImportAnswer | undefined {
  // What comes back from a worker is checked like any other boundary.
  const parsed = workerMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'worker-failed' };
  const data = parsed.data;
  if (data.type === 'progress') {
    onPhase(data.phase);
    return undefined;
  }
  if (data.type === 'failed') return { ok: false, error: data.error };
  return { ok: true, summary: data.summary, plan: data.plan };
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * Reads and plans an import in a Web Worker; phases are reported as the worker posts them. When
 * the browser cannot start the worker, the same work runs on the page.
 */
export const parseInWorker: ParseImport = (
  bytes: Uint8Array,
  network: Network,
  onPhase: (phase: ImportPhase) => void,
  signal?: AbortSignal,
) =>
  new Promise<ImportAnswer>((resolve) => {
    const worker = startWorker();
    if (!worker) {
      resolve(
        toAnswer(runImport(bytes, network, onPhase), onPhase) ?? {
          ok: false,
          error: 'worker-failed',
        },
      );
      return;
    }
    const finish = (answer: ImportAnswer) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent) => {
      const answer = toAnswer(event.data, onPhase);
      if (answer) finish(answer);
    };
    worker.onerror = () => finish({ ok: false, error: 'worker-failed' });
    worker.onmessageerror = () => finish({ ok: false, error: 'worker-failed' });
    signal?.addEventListener('abort', () => finish({ ok: false, error: 'cancelled' }));
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy.buffer, network }, [copy.buffer]);
  });
