import { describe, expect, it } from 'vitest';
import { applyImportPlan, counterIds } from '../../../src/lib/import/apply-import-plan';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { planImport } from '../../../src/lib/import/plan-import';
import { emptyNetwork } from '../../../src/lib/network/network';
import { utf8 } from './helpers';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROWS = 30_000; // LinkedIn's connection cap

/**
 * CPU time spent running `run`, in milliseconds. CPU time rather than wall time, because the
 * machines running the tests share their cores and a busy neighbour must not fail this test.
 */
function cpuMs<T>(run: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}

/** A Connections.csv of `rows` connections in the current layout, newest first. */
function bigLinkedInCsv(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const n = String(i);
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = MONTHS[i % 12] ?? 'Jan';
    const year = String(2026 - Math.floor(i / 2000));
    lines.push(
      i % 40 === 0
        ? `,,,,,,${day} ${month} ${year}` // a member who hid their profile
        : `Trần Văn ${n},"Nguyễn, PMP",https://www.linkedin.com/in/person-${n},${i % 30 === 1 ? `p${n}@example.com` : ''},"Company ${String(i % 500)}, Inc.",Engineer ${n},${day} ${month} ${year}`,
    );
  }
  return lines.join('\n');
}

describe('importContacts on a 30,000-row LinkedIn file', () => {
  const bytes = utf8(bigLinkedInCsv(ROWS));

  it('parses it in well under two seconds', () => {
    // About 0.5 s on one core of the development machine.
    const { result: outcome, ms } = cpuMs(() => importContacts(bytes));
    expect(outcome.ok && outcome.people.length).toBe(ROWS);
    expect(outcome.ok && outcome.anonymousCount).toBe(ROWS / 40);
    expect(ms).toBeLessThan(2000);
  }, 20_000);

  it('plans and applies it against a map of the same 30,000 people in linear time', () => {
    const outcome = importContacts(bytes);
    if (!outcome.ok) throw new Error(outcome.detail);
    const first = applyImportPlan(emptyNetwork(), planImport(emptyNetwork(), outcome), {
      idFactory: counterIds(new Set()),
      now: new Date(0),
    });
    if (!first.ok) throw new Error(first.detail);
    // About 0.5 s; a quadratic match (30,000 × 30,000 comparisons) would take minutes.
    const { result: plan, ms } = cpuMs(() => planImport(first.network, outcome));
    const again = applyImportPlan(first.network, plan, {
      idFactory: counterIds(new Set()),
      now: new Date(0),
    });
    // Importing the same file twice adds nobody: hidden members pair up by date.
    expect(plan.counts.added).toBe(0);
    expect(again.ok && again.network.people.length).toBe(ROWS);
    expect(ms).toBeLessThan(2000);
  }, 30_000);
});
