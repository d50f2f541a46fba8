// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import {
  COLLECTION_NAMES,
  collectionDefinition,
  collectionEntry,
  collectionLabelKey,
} from '../../../src/stores/collections';

const SOURCE = join(import.meta.dirname, '../../../src');

/** Every source file of the workbook, to find where stores are created. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The names of the collections created with `persistentCollection` anywhere in src. */
function collectionsCreatedInSource(): string[] {
  const call = /persistentCollection(?:<[^(]*>)?\(\{\s*name:\s*'([^']+)'/g;
  return sourceFiles(SOURCE).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(call)].map((match) => match[1] ?? ''),
  );
}

describe('the list of collections', () => {
  it('holds every store created anywhere in the workbook, so none is left out of backups', () => {
    const created = collectionsCreatedInSource();
    expect(created.length).toBeGreaterThanOrEqual(8);
    expect(
      created.filter((name) => !(COLLECTION_NAMES as readonly string[]).includes(name)),
    ).toEqual([]);
    expect([...created].sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it('gives each name the store registered under it, with its schema version', () => {
    for (const name of COLLECTION_NAMES) {
      const definition = collectionDefinition(name);
      expect(definition?.store, name).toBe(collectionEntry(name)?.store);
      expect(definition?.codec.version, name).toBeGreaterThanOrEqual(1);
    }
  });

  it('names every collection for the reader in both languages', () => {
    for (const name of COLLECTION_NAMES) {
      const key = collectionLabelKey(name);
      expect(vi[key as keyof typeof vi], key).toBeTruthy();
      expect(en[key as keyof typeof en], key).toBeTruthy();
    }
  });

  it('knows nothing of a collection that does not exist, such as "settings"', () => {
    expect(collectionEntry('settings')).toBeUndefined();
    expect(collectionEntry('__proto__')).toBeUndefined();
    expect(collectionDefinition('toString')).toBeUndefined();
    expect(Object.keys(vi).filter((key) => key === 'collection.settings')).toEqual([]);
  });

  it('joins backups into the map, progress, answers and log, and only backs up the reader’s work', () => {
    const mergeable = COLLECTION_NAMES.filter((name) => collectionEntry(name)?.merge);
    expect(mergeable).toEqual(['progress', 'answers', 'network', 'introductions']);
    const notBackedUp = COLLECTION_NAMES.filter((name) => !collectionEntry(name)?.backedUp);
    expect(notBackedUp).toEqual(['import-history', 'backup-meta']);
  });
});
