import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import expected from '../../fixtures/contacts/expected.json';
import { dateRangeOf, importContacts } from '../../../src/lib/import/import-contacts';
import {
  importOutcomeSchema,
  type ImportedContact,
} from '../../../src/lib/import/imported-contact';
import { partialDateYear } from '../../../src/lib/dates/partial-date';
import { fixtureBytes, importOk, utf8 } from './helpers';

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const emailValues = (people: readonly ImportedContact[]) => people.flatMap((p) => p.emails);
const uniqueEmails = (people: readonly ImportedContact[]) =>
  new Set(emailValues(people).map((e) => e.toLowerCase())).size;

describe('importContacts', () => {
  describe('with linkedin-small-lf.csv (values from expected.json)', () => {
    const want = expected['linkedin-small-lf.csv'];
    const result = importOk(fixtureBytes('linkedin-small-lf.csv'));

    it('recognises the current LinkedIn layout behind the Notes preamble', () => {
      expect(result.format).toBe('linkedin-csv');
      expect(result.encoding).toBe(want.encoding);
      expect(result.csv).toEqual({ delimiter: want.delimiter, headerLine: want.preambleLines + 1 });
    });

    it('reads every row, named and hidden, and rejects none', () => {
      expect(result.people).toHaveLength(want.rows);
      expect(result.people.filter((p) => p.nameSource === 'name')).toHaveLength(want.namedRows);
      expect(result.anonymousCount).toBe(want.anonymousRows);
      expect(result.people.filter((p) => p.emails.length > 0)).toHaveLength(want.withEmail);
      expect(result.rejected).toHaveLength(want.badRows);
      expect(result.warnings).toEqual([]);
    });

    it('dates the connections per year and finds the first and last', () => {
      const years = result.people.map((p) => String(partialDateYear(p.since ?? '0')));
      expect(countBy(years)).toEqual(want.perYear);
      expect(result.dateRange).toEqual({ earliest: want.earliest, latest: want.latest });
    });

    it('keeps quoted commas, doubled quotes, CJK and HTML-looking text as written', () => {
      const byLine = new Map(result.people.map((p) => [p.line, p]));
      // Lines counted in the fixture: the header is line 4, so its 25 rows are lines 5–29.
      expect(byLine.get(6)?.company).toBe('Brightwater Labs, Inc.');
      expect(byLine.get(7)?.name).toBe('<img src=x onerror=alert(1)> Tester');
      expect(byLine.get(8)).toMatchObject({ name: '', nameSource: 'none', since: '2026-02-07' });
      expect(byLine.get(9)?.position).toBe('Senior Engineer "Grid" Team');
      expect(byLine.get(12)?.name).toBe('Aiyana Redcloud'); // trailing space trimmed
      expect(byLine.get(13)?.name).toBe('陽翔 佐藤');
      expect(byLine.get(17)?.name).toBe('Obiora Okonkwo, PMP');
      expect(byLine.get(18)?.name).toBe('Robert "Bobby" Lindqvist');
      expect(byLine.get(20)?.company).toBe('=HYPERLINK("http://example.com","Click")');
    });

    it('returns a result that passes its own schema (what the UI checks after a worker)', () => {
      expect(
        v.safeParse(importOutcomeSchema, importContacts(fixtureBytes('linkedin-small-lf.csv')))
          .success,
      ).toBe(true);
    });
  });

  describe('with google-contacts.csv (values from expected.json)', () => {
    const want = expected['google-contacts.csv'];
    const result = importOk(fixtureBytes('google-contacts.csv'));

    it('recognises the current Google layout with a BOM', () => {
      expect(result.format).toBe('google-csv');
      expect(result.encoding).toBe('utf-8-bom');
    });

    it('reads every row with its e-mails, phones and names', () => {
      expect(result.people).toHaveLength(want.rows);
      expect(result.rejected).toHaveLength(want.parseErrors);
      expect(result.people.filter((p) => p.emails.length > 0)).toHaveLength(want.withEmail);
      expect(emailValues(result.people)).toHaveLength(want.emailValues);
      expect(uniqueEmails(result.people)).toBe(want.uniqueEmails);
      expect(result.people.filter((p) => p.hasPhone)).toHaveLength(want.withPhone);
      expect(result.people.filter((p) => p.nameSource === 'name')).toHaveLength(want.withName);
      expect(result.people.filter((p) => p.autoSaved)).toHaveLength(want.otherContacts);
    });

    it('splits labels joined by " ::: " and keeps them as written', () => {
      expect(countBy(result.people.flatMap((p) => p.labels))).toEqual(want.labelCounts);
    });

    it('keeps birthdays with and without a year', () => {
      const birthdays = result.people.map((p) => p.birthday).filter((b) => b !== '');
      expect(birthdays.filter((b) => !b.startsWith('--'))).toHaveLength(want.birthdays.withYear);
      expect(birthdays.filter((b) => b.startsWith('--'))).toHaveLength(want.birthdays.yearless);
    });

    it('keeps a multi-line note and a company-only card', () => {
      const tomasz = result.people.find((p) => p.name === 'Tomasz Wróblewski');
      expect(tomasz?.notes).toBe('Met at PyCon 2019\nIntro via Marisol, follow up re: "data mesh"');
      expect(result.people.find((p) => p.isCompany)).toMatchObject({
        name: 'Harbor Dental Clinic',
        nameSource: 'company',
        url: 'https://harbor-dental.example.com/',
      });
    });
  });

  describe('with contacts.vcf (values from expected.json)', () => {
    const want = expected['contacts.vcf'];
    const result = importOk(fixtureBytes('contacts.vcf'));

    it('reads all eleven cards with their versions and display names', () => {
      expect(result.format).toBe('vcard');
      expect(result.people).toHaveLength(want.cards);
      expect(result.vcardVersions).toEqual(want.versions);
      expect(result.people.map((p) => p.name)).toEqual(want.displayNames);
      expect(result.people.filter((p) => p.name !== '')).toHaveLength(want.withDisplayName);
      expect(result.rejected).toEqual([]);
      expect(result.warnings).toEqual(want.problems);
    });

    it('tells people from companies and counts e-mails and photos', () => {
      expect(result.people.filter((p) => !p.isCompany)).toHaveLength(want.people);
      expect(result.people.filter((p) => p.isCompany)).toHaveLength(want.companies);
      expect(result.people.filter((p) => p.emails.length > 0)).toHaveLength(want.withEmail);
      expect(emailValues(result.people)).toHaveLength(want.emailValues);
      expect(uniqueEmails(result.people)).toBe(want.uniqueEmails);
      expect(result.people.filter((p) => p.hasPhoto)).toHaveLength(want.withPhoto);
    });

    it('splits categories on unescaped commas only', () => {
      expect(countBy(result.people.flatMap((p) => p.labels))).toEqual(want.categoryCounts);
    });
  });

  describe('with bad input', () => {
    it('gives "empty" for malformed/empty.csv', () => {
      expect(importContacts(fixtureBytes('malformed/empty.csv'))).toMatchObject({
        ok: false,
        error: 'empty',
      });
    });

    it('gives "wrong-headers" for malformed/wrong-headers.csv (a bank statement)', () => {
      expect(importContacts(fixtureBytes('malformed/wrong-headers.csv'))).toMatchObject({
        ok: false,
        error: 'wrong-headers',
      });
    });

    it('gives "empty" for a file of blank lines and a lone BOM', () => {
      expect(importContacts(utf8('\n\r\n  \n'))).toMatchObject({ ok: false, error: 'empty' });
      expect(importContacts(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ error: 'empty' });
    });

    it('gives "too-large" above the size limit', () => {
      const bytes = utf8('First Name,Last Name,Connected On\nA,B,05 Mar 2021\n');
      expect(importContacts(bytes, { maxBytes: 10 })).toMatchObject({
        ok: false,
        error: 'too-large',
      });
    });

    it('gives "binary" for bytes full of NULs and control characters', () => {
      const junk = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256);
      expect(importContacts(junk)).toMatchObject({ ok: false, error: 'binary' });
    });

    it('gives "binary" for a PDF and "spreadsheet" for an old Excel file', () => {
      expect(importContacts(utf8('%PDF-1.7\n…'))).toMatchObject({ error: 'binary' });
      const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      expect(importContacts(xls)).toMatchObject({ error: 'spreadsheet' });
    });

    it('gives "binary" for text with absurdly many columns', () => {
      expect(importContacts(utf8(','.repeat(5000)))).toMatchObject({ error: 'binary' });
    });

    it('gives "unknown-format" for plain prose and for JSON', () => {
      expect(importContacts(utf8('Dear reader\nthis is a letter\n'))).toMatchObject({
        error: 'unknown-format',
      });
      expect(importContacts(utf8('{"people": [], "ties": []}'))).toMatchObject({
        error: 'unknown-format',
      });
    });

    it('reads a CSV as CSV even when a note holds a pasted vCard', () => {
      const text = 'First Name,Last Name,Notes,Labels\nA,B,"BEGIN:VCARD\nFN:X\nEND:VCARD",Work\n';
      expect(importContacts(utf8(text))).toMatchObject({ ok: true, format: 'google-csv' });
    });

    it('reads a header with nothing under it as a valid, empty export', () => {
      const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\n';
      expect(importContacts(utf8(header))).toMatchObject({
        ok: true,
        format: 'linkedin-csv',
        people: [],
        rejected: [],
      });
    });

    it('gives "single-line" for a long text without a single line break', () => {
      const prose = 'Nguyễn Văn Anh, Example Logistics, kỹ sư; '.repeat(120_000);
      expect(prose.length).toBeGreaterThan(5_000_000);
      expect(importContacts(utf8(prose))).toMatchObject({ ok: false, error: 'single-line' });
    });

    it('warns about a vCard with no END in the middle of the file, naming its line', () => {
      const text = [
        'BEGIN:VCARD\nVERSION:3.0\nFN:Lan Ngô',
        'BEGIN:VCARD\nVERSION:3.0\nFN:Trần Thu Hà\nEND:VCARD',
      ].join('\n');
      const outcome = importContacts(utf8(text));
      expect(outcome).toMatchObject({ ok: true, warnings: [{ code: 'unclosed-card', line: 1 }] });
    });

    it('gives "zip-without-contacts" and "spreadsheet" for archives without contacts', () => {
      const other = zipSync({ 'Profile.csv': utf8('a,b\n'), 'Messages.csv': utf8('c,d\n') });
      expect(importContacts(other)).toMatchObject({ error: 'zip-without-contacts' });
      const xlsx = zipSync({
        '[Content_Types].xml': utf8('<x/>'),
        'xl/workbook.xml': utf8('<x/>'),
      });
      expect(importContacts(xlsx)).toMatchObject({ error: 'spreadsheet' });
    });

    it('gives "truncated" for an archive cut short', () => {
      const zip = zipSync({
        'Connections.csv': utf8('First Name,Last Name,Connected On\nA,B,05 Mar 2021\n'),
      });
      expect(importContacts(zip.subarray(0, 30))).toMatchObject({ ok: false, error: 'truncated' });
    });

    it('never returns an error without a detail naming the module', () => {
      const outcome = importContacts(new Uint8Array());
      expect(outcome.ok === false && outcome.detail.startsWith('import/')).toBe(true);
    });
  });
});

describe('dateRangeOf', () => {
  it('gives null when no contact has a date', () => {
    expect(dateRangeOf([])).toBeNull();
  });
});
