import { describe, expect, it } from 'vitest';
import { applyImportPlan } from '../../../src/lib/import/apply-import-plan';
import { planImport } from '../../../src/lib/import/plan-import';
import {
  estimateStoredChars,
  estimateStoredCharsAfter,
  importWouldFit,
} from '../../../src/lib/import/stored-size';
import { emptyNetwork } from '../../../src/lib/network/network';
import { importOk, person, utf8 } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('estimateStoredChars', () => {
  it('is the length of the map serialised as JSON', () => {
    // '{"people":[],"ties":[],"customContexts":[],"issues":[]}' has 55 characters.
    expect(estimateStoredChars(emptyNetwork())).toBe(55);
  });
});

describe('estimateStoredCharsAfter', () => {
  it('is within 5 % of the real size after the import', () => {
    const network = {
      ...emptyNetwork(),
      people: [person({ id: 'p1', name: 'Mai', email: 'mai@example.com' })],
    };
    const rows = Array.from(
      { length: 50 },
      (_, i) =>
        `N${String(i)},Surname,https://linkedin.com/in/n${String(i)},,Company ${String(i)},Role,05 Mar 2021`,
    );
    const plan = planImport(
      network,
      importOk(utf8([HEADER, 'Mai,X,,mai@example.com,Acme,CTO,01 Jan 2020', ...rows].join('\n'))),
    );
    const applied = applyImportPlan(network, plan, {
      idFactory: () => crypto.randomUUID(),
      now: new Date(),
    });
    if (!applied.ok) throw new Error(applied.detail);
    const real = estimateStoredChars(applied.network);
    expect(Math.abs(estimateStoredCharsAfter(network, plan) - real) / real).toBeLessThan(0.05);
  });
});

describe('importWouldFit', () => {
  it('compares the estimate with the budget', () => {
    const plan = planImport(emptyNetwork(), importOk(utf8(`${HEADER}\nA,B,,,,,05 Mar 2021`)));
    expect(importWouldFit(emptyNetwork(), plan, 10_000)).toBe(true);
    expect(importWouldFit(emptyNetwork(), plan, 100)).toBe(false);
  });
});
