import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { object } from '../../../src/lib/schema/json-values';
import { buildBackup } from '../../../src/lib/backup/build-backup';
import { previewBackup } from '../../../src/lib/backup/preview-backup';
import { progressSchema } from '../../../src/lib/lessons/progress';
import type { CollectionCodec } from '../../../src/lib/storage/envelope';

const NOW = new Date('2026-03-05T08:30:00.000Z');
const progressCodec: CollectionCodec<unknown> = { version: 1, schema: progressSchema };
// A collection at version 2 whose version 1 stored a bare list of names.
const notesCodec: CollectionCodec<unknown> = {
  version: 2,
  schema: object({ names: v.array(v.string()) }),
  migrations: { 1: (data) => ({ names: data }) },
};
const codecs: Record<string, CollectionCodec<unknown>> = {
  progress: progressCodec,
  notes: notesCodec,
};

describe('previewBackup', () => {
  it('reads a known collection through its schema and counts what it holds', () => {
    const backup = buildBackup(
      { progress: { v: 1, data: { visited: { a: 't', b: 't' }, done: { a: 't' } } } },
      NOW,
    );
    expect(previewBackup(backup, (name) => codecs[name])).toEqual([
      {
        name: 'progress',
        status: 'ready',
        counts: [
          { field: 'visited', count: 2 },
          { field: 'done', count: 1 },
        ],
        value: { visited: { a: 't', b: 't' }, done: { a: 't' } },
        stored: { v: 1, data: { visited: { a: 't', b: 't' }, done: { a: 't' } } },
        detail: '',
      },
    ]);
  });

  it('migrates a collection saved by an older schema version, as reading it from storage would', () => {
    const backup = buildBackup({ notes: { v: 1, data: ['Lan', 'Minh'] } }, NOW);
    const [entry] = previewBackup(backup, (name) => codecs[name]);
    expect(entry?.status).toBe('ready');
    expect(entry?.value).toEqual({ names: ['Lan', 'Minh'] });
  });

  it('reports a collection that fails its schema and leaves the others ready', () => {
    const backup = buildBackup(
      {
        progress: { v: 1, data: { visited: 'not a record' } },
        notes: { v: 2, data: { names: ['Lan'] } },
      },
      NOW,
    );
    const entries = previewBackup(backup, (name) => codecs[name]);
    expect(entries.map((entry) => [entry.name, entry.status])).toEqual([
      ['notes', 'ready'],
      ['progress', 'invalid'],
    ]);
    expect(entries[1]?.value).toBeUndefined();
    expect(entries[1]?.detail).toMatch(/^backup\/previewBackup: progress: /);
  });

  it('does not restore a collection saved by a later schema version', () => {
    const backup = buildBackup({ progress: { v: 7, data: {} } }, NOW);
    const [entry] = previewBackup(backup, (name) => codecs[name]);
    expect(entry?.status).toBe('newer');
    expect(entry?.detail).toBe('backup/previewBackup: progress is schema version 7');
  });

  it('keeps a collection this version does not know as it is, counted', () => {
    const backup = buildBackup(
      { 'focus-plan': { v: 3, data: { goals: [1, 2], checkIns: [] } } },
      NOW,
    );
    const [entry] = previewBackup(backup, (name) => codecs[name]);
    expect(entry).toMatchObject({
      status: 'unknown',
      counts: [
        { field: 'goals', count: 2 },
        { field: 'checkIns', count: 0 },
      ],
      stored: { v: 3, data: { goals: [1, 2], checkIns: [] } },
    });
    expect(entry?.value).toBeUndefined();
  });
});
