// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { record } from '../intro/log-fixtures';

/* Each test imports fresh stores after putting what an earlier visit saved into localStorage. */
async function load() {
  vi.resetModules();
  const store = await import('../../../src/stores/introductions');
  const { storageHealth } = await import('../../../src/stores/storage-health');
  return { ...store, storageHealth };
}

const saved = (data: unknown) => JSON.stringify({ v: 1, data });
const stored = () => JSON.parse(localStorage.getItem('syn:introductions') ?? 'null') as unknown;

beforeEach(() => localStorage.clear());

describe('introductions', () => {
  it('starts empty and reads what an earlier visit saved', async () => {
    expect((await load()).introductions.get()).toEqual([]);
    localStorage.setItem('syn:introductions', saved([record('i1')]));
    expect((await load()).introductions.get()).toEqual([record('i1')]);
  });

  it('repairs broken fields of a saved record, tells the reader and keeps the original', async () => {
    const raw = saved([{ ...record('i1'), outcome: 'great', notes: 7, followUp: '2026-02-30' }]);
    localStorage.setItem('syn:introductions', raw);
    const { introductions, storageHealth, addIntroduction } = await load();
    // Each broken field falls back to its default (restoreIntroductionLog)…
    expect(introductions.get()).toEqual([record('i1', { outcome: 'pending', notes: '' })]);
    // …and the three values it replaced (outcome, notes, follow-up) are reported, the stored text kept until the reader chooses.
    expect(storageHealth.get()['introductions']).toEqual({ state: 'repaired', count: 3, raw });
    addIntroduction(record('i2'));
    expect(localStorage.getItem('syn:introductions')).toBe(raw);
  });

  it('reports a record it cannot repair and keeps the stored text untouched', async () => {
    const raw = saved([record('i1'), { id: 'i2', date: 'yesterday' }]);
    localStorage.setItem('syn:introductions', raw);
    const { introductions, storageHealth, addIntroduction } = await load();
    expect(storageHealth.get()['introductions']).toMatchObject({ state: 'damaged', raw });
    addIntroduction(record('i3'));
    // Nothing is written over the damaged value until the reader decides.
    expect(localStorage.getItem('syn:introductions')).toBe(raw);
    expect(introductions.get()).toEqual([record('i3')]);
  });

  it('reports a value that is not a list as damaged', async () => {
    localStorage.setItem('syn:introductions', saved({ records: [] }));
    const { storageHealth } = await load();
    expect(storageHealth.get()['introductions']).toMatchObject({ state: 'damaged' });
  });
});

describe('addIntroduction', () => {
  it('saves the record with its defaults and returns it', async () => {
    const { addIntroduction } = await load();
    const added = addIntroduction({
      id: 'i1',
      personA: { kind: 'person', personId: 'p1' },
      personB: { kind: 'typed', name: 'Lan' },
      date: '2026-03-01',
    });
    expect(added).toMatchObject({ id: 'i1', outcome: 'pending', direction: 'given' });
    expect(stored()).toEqual({ v: 2, data: [added] });
  });
});

describe('updateIntroduction', () => {
  it('saves the changed fields, and clears the follow-up when given undefined', async () => {
    localStorage.setItem('syn:introductions', saved([record('i1', { followUp: '2026-04-01' })]));
    const { updateIntroduction, introductions } = await load();
    updateIntroduction('i1', { outcome: 'good', followUp: undefined });
    expect(introductions.get()).toEqual([record('i1', { outcome: 'good' })]);
    expect(stored()).toEqual({ v: 2, data: [record('i1', { outcome: 'good' })] });
  });
});

describe('removeIntroduction', () => {
  it('removes a record and saves the log without it', async () => {
    localStorage.setItem('syn:introductions', saved([record('i1'), record('i2')]));
    const { removeIntroduction } = await load();
    expect(removeIntroduction('i1')).toEqual({ record: record('i1'), index: 0 });
    expect(stored()).toEqual({ v: 2, data: [record('i2')] });
  });
});

describe('undoRemoveIntroduction', () => {
  it('puts the record back where it was', async () => {
    localStorage.setItem('syn:introductions', saved([record('i1'), record('i2')]));
    const { removeIntroduction, undoRemoveIntroduction, introductions } = await load();
    undoRemoveIntroduction(removeIntroduction('i1'));
    expect(introductions.get()).toEqual([record('i1'), record('i2')]);
  });
});

describe('newRecordId', () => {
  it('gives a different id each time', async () => {
    const { newRecordId } = await load();
    const ids = new Set(Array.from({ length: 200 }, newRecordId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^i-[0-9a-z]+-[0-9a-z]+$/);
  });
});
