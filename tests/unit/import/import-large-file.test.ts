import { describe, expect, it } from 'vitest';
import { applyImportPlan } from '../../../src/lib/import/apply-import-plan';
import { counterIds } from '../../../src/lib/network/ids';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { planImport } from '../../../src/lib/import/plan-import';
import { emptyNetwork } from '../../../src/lib/network/network';
import { utf8 } from './helpers';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROWS = 30_000; // LinkedIn's connection cap

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

  // How long these take is measured by `npm run bench`; tests never assert timings.
  it('parses every row, counting hidden members', () => {
    const outcome = importContacts(bytes);
    expect(outcome.ok && outcome.people.length).toBe(ROWS);
    expect(outcome.ok && outcome.anonymousCount).toBe(ROWS / 40);
  }, 20_000);

  it('plans and applies it against a map of the same 30,000 people, adding nobody twice', () => {
    const outcome = importContacts(bytes);
    if (!outcome.ok) throw new Error(outcome.detail);
    const first = applyImportPlan(emptyNetwork(), planImport(emptyNetwork(), outcome), {
      idFactory: counterIds(new Set()),
      now: new Date(0),
    });
    if (!first.ok) throw new Error(first.detail);
    const plan = planImport(first.network, outcome);
    const again = applyImportPlan(first.network, plan, {
      idFactory: counterIds(new Set()),
      now: new Date(0),
    });
    // Importing the same file twice adds nobody: hidden members pair up by date.
    expect(plan.counts.added).toBe(0);
    expect(again.ok && again.network.people.length).toBe(ROWS);
  }, 30_000);
});
