import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { emptyFieldFills, planImport } from '../../../src/lib/import/plan-import';
import { importPlanSchema } from '../../../src/lib/import/import-plan-schema';
import type { Network } from '../../../src/lib/network/network';
import { importOk, person, utf8 } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const linkedIn = (...rows: string[]) => importOk(utf8([HEADER, ...rows].join('\n')));
const network = (...people: Parameters<typeof person>[0][]): Network => ({
  people: people.map(person),
  ties: [],
  customContexts: [],
  issues: [],
});

describe('planImport', () => {
  it('matches by profile link, then e-mail, and offers a name-only namesake as possibly the same', () => {
    const map = network(
      { id: 'p1', name: 'Typed By Reader', url: 'https://www.linkedin.com/in/mai-do/' },
      { id: 'p2', name: 'B', email: 'Binh@Example.com' },
      { id: 'p3', name: 'Nguyễn Thị Ánh', company: 'Sông Hồng Analytics Ltd' },
    );
    const plan = planImport(
      map,
      linkedIn(
        'Mai,Do,https://linkedin.com/in/mai-do,,,,05 Mar 2021', // line 2
        'Binh,Le,,binh@example.com,,,05 Mar 2021', // line 3
        'Thị Ánh,Nguyễn,,,Sông Hồng Analytics,,05 Mar 2021', // line 4
        'New,Person,,,,,05 Mar 2021', // line 5
      ),
    );
    expect(plan.merges.map((m) => [m.line, m.personId, m.matchedBy])).toEqual([
      [2, 'p1', 'profile-url'],
      [3, 'p2', 'email'],
    ]);
    expect(plan.possibleMatches.map((m) => [m.line, m.personId])).toEqual([[4, 'p3']]);
    expect(plan.additions.map((c) => c.line)).toEqual([5]);
    expect(plan.counts).toEqual({
      inFile: 4,
      added: 1,
      merged: 2,
      unchanged: 0,
      duplicatesInFile: 0,
      possiblySame: 1,
      skippedNoName: 0,
      skippedOrganisations: 0,
      rejected: 0,
      anonymous: 0,
    });
    expect(v.safeParse(importPlanSchema, plan).success).toBe(true);
  });

  it('fills only empty fields and never the name the reader typed', () => {
    const map = network({
      id: 'p1',
      name: 'Mai (school friend)',
      email: 'mai@example.com',
      company: 'Typed Co',
    });
    const plan = planImport(
      map,
      linkedIn('Mai,Do,https://linkedin.com/in/mai-do,mai@example.com,Acme,CTO,05 Mar 2021'),
    );
    expect(plan.merges[0]?.fills).toEqual({
      position: 'CTO',
      url: 'https://linkedin.com/in/mai-do',
      since: '2021-03-05',
    });
    expect(plan.merges[0]?.addsImportedContext).toBe(true);
  });

  it('lists a match with nothing to fill as unchanged', () => {
    const map = network({
      id: 'p1',
      name: 'A B',
      email: 'a@example.com',
      contexts: ['imported'],
      since: '2020',
    });
    const plan = planImport(map, linkedIn('A,B,,a@example.com,,,05 Mar 2021'));
    expect(plan.unchanged).toEqual([{ line: 2, personId: 'p1', matchedBy: 'email' }]);
    expect(plan.merges).toEqual([]);
  });

  it('skips repeats within the file and says which earlier line they repeat', () => {
    const plan = planImport(
      network(),
      linkedIn(
        'A,B,https://linkedin.com/in/ab,,,,05 Mar 2021',
        'A,B,https://www.linkedin.com/in/AB/,,,,05 Mar 2021',
        'C,D,,c@example.com,,,05 Mar 2021',
        'C,Dee,,C@EXAMPLE.COM,,,05 Mar 2021',
      ),
    );
    expect(plan.additions.map((c) => c.line)).toEqual([2, 4]);
    expect(plan.duplicatesInFile).toEqual([
      { line: 3, firstLine: 2, matchedBy: 'profile-url' },
      { line: 5, firstLine: 4, matchedBy: 'email' },
    ]);
  });

  it('treats a second contact matching the same person as a repeat', () => {
    const map = network({
      id: 'p1',
      name: 'A',
      url: 'https://linkedin.com/in/a',
      email: 'a@example.com',
    });
    const plan = planImport(
      map,
      linkedIn('A,X,https://linkedin.com/in/a,,,,05 Mar 2021', 'A,Y,,a@example.com,,,05 Mar 2021'),
    );
    expect(plan.merges.map((m) => m.line)).toEqual([2]);
    expect(plan.duplicatesInFile).toEqual([{ line: 3, firstLine: 2, matchedBy: 'email' }]);
  });

  it('adds hidden members, and pairs them with those imported earlier on the same date', () => {
    const file = linkedIn(',,,,,,02 Jun 2022', ',,,,,,02 Jun 2022', ',,,,,,03 Jun 2022');
    expect(planImport(network(), file).additions).toHaveLength(3);
    const again = planImport(
      network({ id: 'h1', name: '', since: '2022-06-02', contexts: ['imported'] }),
      file,
    );
    expect(again.unchanged).toEqual([{ line: 2, personId: 'h1', matchedBy: 'hidden-member' }]);
    expect(again.additions.map((c) => c.line)).toEqual([3, 4]);
  });

  it('offers one namesake per name-only contact, preferring the one at the same company', () => {
    const map = network(
      { id: 'p1', name: 'Lan Ngo' },
      { id: 'p2', name: 'ngo lan', company: 'Acme' },
    );
    const plan = planImport(map, linkedIn('Lan,Ngo,,,Acme,,05 Mar 2021'));
    expect(plan.additions).toHaveLength(0);
    expect(plan.possibleMatches.map((m) => [m.line, m.personId])).toEqual([[2, 'p2']]);
  });

  it('skips a company card and counts it as an organisation', () => {
    const google = importOk(
      utf8('First Name,Last Name,Organization Name,Labels\n,,Harbor Dental Clinic,* myContacts\n'),
    );
    const plan = planImport(network(), google);
    expect(plan.skipped).toEqual([
      { line: 2, reason: 'organisation', label: 'Harbor Dental Clinic' },
    ]);
    expect(plan.additions).toEqual([]);
  });

  it('keeps a link a repeated row brings that the first row lacked', () => {
    const plan = planImport(
      network(),
      linkedIn(
        'A,B,,a@example.com,,,05 Mar 2021',
        'A,B,https://linkedin.com/in/ab,a@example.com,,,',
      ),
    );
    expect(plan.additions.map((c) => [c.line, c.url])).toEqual([[2, 'https://linkedin.com/in/ab']]);
  });

  it('passes rejected rows, the date range and warnings through', () => {
    const plan = planImport(network(), linkedIn('A,B,,,,,05 Mar 2021', 'bad,row,,,,,not a date'));
    expect(plan.rejected).toEqual([{ line: 3, reason: 'bad-date' }]);
    expect(plan.dateRange).toEqual({ earliest: '2021-03-05', latest: '2021-03-05' });
    expect(plan.counts.inFile).toBe(2);
  });

  it('estimates the characters the stored map grows by', () => {
    const plan = planImport(network(), linkedIn('A,B,,,,,05 Mar 2021'));
    // One person of about 300 characters, the size the reliability notes measured per contact.
    expect(plan.estimatedAddedChars).toBeGreaterThan(250);
    expect(plan.estimatedAddedChars).toBeLessThan(400);
  });
});

describe('emptyFieldFills', () => {
  it('fills a name only from a real name', () => {
    const hidden = person({ id: 'h', name: '' });
    const contact = linkedIn('Mai,Do,,,,,05 Mar 2021').people[0];
    if (!contact) throw new Error('no contact');
    expect(emptyFieldFills(hidden, contact)).toEqual({ name: 'Mai Do', since: '2021-03-05' });
    expect(emptyFieldFills(hidden, { ...contact, nameSource: 'email' })).toEqual({
      since: '2021-03-05',
    });
  });
});
