import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../../src/lib/backup/backup-format';
import { backupFileName, buildBackup, serializeBackup } from '../../../src/lib/backup/build-backup';
import { parseBackup } from '../../../src/lib/backup/parse-backup';

const NOW = new Date('2026-03-05T08:30:00.000Z');
const progress = { v: 1, data: { visited: { practice: '2026-03-01T10:00:00.000Z' }, done: {} } };

function frame(overrides: Record<string, unknown>): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: NOW.toISOString(),
    collections: { progress },
    ...overrides,
  });
}

describe('buildBackup', () => {
  it('names the format and its version and puts the collections in name order', () => {
    const backup = buildBackup({ progress, answers: { v: 1, data: { answers: {} } } }, NOW);
    expect(backup.format).toBe('share-your-network-backup');
    expect(backup.formatVersion).toBe(1);
    expect(backup.createdAt).toBe('2026-03-05T08:30:00.000Z');
    expect(Object.keys(backup.collections)).toEqual(['answers', 'progress']);
  });

  it('leaves out names that are not collection names of the workbook', () => {
    const backup = buildBackup({ progress, 'syn:x': progress, Bad: progress }, NOW);
    expect(Object.keys(backup.collections)).toEqual(['progress']);
  });
});

describe('serializeBackup', () => {
  it('writes the same text for the same workbook', () => {
    const text = serializeBackup(buildBackup({ progress }, NOW));
    expect(text).toBe(serializeBackup(buildBackup({ progress }, NOW)));
    expect(text.startsWith('{"format":"share-your-network-backup","formatVersion":1,')).toBe(true);
  });
});

describe('backupFileName', () => {
  it('names the file after the local day it was made', () => {
    expect(backupFileName(new Date(2026, 2, 5, 23, 59))).toBe(
      'share-your-network-backup-2026-03-05.json',
    );
  });
});

describe('parseBackup', () => {
  it('reads a backup written by buildBackup', () => {
    const read = parseBackup(serializeBackup(buildBackup({ progress }, NOW)));
    expect(read).toEqual({ ok: true, backup: buildBackup({ progress }, NOW) });
  });

  it('reads a backup saved with a byte order mark by an editor', () => {
    expect(parseBackup(`\uFEFF${frame({})}`).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['blank lines', '\n \n', 'empty'],
    ['a CSV file', 'First Name,Last Name\nLan,Ngo', 'not-json'],
    ['JSON cut short', frame({}).slice(0, -10), 'not-json'],
    ['any other JSON', '{"people":[]}', 'not-backup'],
    ['a JSON list', '[1,2]', 'not-backup'],
    ['JSON null', 'null', 'not-backup'],
    ['another format name', frame({ format: 'excalidraw' }), 'not-backup'],
    ['a later format version', frame({ formatVersion: 2 }), 'newer-version'],
    ['a format version that is not a number', frame({ formatVersion: '1' }), 'invalid'],
    ['no collections', frame({ collections: undefined }), 'invalid'],
    ['a collection without data', frame({ collections: { progress: { v: 1 } } }), 'invalid'],
    [
      'a collection without a version',
      frame({ collections: { progress: { data: {} } } }),
      'invalid',
    ],
    ['a version zero', frame({ collections: { progress: { v: 0, data: {} } } }), 'invalid'],
    ['a collection name with a colon', frame({ collections: { 'syn:x': progress } }), 'invalid'],
  ])('refuses %s', (_name, text, error) => {
    const read = parseBackup(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toBe(error);
      expect(read.detail).toMatch(/^backup\/parseBackup: /);
    }
  });

  it('refuses a text far larger than any workbook without parsing it', () => {
    const read = parseBackup('x'.repeat(100_000_001));
    expect(read.ok === false && read.error).toBe('too-large');
  });

  it('keeps a __proto__ key inside data as plain data, never as a prototype', () => {
    const text = frame({}).replace(
      '"collections":{',
      '"collections":{"x":{"v":1,"data":{"__proto__":{"polluted":1}}},',
    );
    const read = parseBackup(text);
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (read.ok) {
      expect(Object.keys(read.backup.collections['x']?.data as object)).toEqual(['__proto__']);
    }
  });

  it('drops a collection named __proto__ rather than setting the prototype', () => {
    const text = frame({}).replace(
      '"collections":{',
      '"collections":{"__proto__":{"v":1,"data":1},',
    );
    const read = parseBackup(text);
    if (read.ok) {
      expect(Object.getPrototypeOf(read.backup.collections)).toBe(Object.prototype);
      expect(Object.keys(read.backup.collections)).toEqual(['progress']);
    } else {
      expect(read.error).toBe('invalid');
    }
  });
});

describe('parseBackup, given numbers JSON reads as Infinity', () => {
  it('calls a format version of 1e999 a broken file, not one from a later version', () => {
    const text = frame({}).replace('"formatVersion":1', '"formatVersion":1e999');
    expect(parseBackup(text)).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('refuses collections written as a list', () => {
    expect(parseBackup(frame({ collections: [progress] }))).toMatchObject({
      ok: false,
      error: 'invalid',
    });
  });
});
