import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { applyImportPlan } from '../../../src/lib/import/apply-import-plan';
import { counterIds } from '../../../src/lib/network/ids';
import {
  importHistorySchema,
  MAX_REMEMBERED_IMPORTS,
  personFingerprint,
  recordImport,
  rememberImport,
} from '../../../src/lib/import/import-record';
import { planImport } from '../../../src/lib/import/plan-import';
import { undoRecordedImport } from '../../../src/lib/import/undo-recorded-import';
import { networkSchema, type Network } from '../../../src/lib/network/network';
import { importOk, person, utf8 } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ROWS = [
  'Viktor,Phạm,https://linkedin.com/in/v1,,Example Logistics,CTO,05 Mar 2021',
  'Viktor,Phạm,https://linkedin.com/in/v2,,Example Logistics,CTO,05 Mar 2021',
  'Lan,Ngô,,lan@example.com,FPT Software,Kế toán,06 Mar 2021',
];

/** A map with Lan typed by the reader (no company yet), then the import of ROWS. */
function imported() {
  const before: Network = {
    people: [person({ id: 'p1', name: 'Lan (school)', email: 'lan@example.com' })],
    ties: [],
    customContexts: [],
    issues: [],
  };
  const plan = planImport(before, importOk(utf8([HEADER, ...ROWS].join('\n'))));
  const result = applyImportPlan(before, plan, {
    idFactory: counterIds(new Set(['p1'])),
    now: new Date('2026-12-04T10:00:00Z'),
  });
  if (!result.ok) throw new Error(result.detail);
  const record = recordImport({
    ...result,
    after: result.network,
    id: 'i1',
    file: 'Connections.csv',
    at: new Date('2026-12-04T10:00:00Z'),
    plan,
  });
  return { before, after: result.network, record };
}

describe('recordImport', () => {
  it('remembers the file, the people added and the people filled in', () => {
    const { record } = imported();
    expect(record).toMatchObject({ file: 'Connections.csv', format: 'linkedin-csv' });
    expect(record.added.map(([id]) => id)).toEqual(['p2', 'p3']);
    expect(record.merged.map((m) => [m.id, Object.keys(m.fills).sort()])).toEqual([
      ['p1', ['company', 'position', 'since']],
    ]);
    expect(v.safeParse(importHistorySchema, [record]).success).toBe(true);
  });
});

describe('personFingerprint', () => {
  it('does not depend on the order of the keys, as a record read back from storage may differ', () => {
    const { after } = imported();
    for (const p of after.people) {
      const reread = v.parse(networkSchema, JSON.parse(JSON.stringify(after))).people;
      expect(personFingerprint(reread.find((r) => r.id === p.id) ?? p)).toBe(personFingerprint(p));
    }
  });
});

describe('undoRecordedImport', () => {
  it('gives back the map as it was when nothing changed since', () => {
    const { before, after, record } = imported();
    const { network, report } = undoRecordedImport(after, record);
    expect(network.people).toEqual(before.people);
    expect(report).toEqual({ removed: 2, restored: 1, keptEdited: 0 });
  });

  it('keeps what the reader edited, tied or added since, and says how many it kept', () => {
    const { after, record } = imported();
    const edited: Network = {
      ...after,
      people: [
        ...after.people.map((p) => (p.id === 'p2' ? { ...p, ring: 'close' as const } : p)),
        person({ id: 'p9', name: 'Typed after the import' }),
      ],
      ties: [{ a: 'p1', b: 'p3', strength: 'weak' }],
    };
    const { network, report } = undoRecordedImport(edited, record);
    expect(network.people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p9']);
    expect(report).toEqual({ removed: 0, restored: 1, keptEdited: 2 });
    expect(network.people[0]?.company).toBe('');
  });

  it('leaves alone a person the reader deleted since', () => {
    const { after, record } = imported();
    const without = { ...after, people: after.people.filter((p) => p.id !== 'p2') };
    expect(undoRecordedImport(without, record).report).toEqual({
      removed: 1,
      restored: 1,
      keptEdited: 0,
    });
  });
});

describe('rememberImport', () => {
  it('puts the newest first and forgets the oldest past the limit', () => {
    const { record } = imported();
    let history = v.parse(importHistorySchema, []);
    for (let i = 0; i < MAX_REMEMBERED_IMPORTS + 2; i++) {
      history = rememberImport(history, { ...record, id: `i${String(i)}` });
    }
    expect(history).toHaveLength(MAX_REMEMBERED_IMPORTS);
    expect(history[0]?.id).toBe(`i${String(MAX_REMEMBERED_IMPORTS + 1)}`);
  });
});
