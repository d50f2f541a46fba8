import * as v from 'valibot';
import { expect } from 'vitest';
import { countLostValues } from '../../../src/lib/storage/lost-values';
import { collectionDefinition } from '../../../src/stores/collections';
import { persistentCollection } from '../../../src/stores/persistence';
import { setCollectionHealth, storageHealth } from '../../../src/stores/storage-health';

let reads = 0;

/** What happened when a stored text was read the way the reader's browser reads it. */
export type ReadOutcome =
  { kind: 'told'; state: string; value: unknown } | { kind: 'intact'; value: unknown };

/**
 * Puts `raw` where the collection `name` is stored, reads it through a store built from the
 * collection's own definition (schema, version, migrations, compaction), makes a change so that
 * the store saves, and checks the rule every collection keeps:
 * - told: the reader is told (damaged, repaired or newer) and the stored text is kept exactly as
 *   it was, even after the save;
 * - or intact: nothing is reported and every value of the stored data is still there, on screen
 *   and in what the save wrote.
 */
export function readDamaged(name: string, raw: string): ReadOutcome {
  const definition = collectionDefinition(name);
  if (!definition) throw new Error(`no collection ${name}`);
  reads += 1;
  const caseName = `${name}-case-${String(reads)}`;
  localStorage.setItem(`syn:${caseName}`, raw);
  const store = persistentCollection({
    ...definition.codec,
    // Read on the page, at once, as every value under DECODE_OFF_PAGE_AT is: a long one is read
    // off the page (tests/unit/stores/large-read.test.ts checks those the same way, waiting).
    spill: false,
    name: caseName,
    initial: definition.initial,
  });
  const unbind = store.listen(() => undefined);
  try {
    const health = storageHealth.get()[caseName];
    const value = store.get();
    // A save the reader did not ask for: the same value again, as a fresh object.
    store.set(structuredClone(value));
    const after = localStorage.getItem(`syn:${caseName}`);
    if (health && 'raw' in health) {
      expect(health.raw).toBe(raw);
      expect(after, 'a save must not write over what the reader was told about').toBe(raw);
      if (health.state === 'repaired') expect(health.count).toBeGreaterThan(0);
      return { kind: 'told', state: health.state, value };
    }
    expect(health, `unexpected health for ${name}`).toBeUndefined();
    const data = (JSON.parse(raw) as { data: unknown }).data;
    const shown: unknown = JSON.parse(JSON.stringify(value));
    expect(countLostValues(data, shown), 'values lost on screen without a word').toBe(0);
    const written = v.parse(
      definition.codec.schema,
      (JSON.parse(after ?? 'null') as { data: unknown }).data,
    );
    expect(
      countLostValues(data, JSON.parse(JSON.stringify(written))),
      'values lost by the save',
    ).toBe(0);
    return { kind: 'intact', value };
  } finally {
    unbind();
    localStorage.removeItem(`syn:${caseName}`);
    setCollectionHealth(caseName, { state: 'ok' });
  }
}

/** A stored envelope around `data`, as the workbook writes it. */
export function envelope(data: unknown): string {
  return JSON.stringify({ v: 1, data });
}

/**
 * The same stored text with its lone surrogate written raw rather than escaped as `\ud800` (as
 * JSON.stringify writes it): both can be found in a browser's storage.
 */
export function rawSurrogate(text: string): string {
  const raw = text.replace('\\ud800', '\ud800');
  if (raw === text) throw new Error('no escaped lone surrogate in the text');
  return raw;
}
