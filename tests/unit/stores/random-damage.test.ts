// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeJson } from '../../../src/lib/storage/repair-text';
import { COLLECTION_NAMES, collectionDefinition } from '../../../src/stores/collections';
import {
  answersArb,
  focusPlanArb,
  introductionsArb,
  networkArb,
  progressArb,
} from '../backup/workbook-arbitraries';
import { readDamaged } from './told-or-intact';

/** A valid value of each collection, as the workbook would have stored it. */
const valid: Record<string, fc.Arbitrary<unknown>> = {
  network: networkArb,
  progress: progressArb,
  answers: answersArb,
  'focus-plan': focusPlanArb,
  introductions: introductionsArb,
  'intro-weights': fc.constant(null).map(() => collectionDefinition('intro-weights')?.initial()),
  'intro-weigher': fc.constant(null).map(() => collectionDefinition('intro-weigher')?.initial()),
  'import-history': fc.array(
    fc.record({
      id: fc.uuid(),
      file: fc.constantFrom('Connections.csv', 'danh bạ Nguyễn.vcf', 'contacts.csv'),
      at: fc.constant('2026-03-01T08:00:00.000Z'),
      format: fc.constantFrom('linkedin-csv', 'google-csv'),
      added: fc.array(fc.tuple(fc.uuid(), fc.constantFrom('1a2b3c', 'zz9')), { maxLength: 4 }),
      merged: fc.array(
        fc.record({
          id: fc.uuid(),
          fills: fc.record({ company: fc.string({ maxLength: 10 }) }),
          addedImportedContext: fc.boolean(),
          fingerprint: fc.constant('k3j2'),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 3 },
  ),
  'backup-meta': fc.option(fc.constant({ lastBackupAt: '2026-03-01T08:00:00.000Z' }), {
    nil: {},
  }),
};

type Damage =
  | { kind: 'surrogate' | 'nul' | 'long' | 'proto' | 'drop' | 'duplicate' | 'deep' }
  | { kind: 'replace'; with: unknown };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.constantFrom<Damage>(
    { kind: 'surrogate' },
    { kind: 'nul' },
    { kind: 'long' },
    { kind: 'proto' },
    { kind: 'drop' },
    { kind: 'duplicate' },
    { kind: 'deep' },
  ),
  fc.jsonValue({ maxDepth: 2 }).map((value): Damage => ({ kind: 'replace', with: value })),
);

interface Place {
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number;
  value: unknown;
}

/** Every place in a JSON value (the root has no parent), walked without recursion. */
function places(root: unknown): Place[] {
  const found: Place[] = [{ parent: undefined, key: '', value: root }];
  for (let index = 0; index < found.length; index++) {
    const { value } = found[index] as Place;
    if (Array.isArray(value)) {
      value.forEach((child: unknown, key) => found.push({ parent: value, key, value: child }));
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object))
        found.push({ parent: object, key, value: object[key] });
    }
  }
  return found;
}

/** One piece of damage at one place of a stored value (a copy: the original is left alone). */
function damage(data: unknown, at: number, what: Damage): unknown {
  const root = { data: structuredClone(data) } as Record<string, unknown>;
  const all = places(root).slice(1);
  const place = all[at % all.length] as Place;
  const { parent, key, value } = place;
  const set = (next: unknown) => {
    if (Array.isArray(parent)) parent[key as number] = next;
    else
      Object.defineProperty(parent, key, {
        value: next,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  };
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  switch (what.kind) {
    case 'surrogate':
      set(`${text}\ud800`);
      break;
    case 'nul':
      set(`${text}\u0000`);
      break;
    case 'long':
      set(text.repeat(2).padEnd(100_000, 'ạ'));
      break;
    case 'proto':
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        Object.defineProperty(value, '__proto__', {
          value: { name: 'x', trust: 9 },
          enumerable: true,
        });
      } else set({ constructor: { prototype: { polluted: true } } });
      break;
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (parent) Reflect.deleteProperty(parent, key);
      break;
    case 'duplicate':
      if (Array.isArray(value) && value.length > 0) value.push(structuredClone(value[0]));
      else if (Array.isArray(parent)) parent.push(structuredClone(value));
      else set([value, value]);
      break;
    case 'deep':
      set(JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`));
      break;
    case 'replace':
      set(what.with);
      break;
  }
  return root['data'];
}

beforeEach(() => localStorage.clear());

describe('random damage seeded into every collection', () => {
  it('lists a generator for every collection', () => {
    expect(Object.keys(valid).sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it.each(COLLECTION_NAMES.map((name) => [name]))(
    '%s is always told about or read intact',
    { timeout: 120_000 },
    (name) => {
      fc.assert(
        fc.property(
          valid[name] as fc.Arbitrary<unknown>,
          fc.nat(),
          damageArb,
          fc.boolean(),
          (value, at, what, escaped) => {
            const stored = JSON.parse(writeJson(value)) as unknown;
            // Stored at the collection's own version, as the workbook writes it today.
            const version = collectionDefinition(name)?.codec.version ?? 1;
            const text = JSON.stringify({ v: version, data: damage(stored, at, what) });
            // A lone surrogate may be in storage escaped (`\ud800`) or as the raw character.
            readDamaged(name, escaped ? text : text.replaceAll('\\ud800', '\ud800'));
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});

describe('the valid values the damage is seeded into', () => {
  it.each(COLLECTION_NAMES.map((name) => [name]))('%s reads back untouched', (name) => {
    fc.assert(
      fc.property(valid[name] as fc.Arbitrary<unknown>, (value) => {
        const version = collectionDefinition(name)?.codec.version ?? 1;
        // As the workbook writes it: writeJson never stores a lone surrogate or a NUL.
        const data = JSON.parse(writeJson(value)) as unknown;
        const outcome = readDamaged(name, JSON.stringify({ v: version, data }));
        expect(outcome.kind).toBe('intact');
      }),
      { numRuns: 30 },
    );
  });
});
