import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImportPlan } from '../../../src/lib/import/apply-import-plan';
import { counterIds } from '../../../src/lib/network/ids';
import type { ImportPlan } from '../../../src/lib/import/import-plan-schema';
import { planImport } from '../../../src/lib/import/plan-import';
import {
  resolvePossibleMatches,
  type PossibleMatchChoice,
} from '../../../src/lib/import/resolve-possible-matches';
import type { Network } from '../../../src/lib/network/network';
import { profileUrlKey } from '../../../src/lib/network/identity';
import {
  COMPANIES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
} from '../../bench/lib/realistic-contacts.mjs';
import { importOk, utf8 } from './helpers';

const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const GOOGLE =
  'Name,Given Name,Family Name,Group Membership,E-mail 1 - Value,Organization 1 - Name';
const file = (header: string, rows: readonly string[]) =>
  importOk(utf8([header, ...rows].join('\n')));
const EMPTY: Network = { people: [], ties: [], customContexts: [], issues: [] };

/** Applies a plan, with the reader's choices for possible matches (default: the same person). */
function apply(
  network: Network,
  plan: ImportPlan,
  choices = new Map<number, PossibleMatchChoice>(),
): Network {
  const result = applyImportPlan(network, resolvePossibleMatches(plan, choices), {
    idFactory: counterIds(new Set(network.people.map((p) => p.id))),
    now: new Date('2026-12-04T10:00:00Z'),
  });
  if (!result.ok) throw new Error(result.detail);
  return result.network;
}

describe('importing namesakes', () => {
  it('adds both "Viktor Phạm, Example Logistics" rows when their links differ', () => {
    const plan = planImport(
      EMPTY,
      file(LINKEDIN, [
        'Viktor,Phạm,https://www.linkedin.com/in/viktor-pham-1,,Example Logistics,CTO,05 Mar 2021',
        'Viktor,Phạm,https://www.linkedin.com/in/viktor-pham-2,,Example Logistics,CTO,05 Mar 2021',
      ]),
    );
    expect(plan.counts).toMatchObject({ added: 2, duplicatesInFile: 0 });
  });

  it('adds namesakes with different links even when they share an address', () => {
    const plan = planImport(
      EMPTY,
      file(LINKEDIN, [
        'Văn Anh,Nguyễn,https://linkedin.com/in/a1,team@example.com,FPT Software,,05 Mar 2021',
        'Văn Anh,Nguyễn,https://linkedin.com/in/a2,team@example.com,FPT Software,,05 Mar 2021',
      ]),
    );
    expect(plan.counts.added).toBe(2);
  });

  it('still skips a row repeating a link of the same file', () => {
    const plan = planImport(
      EMPTY,
      file(LINKEDIN, [
        'Viktor,Phạm,https://linkedin.com/in/v,,Example Logistics,,05 Mar 2021',
        'V.,Phạm,https://vn.linkedin.com/in/V/,,,,05 Mar 2021',
      ]),
    );
    expect(plan.duplicatesInFile).toEqual([{ line: 3, firstLine: 2, matchedBy: 'profile-url' }]);
  });

  it('keeps two name-only namesakes of one file as two people', () => {
    const plan = planImport(
      EMPTY,
      file(GOOGLE, ['Nguyễn Văn Anh,,,,,FPT', 'Nguyễn Văn Anh,,,,,FPT']),
    );
    expect(plan.counts).toMatchObject({ added: 2, possiblySame: 0, duplicatesInFile: 0 });
  });

  it('never matches a linked contact with a name-only person on the map', () => {
    const map = apply(
      EMPTY,
      planImport(EMPTY, file(GOOGLE, ['Viktor Phạm,,,,,Example Logistics'])),
    );
    const plan = planImport(
      map,
      file(LINKEDIN, ['Viktor,Phạm,https://linkedin.com/in/v,,Example Logistics,,05 Mar 2021']),
    );
    expect(plan.counts).toMatchObject({ added: 1, merged: 0, possiblySame: 0 });
  });

  it('does not take Phâm for Phạm', () => {
    const map = apply(EMPTY, planImport(EMPTY, file(GOOGLE, ['Phạm Lan,,,,,Viettel'])));
    const plan = planImport(map, file(GOOGLE, ['Phâm Lan,,,,,Viettel']));
    expect(plan.counts).toMatchObject({ added: 1, possiblySame: 0 });
  });
});

describe('importing the same file twice', () => {
  const rows = [
    'Viktor,Phạm,https://linkedin.com/in/v1,,Example Logistics,CTO,05 Mar 2021',
    'Viktor,Phạm,https://linkedin.com/in/v2,,Example Logistics,CTO,05 Mar 2021',
    'Lan,Ngô,,lan@example.com,,,06 Mar 2021',
    ',,,,,,07 Mar 2021',
  ];

  it('adds nobody the second time', () => {
    const once = apply(EMPTY, planImport(EMPTY, file(LINKEDIN, rows)));
    const again = planImport(once, file(LINKEDIN, rows));
    expect(once.people).toHaveLength(4);
    expect(again.counts).toMatchObject({ added: 0, merged: 0, unchanged: 4, possiblySame: 0 });
  });

  it('offers name-only people with the same date as possibly the same, one person each', () => {
    const nameOnly = [
      'Văn Anh,Nguyễn,,,FPT Software,,05 Mar 2021',
      'Văn Anh,Nguyễn,,,FPT Software,,05 Mar 2021',
    ];
    const once = apply(EMPTY, planImport(EMPTY, file(LINKEDIN, nameOnly)));
    const again = planImport(once, file(LINKEDIN, nameOnly));
    expect(again.counts).toMatchObject({ added: 0, possiblySame: 2 });
    expect(new Set(again.possibleMatches.map((m) => m.personId)).size).toBe(2);
    expect(apply(once, again).people).toHaveLength(2);
  });

  it('adds a possible match the reader calls a different person, and only that one', () => {
    const once = apply(EMPTY, planImport(EMPTY, file(GOOGLE, ['Trần Thu Hà,,,,,Viettel'])));
    const again = planImport(once, file(GOOGLE, ['Trần Thu Hà,,,,,Viettel', 'Lê Nam,,,,,']));
    const after = apply(once, again, new Map([[2, 'different']]));
    expect(after.people.map((p) => p.name)).toEqual(['Trần Thu Hà', 'Trần Thu Hà', 'Lê Nam']);
  });
});

describe('contacts that are not people', () => {
  it('skips an address without a name and an organisation, and counts them', () => {
    const vcard = [
      'BEGIN:VCARD\nVERSION:3.0\nFN:Example Logistics\nORG:Example Logistics\nX-ABShowAs:COMPANY\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Viettel\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:3.0\nFN:Lan Ngô\nEND:VCARD',
    ].join('\n');
    const plan = planImport(EMPTY, importOk(utf8(vcard)));
    expect(plan.counts).toMatchObject({ added: 1, skippedOrganisations: 2 });
    const google = planImport(
      EMPTY,
      file(GOOGLE, [',,,* other contacts,newsletter-reply@example.org,', 'Lan Ngô,,,,,']),
    );
    expect(google.skipped).toEqual([
      { line: 2, reason: 'no-name', label: 'newsletter-reply@example.org' },
    ]);
    expect(google.counts).toMatchObject({ added: 1, skippedNoName: 1 });
  });
});

/** One generated LinkedIn row: names from the realistic pools, a link, an address or neither. */
const row = fc.record({
  middle: fc.constantFrom(...MIDDLE_NAMES),
  given: fc.constantFrom(...GIVEN_NAMES),
  family: fc.constantFrom(...FAMILY_NAMES),
  company: fc.constantFrom(...COMPANIES, ''),
  link: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  email: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  day: fc.integer({ min: 1, max: 3 }),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
const csvRow = (r: Row) =>
  [
    r.middle,
    r.family,
    r.link === undefined ? '' : `https://www.linkedin.com/in/member-${String(r.link)}`,
    r.email === undefined ? '' : `m${String(r.email)}@example.com`,
    r.company,
    '',
    `0${String(r.day)} Mar 2021`,
  ]
    .map((cell, i) => (i === 0 ? `${cell} ${r.given}` : cell))
    .join(',');

describe('identity over generated files with namesakes', () => {
  it('lets every distinct profile link of a file arrive', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const after = apply(EMPTY, planImport(EMPTY, file(LINKEDIN, rows.map(csvRow))));
        const links = new Set(rows.flatMap((r) => (r.link === undefined ? [] : [r.link])));
        const stored = new Set(after.people.map((p) => profileUrlKey(p.url)).filter(Boolean));
        expect(stored.size).toBe(links.size);
      }),
      { numRuns: 300 },
    );
  });

  it('adds nobody when the same file is imported a second time', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const parsed = file(LINKEDIN, rows.map(csvRow));
        const once = apply(EMPTY, planImport(EMPTY, parsed));
        const twice = apply(once, planImport(once, parsed));
        expect(twice.people).toHaveLength(once.people.length);
      }),
      { numRuns: 300 },
    );
  });
});
