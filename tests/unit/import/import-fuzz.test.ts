import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyImportPlan } from '../../../src/lib/import/apply-import-plan';
import { counterIds } from '../../../src/lib/network/ids';
import { IMPORT_ERROR_CODES } from '../../../src/lib/import/import-error';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { importOutcomeSchema } from '../../../src/lib/import/imported-contact';
import { planImport } from '../../../src/lib/import/plan-import';
import { resolvePossibleMatches } from '../../../src/lib/import/resolve-possible-matches';
import { networkSchema, type Network } from '../../../src/lib/network/network';
import type { Person } from '../../../src/lib/network/person';
import { latin1, person, utf16, utf8 } from './helpers';

// The reliability notes ask for 10,000 files; FUZZ_RUNS=10000 runs them (about two minutes).
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** 50 people, some with empty fields a merge could fill, some whose keys the files reuse. */
function existingNetwork(): Network {
  const people = Array.from({ length: 50 }, (_, i) =>
    person({
      id: `p${String(i + 1)}`,
      name: i % 10 === 9 ? '' : `Người ${String(i)} Nguyễn`,
      company: i % 3 === 0 ? '' : `Công ty ${String(i % 7)}`,
      email: i % 4 === 0 ? '' : `person${String(i)}@example.com`,
      url: i % 5 === 0 ? '' : `https://www.linkedin.com/in/person-${String(i)}`,
      notes: i % 2 === 0 ? '' : `typed by the reader ${String(i)}`,
      contexts: i % 6 === 0 ? ['imported'] : ['workplace'],
      ...(i % 10 === 9 ? { since: '2022-06-02' } : {}),
    }),
  );
  return {
    people,
    ties: [{ a: 'p1', b: 'p2', strength: 'weak' }],
    customContexts: [],
    issues: ['x'],
  };
}

const HEADERS = [
  'Notes:\n"When exporting your connection data, you may notice, that some are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'First Name;Last Name;URL;Email Address;Company;Position;Connected on',
  'First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Labels,E-mail 1 - Value,Phone 1 - Value,Website 1 - Value',
  'Name,Given Name,Family Name,Group Membership,E-mail 1 - Value,Organization 1 - Name',
  'First Name,Last Name,E-mail Address,Company,Job Title,Categories,Notes',
  'Date,Description,Amount',
  '',
];

const NASTY = [
  '=1+1',
  '+cmd|x',
  '@SUM(A1)',
  '-2',
  '\t=x',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"',
  '""',
  ',',
  ';',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '🚀',
  '👩‍👩‍👧',
  '𝐀𝐧𝐧𝐚',
  'Nguyễn Thị Ánh',
  '佐藤',
  'ערבית',
  'javascript:alert(1)',
  'https://www.linkedin.com/in/person-3',
  'https://www.linkedin.com/in/person-7/',
  'person5@example.com',
  'PERSON6@EXAMPLE.COM',
  'Người 2 Nguyễn',
  'Công ty 2',
  '05 Mar 2021',
  '6-Feb-26',
  '1/8/18, 6:14 PM',
  '16.09.2021',
  '02 Jun 2022',
  '31 Feb 2021',
  '__proto__',
  'constructor',
  'BEGIN:VCARD',
  'END:VCARD',
  '* Other Contacts ::: Work',
  'urn:li:member:1',
  '\u0000',
  '\ufeff',
  '\ud800',
];

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 2, arbitrary: fc.constant('') },
);

/** A cell as written: quoted properly, or raw (which may break the row, as real files do). */
const writtenCell = fc
  .tuple(cell, fc.boolean())
  .map(([value, quote]) => (quote ? `"${value.replace(/"/g, '""')}"` : value));

/** A well-formed LinkedIn row whose keys often belong to someone on the map or earlier in the file. */
const linkedInRow = fc
  .record({
    i: fc.nat({ max: 60 }),
    name: fc.constantFrom('Người', 'Anh', '', 'Robert "Bobby"'),
    url: fc.boolean(),
    email: fc.constantFrom('', 'person', 'PERSON', 'other'),
    company: fc.constantFrom('', 'Công ty', 'Cong Ty'),
    date: fc.constantFrom('05 Mar 2021', '02 Jun 2022', '', 'not a date'),
  })
  .map((r) => {
    const n = String(r.i);
    return [
      r.name === '' ? '' : `${r.name} ${n}`,
      r.name === '' ? '' : 'Nguyễn',
      r.url ? `https://www.linkedin.com/in/person-${n}` : '',
      r.email === '' ? '' : `${r.email}${n}@example.com`,
      r.company === '' ? '' : `${r.company} ${String(r.i % 7)}`,
      'Engineer',
      r.date,
    ].map((value) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value));
  });

const csvFile = fc.record({
  header: fc.constantFrom(...HEADERS),
  rows: fc.array(fc.oneof(fc.array(writtenCell, { maxLength: 11 }), linkedInRow), {
    maxLength: 25,
  }),
  separator: fc.constantFrom(',', ',', ';'),
  lineEnd: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'),
  // Junk bytes in one file of four: most files should get as far as matching and merging.
  junk: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record({ bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }), at: fc.nat() }),
    },
  ),
});

type CsvFile = typeof csvFile extends fc.Arbitrary<infer T> ? T : never;

/** The file's bytes in its encoding, with its junk spliced in. */
function encode(file: CsvFile): Uint8Array {
  const lines = [file.header, ...file.rows.map((row) => row.join(file.separator))];
  const text = lines.join(file.lineEnd) + (file.finalNewline ? file.lineEnd : '');
  let bytes: Uint8Array;
  if (file.encoding === 'utf-16le') bytes = utf16(text, 'le');
  else if (
    file.encoding === 'windows-1252' &&
    [...text].every((char) => char.charCodeAt(0) <= 0xff)
  )
    bytes = latin1(text);
  else bytes = utf8(file.encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
  if (!file.junk) return bytes;
  const at = file.junk.at % (bytes.length + 1);
  return new Uint8Array([...bytes.subarray(0, at), ...file.junk.bytes, ...bytes.subarray(at)]);
}

/** Every line break a decoder could see, plus one: no record can start after that line. */
function lineBound(bytes: Uint8Array): number {
  let breaks = 0;
  for (const byte of bytes) if (byte === 0x0a || byte === 0x0d) breaks++;
  return breaks + 1;
}

function textFields(p: Person) {
  return {
    name: p.name,
    company: p.company,
    position: p.position,
    email: p.email,
    url: p.url,
    notes: p.notes,
  };
}

describe('importing generated CSV files into a map of 50 people', () => {
  it(
    `never throws, never changes what the reader typed, and is all or nothing (${String(RUNS)} files)`,
    () => {
      const existing = existingNetwork();
      const snapshot = structuredClone(existing);
      const ids = new Set(existing.people.map((p) => p.id));
      fc.assert(
        fc.property(csvFile, (file) => {
          const bytes = encode(file);
          const outcome = importContacts(bytes);
          expect(v.safeParse(importOutcomeSchema, outcome).success).toBe(true);
          if (!outcome.ok) {
            expect(IMPORT_ERROR_CODES).toContain(outcome.error);
            return;
          }
          const bound = lineBound(bytes);
          for (const { line } of [...outcome.rejected, ...outcome.people]) {
            expect(line).toBeGreaterThanOrEqual(1);
            expect(line).toBeLessThanOrEqual(bound);
          }
          for (const contact of outcome.people) {
            expect(contact.url === '' || /^(https?|mailto):/.test(contact.url)).toBe(true);
          }

          const plan = planImport(existing, outcome);
          const placed = [
            ...plan.additions.map((c) => c.line),
            ...plan.merges.map((m) => m.line),
            ...plan.unchanged.map((u) => u.line),
            ...plan.duplicatesInFile.map((d) => d.line),
            ...plan.possibleMatches.map((m) => m.line),
            ...plan.skipped.map((k) => k.line),
          ];
          expect(placed.sort((a, b) => a - b)).toEqual(
            outcome.people.map((c) => c.line).sort((a, b) => a - b),
          );

          const resolved = resolvePossibleMatches(plan, new Map());
          const applied = applyImportPlan(existing, resolved, {
            idFactory: counterIds(ids),
            now: new Date(0),
          });
          expect(existing).toEqual(snapshot); // the map given is never mutated
          if (!applied.ok) throw new Error(applied.detail);
          const after = applied.network;
          expect(after.people).toHaveLength(existing.people.length + resolved.additions.length);
          expect(v.safeParse(networkSchema, after).success).toBe(true);
          expect(after.ties).toEqual(existing.ties);
          existing.people.forEach((before, i) => {
            const now = after.people[i];
            if (!now) throw new Error('person lost');
            expect(now.id).toBe(before.id);
            for (const [field, value] of Object.entries(textFields(before))) {
              if (value.trim() !== '')
                expect(textFields(now)[field as keyof ReturnType<typeof textFields>]).toBe(value);
            }
            if (before.since !== undefined) expect(now.since).toBe(before.since);
            expect(now.contexts.slice(0, before.contexts.length)).toEqual(before.contexts);
            expect([now.ring, now.trust, now.preference]).toEqual([
              before.ring,
              before.trust,
              before.preference,
            ]);
          });
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * 20,
  );
});
