import { importContacts } from '../../lib/import/import-contacts';
import { planImport } from '../../lib/import/plan-import';
import type { Network } from '../../lib/network/network';
import type { ImportPhase, WorkerMessage } from './import-messages';

/**
 * Reads a contact file and plans its import against the map: the work the Web Worker does, kept
 * here so that it can also run on the page when a browser cannot start the worker.
 */
export function runImport(
  bytes: Uint8Array,
  network: Network,
  onPhase: (phase: ImportPhase) => void,
): Exclude<WorkerMessage, { type: 'progress' }> {
  onPhase('parsing');
  const outcome = importContacts(bytes);
  if (!outcome.ok) return { type: 'failed', error: outcome.error };
  onPhase('matching');
  const plan = planImport(network, outcome);
  const { people, ok: _ok, ...rest } = outcome;
  return { type: 'done', summary: { ...rest, peopleCount: people.length }, plan };
}
