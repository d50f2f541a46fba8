import { describe, expect, it } from 'vitest';
import {
  applyImportPlan,
  applyImportPlanInSteps,
  PEOPLE_PER_STEP,
} from '../../../src/lib/import/apply-import-plan';
import { counterIds } from '../../../src/lib/network/ids';
import { planImport } from '../../../src/lib/import/plan-import';
import type { Network } from '../../../src/lib/network/network';
import { importOk, person, utf8 } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const NOW = new Date('2026-05-01T08:00:00.000Z');
const linkedIn = (...rows: string[]) => importOk(utf8([HEADER, ...rows].join('\n')));

function sample(): Network {
  return {
    people: [
      person({ id: 'p1', name: 'Mai Do', email: 'mai@example.com', notes: 'typed by the reader' }),
      person({ id: 'p2', name: 'Untouched' }),
    ],
    ties: [{ a: 'p1', b: 'p2', strength: 'strong' }],
    customContexts: [{ id: 'c1', label: 'Running club' }],
    issues: ['climate'],
  };
}

describe('applyImportPlan', () => {
  it('adds new people with the imported context, fills empty fields, and keeps the rest', () => {
    const network = sample();
    const before = structuredClone(network);
    const plan = planImport(
      network,
      linkedIn('Mai,Do,,mai@example.com,Acme,CTO,05 Mar 2021', 'Lan,Ngo,,,Beta,,06 Mar 2021'),
    );
    const result = applyImportPlan(network, plan, {
      idFactory: counterIds(new Set(['p1', 'p2'])),
      now: NOW,
    });
    if (!result.ok) throw new Error(result.detail);
    expect(network).toEqual(before); // the given map is not mutated
    expect(result.addedIds).toEqual(['p3']);
    expect(result.mergedIds).toEqual(['p1']);
    expect(result.network.people[0]).toEqual({
      ...before.people[0],
      company: 'Acme',
      position: 'CTO',
      since: '2021-03-05',
      contexts: ['imported'],
    });
    expect(result.network.people[1]).toBe(network.people[1]); // shared, untouched
    expect(result.network.people[2]).toMatchObject({
      id: 'p3',
      name: 'Lan Ngo',
      company: 'Beta',
      contexts: ['imported'],
      ring: 'acquaintance',
      preference: 'ask',
      addedAt: '2026-05-01T08:00:00.000Z',
      since: '2021-03-06',
    });
    expect(result.network.ties).toEqual(before.ties);
  });

  it('adds the hinted contexts and topics only when the reader asks', () => {
    const plan = planImport(sample(), linkedIn('Lan,Ngo,,,Beta,Engineer,06 Mar 2021'));
    const result = applyImportPlan(sample(), plan, {
      idFactory: counterIds(new Set(['p1', 'p2'])),
      now: NOW,
      useContextHints: true,
      useTopicHints: true,
    });
    expect(result.ok && result.network.people[2]).toMatchObject({
      contexts: ['imported', 'workplace'],
      knowsAbout: ['Engineer'],
    });
  });

  it('does not overwrite a field the reader filled after the preview', () => {
    const network = sample();
    const plan = planImport(network, linkedIn('Mai,Do,,mai@example.com,Acme,,05 Mar 2021'));
    const edited: Network = {
      ...network,
      people: network.people.map((p) => (p.id === 'p1' ? { ...p, company: 'Typed later' } : p)),
    };
    const result = applyImportPlan(edited, plan, { idFactory: counterIds(new Set()), now: NOW });
    expect(result.ok && result.network.people[0]?.company).toBe('Typed later');
  });

  it('refuses a plan whose merge target has left the map, changing nothing', () => {
    const plan = planImport(sample(), linkedIn('Mai,Do,,mai@example.com,Acme,,05 Mar 2021'));
    const without: Network = { ...sample(), people: [] };
    expect(
      applyImportPlan(without, plan, { idFactory: counterIds(new Set()), now: NOW }),
    ).toMatchObject({ ok: false, error: 'stale-plan' });
  });

  it('refuses an id factory that repeats ids', () => {
    const plan = planImport(sample(), linkedIn('A,B,,,,,05 Mar 2021', 'C,D,,,,,05 Mar 2021'));
    expect(applyImportPlan(sample(), plan, { idFactory: () => 'p1', now: NOW })).toMatchObject({
      ok: false,
      error: 'duplicate-id',
    });
    expect(applyImportPlan(sample(), plan, { idFactory: () => 'same', now: NOW })).toMatchObject({
      ok: false,
      error: 'duplicate-id',
    });
  });

  it('returns an error instead of throwing when the id factory or the clock fails', () => {
    const plan = planImport(sample(), linkedIn('A,B,,,,,05 Mar 2021'));
    const throwing = () => {
      throw new Error('no ids left');
    };
    expect(applyImportPlan(sample(), plan, { idFactory: throwing, now: NOW })).toMatchObject({
      ok: false,
      error: 'failed',
    });
    expect(
      applyImportPlan(sample(), plan, { idFactory: counterIds(new Set()), now: new Date(NaN) }),
    ).toMatchObject({ ok: false, error: 'failed' });
  });

  it('refuses a record the person schema would reject', () => {
    const plan = planImport(sample(), linkedIn('A,B,,,,,05 Mar 2021'));
    expect(applyImportPlan(sample(), plan, { idFactory: () => '', now: NOW })).toMatchObject({
      ok: false,
      error: 'invalid-person',
    });
  });
});

describe('applyImportPlanInSteps', () => {
  const rows = (count: number) =>
    Array.from(
      { length: count },
      (_, i) => `Anh ${i},Nguyễn Văn,,anh${i}@example.com,Công ty ${i % 7},,05 Mar 2021`,
    );

  it('pauses every few hundred people and ends with what applyImportPlan returns', () => {
    const network = sample();
    const plan = planImport(network, linkedIn('Mai,Do,,mai@example.com,,,', ...rows(1200)));
    const options = () => ({ idFactory: counterIds(new Set(['p1', 'p2'])), now: NOW });
    const steps = applyImportPlanInSteps(network, plan, options());
    let pauses = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) pauses += 1;
    expect(pauses).toBe(Math.floor(1201 / PEOPLE_PER_STEP));
    expect(step.value).toEqual(applyImportPlan(network, plan, options()));
    expect(step.value).toMatchObject({ ok: true, mergedIds: ['p1'] });
  });

  it('stops at a broken person, with nothing changed, however far it got', () => {
    const network = sample();
    const plan = planImport(network, linkedIn(...rows(600)));
    // The 556th new person gets an empty id, which the person schema rejects.
    const ids = counterIds(new Set(['p1', 'p2']));
    let made = 0;
    const steps = applyImportPlanInSteps(network, plan, {
      idFactory: (taken) => (++made === 556 ? '' : ids(taken)),
      now: NOW,
    });
    let pauses = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) pauses += 1;
    expect(pauses).toBe(2);
    expect(step.value).toMatchObject({ ok: false, error: 'invalid-person' });
    expect(network).toEqual(sample());
  });
});
