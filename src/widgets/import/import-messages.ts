import * as v from 'valibot';
import { int, object } from '../../lib/schema/json-values';
import { importErrorCodeSchema } from '../../lib/import/import-error';
import { importPlanSchema, type ImportPlan } from '../../lib/import/import-plan-schema';
import { parsedImportSchema } from '../../lib/import/imported-contact';
import type { Network } from '../../lib/network/network';

/** The steps of an import the reader sees named while a large file is read. */
export const IMPORT_PHASES = ['reading', 'parsing', 'matching'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** What the page sends the worker: the file's bytes and the map to match them against. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  network: Network;
}

/**
 * What the file held, without the contacts themselves (the plan carries those that matter), so
 * that a 30,000-row file crosses from the worker once, not twice.
 */
export const importSummarySchema = object({
  ...v.omit(parsedImportSchema, ['people']).entries,
  peopleCount: v.pipe(int(), v.minValue(0)),
});
export type ImportSummary = v.InferOutput<typeof importSummarySchema>;

/** Every message the worker posts; the page checks each one against this schema. */
export const workerMessageSchema = v.variant('type', [
  object({ type: v.literal('progress'), phase: v.picklist(IMPORT_PHASES) }),
  object({ type: v.literal('failed'), error: importErrorCodeSchema }),
  object({ type: v.literal('done'), summary: importSummarySchema, plan: importPlanSchema }),
]);
export type WorkerMessage = v.InferOutput<typeof workerMessageSchema>;

/**
 * The answer to one import: a summary and a plan for the preview, or why the file cannot be
 * imported (`worker-failed`: the worker broke or answered nonsense; `cancelled`: the reader
 * stopped it).
 */
export type ImportAnswer =
  | { ok: true; summary: ImportSummary; plan: ImportPlan }
  | {
      ok: false;
      error: v.InferOutput<typeof importErrorCodeSchema> | 'worker-failed' | 'cancelled';
    };

/**
 * Reads a file and plans its import. The page uses a Web Worker (parse-in-worker.ts); component
 * tests pass their own.
 */
export type ParseImport = (
  bytes: Uint8Array,
  network: Network,
  onPhase: (phase: ImportPhase) => void,
  signal?: AbortSignal,
) => Promise<ImportAnswer>;
