import { describe, expect, it } from 'vitest';
import { undoImport, type AppliedImport } from '../../../src/lib/import/undo-import';
import type { Network } from '../../../src/lib/network/network';
import { person } from './helpers';

const lan = person({ id: 'p1', name: 'Lan', company: '' });
const lanFilled = person({ id: 'p1', name: 'Lan', company: 'Acme', contexts: ['imported'] });
const minh = person({ id: 'p2', name: 'Minh', contexts: ['imported'] });
const ha = person({ id: 'p3', name: 'Hà', contexts: ['imported'] });

const before: Network = { people: [lan], ties: [], customContexts: [], issues: [] };
const after: Network = { ...before, people: [lanFilled, minh, ha] };
const applied: AppliedImport = { before, after, addedIds: ['p2', 'p3'], mergedIds: ['p1'] };

describe('undoImport', () => {
  it('gives back the map from before when nothing changed since the import', () => {
    const { network, report } = undoImport(after, applied);
    expect(network).toBe(before);
    expect(report).toEqual({ removed: 2, restored: 1, keptEdited: 0 });
  });

  it('keeps what the reader added since, and takes off the imported people with their ties', () => {
    const tuan = person({ id: 'p4', name: 'Tuấn' });
    const current: Network = {
      ...after,
      people: [...after.people, tuan],
      ties: [
        { a: 'p2', b: 'p4', strength: 'weak' },
        { a: 'p1', b: 'p4', strength: 'strong' },
      ],
    };
    const { network, report } = undoImport(current, applied);
    expect(network.people).toEqual([lan, tuan]);
    expect(network.ties).toEqual([{ a: 'p1', b: 'p4', strength: 'strong' }]);
    expect(report).toEqual({ removed: 2, restored: 1, keptEdited: 0 });
  });

  it('keeps a merged person the reader edited after the import, as they edited them', () => {
    const edited = { ...lanFilled, notes: 'met again in March' };
    const current: Network = { ...after, people: [edited, minh, ha] };
    const { network, report } = undoImport(current, applied);
    expect(network.people).toEqual([edited]);
    expect(report).toEqual({ removed: 2, restored: 0, keptEdited: 1 });
  });

  it('recognises an untouched merged person read back from storage (a copy, not the same object)', () => {
    const current = JSON.parse(JSON.stringify(after)) as Network;
    const { network } = undoImport(current, applied);
    expect(network.people).toEqual([lan]);
  });
});
