import * as v from 'valibot';
import { importedContactSchema } from '../../lib/import/imported-contact';
import type { Network } from '../../lib/network/network';
import {
  workerMessageSchema,
  type ImportAnswer,
  type ImportPhase,
  type ParseImport,
} from './import-messages';

/** Contacts checked between two pauses that let the page paint and answer the reader. */
const CHECK_CHUNK = 2000;

const contactsSchema = v.array(importedContactSchema);
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The worker's final answer, or undefined for a progress message (reported through `onPhase`).
 * What comes back from a worker is checked like any other boundary; a 30,000-contact plan is
 * checked a chunk at a time so that checking it never freezes the page.
 */
async function toAnswer(
  message: unknown,
  onPhase: (phase: ImportPhase) => void,
): Promise<ImportAnswer | undefined> {
  const additions = readAdditions(message);
  const frame = v.safeParse(
    workerMessageSchema,
    additions === undefined ? message : withAdditions(message, []),
  );
  if (!frame.success) return { ok: false, error: 'worker-failed' };
  const data = frame.output;
  if (data.type === 'progress') {
    onPhase(data.phase);
    return undefined;
  }
  if (data.type === 'failed') return { ok: false, error: data.error };
  const checked = [];
  for (let start = 0; start < (additions?.length ?? 0); start += CHECK_CHUNK) {
    await pause();
    const chunk = v.safeParse(contactsSchema, additions?.slice(start, start + CHECK_CHUNK));
    if (!chunk.success) return { ok: false, error: 'worker-failed' };
    checked.push(...chunk.output);
  }
  return { ok: true, summary: data.summary, plan: { ...data.plan, additions: checked } };
}

/** The additions of a plan message, if the message has that shape at all. */
function readAdditions(message: unknown): unknown[] | undefined {
  if (typeof message !== 'object' || message === null || !('plan' in message)) return undefined;
  const plan: unknown = message.plan;
  if (typeof plan !== 'object' || plan === null || !('additions' in plan)) return undefined;
  return Array.isArray(plan.additions) ? plan.additions : undefined;
}

function withAdditions(message: unknown, additions: unknown[]): unknown {
  const { plan, ...rest } = message as { plan: Record<string, unknown> };
  return { ...rest, plan: { ...plan, additions } };
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
      // Rare (a browser without module workers): the parser and matcher are fetched only then,
      // so that every other reader does not download them twice (once more in the worker).
      void import('./run-import')
        .then(({ runImport }) => toAnswer(runImport(bytes, network, onPhase), onPhase))
        .then(
          (answer) => resolve(answer ?? { ok: false, error: 'worker-failed' }),
          () => resolve({ ok: false, error: 'worker-failed' }),
        );
      return;
    }
    let settled = false;
    const finish = (answer: ImportAnswer) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent) => {
      void toAnswer(event.data, onPhase).then((answer) => {
        if (answer) finish(answer);
      });
    };
    worker.onerror = () => finish({ ok: false, error: 'worker-failed' });
    worker.onmessageerror = () => finish({ ok: false, error: 'worker-failed' });
    signal?.addEventListener('abort', () => finish({ ok: false, error: 'cancelled' }));
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy.buffer, network }, [copy.buffer]);
  });
