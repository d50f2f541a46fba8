import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { readLinkedInRows } from '../../../src/lib/import/linkedin-csv';
import { findCsvHeader } from '../../../src/lib/import/csv-header';
import { readCsvRecords } from '../../../src/lib/import/csv-records';
import { importOk, latin1, utf16, utf8 } from './helpers';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it."\n\n';

/** name, since and e-mail of each contact, the fields every layout has. */
function summary(bytes: Uint8Array) {
  return importOk(bytes).people.map((p) => [p.name, p.since, p.emails[0] ?? '']);
}

describe('readLinkedInRows', () => {
  it('reads the current layout with a BOM and CRLF line endings', () => {
    const text = `\uFEFF${PREAMBLE}${HEADER}\n"Mai","Đỗ",https://www.linkedin.com/in/mai-do,,"Công ty A, B",Kỹ sư,05 Mar 2021\n`;
    const result = importOk(utf8(text.replace(/\n/g, '\r\n')));
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.csv).toEqual({ delimiter: ',', headerLine: 4 });
    expect(result.people[0]).toMatchObject({
      line: 5,
      name: 'Mai Đỗ',
      company: 'Công ty A, B',
      url: 'https://www.linkedin.com/in/mai-do',
      since: '2021-03-05',
    });
  });

  it('reads the 2018 layout: no URL, no preamble, "1/8/18, 6:14 PM" dates, a urn instead of an e-mail', () => {
    const text = [
      'First Name,Last Name,Email Address,Company,Position,Connected On',
      'Anh,Tran,urn:li:member:12345,Acme,Engineer,"1/8/18, 6:14 PM"',
      'Binh,Le,binh@example.com,,,"12/25/17, 9:02 AM"',
    ].join('\n');
    // M/D/YY: 1/8/18 is 8 January 2018 (the notes), 12/25/17 is Christmas 2017.
    expect(summary(utf8(text))).toEqual([
      ['Anh Tran', '2018-01-08', ''],
      ['Binh Le', '2017-12-25', 'binh@example.com'],
    ]);
  });

  it('reads the 2019–2023 layout without a URL column', () => {
    const text = `${PREAMBLE}First Name,Last Name,Email Address,Company,Position,Connected On\nChi,Pham,,Beta,CEO,16 May 2021\n`;
    expect(summary(utf8(text))).toEqual([['Chi Pham', '2021-05-16', '']]);
  });

  it('reads a file re-saved by a US spreadsheet: preamble deleted, d-Mon-yy dates', () => {
    const text = `${HEADER}\nDung,Vo,https://www.linkedin.com/in/dung,,Gamma,,6-Feb-26\n`;
    expect(summary(utf8(text))).toEqual([['Dung Vo', '2026-02-06', '']]);
  });

  it('reads a file re-saved by a European spreadsheet: ";" separator, Windows-1252, dd.mm.yyyy', () => {
    const text =
      'Notes:\r\n"When exporting, you may notice, that some are missing."\r\n\r\n' +
      'First Name;Last Name;URL;Email Address;Company;Position;Connected on\r\n' +
      'José;Müller;https://www.linkedin.com/in/jose;jose@example.com;Société Générale;Ingénieur;16.09.2021\r\n';
    const result = importOk(latin1(text));
    expect(result.encoding).toBe('windows-1252');
    expect(result.csv?.delimiter).toBe(';');
    expect(result.warnings).toContainEqual({ code: 'legacy-encoding' });
    expect(result.people[0]).toMatchObject({
      name: 'José Müller',
      company: 'Société Générale',
      position: 'Ingénieur',
      since: '2021-09-16',
    });
  });

  it('reads UTF-16LE with a BOM', () => {
    const result = importOk(utf16(`${HEADER}\r\nÉmile,Zola,,,,,05 Mar 2021\r\n`, 'le'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.people[0]?.name).toBe('Émile Zola');
  });

  it('reads day-first slash dates when one of them cannot be month-first', () => {
    const text = `${HEADER}\nA,One,,,,,03/04/2020\nB,Two,,,,,25/12/2020\n`;
    // 25/12 forces day-first for the whole file, so 03/04/2020 is 3 April.
    expect(summary(utf8(text)).map(([, since]) => since)).toEqual(['2020-04-03', '2020-12-25']);
  });

  it('counts a row with only a date as a hidden member', () => {
    const result = importOk(utf8(`${HEADER}\n,,,,,,02 Jun 2022\nAn,Ngo,,,,,01 Jun 2022\n`));
    expect(result.anonymousCount).toBe(1);
    expect(result.people[0]).toMatchObject({ name: '', nameSource: 'none', since: '2022-06-02' });
  });

  it('rejects shifted, undated and empty rows with their line numbers and keeps the rest', () => {
    const text = [
      HEADER, // line 1
      'Good,One,,,Acme,,05 Mar 2021', // 2
      'Shifted,Row,,,Acme, Inc.,CEO,05 Mar 2021', // 3: unquoted comma → 8 cells
      'Bad,Date,,,Acme,,yesterday', // 4
      ',,,,,,', // 5
      'Good,Two,,,,,06 Mar 2021', // 6
    ].join('\n');
    const result = importOk(utf8(text));
    expect(result.people.map((p) => p.line)).toEqual([2, 6]);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'extra-fields' },
      { line: 4, reason: 'bad-date' },
      { line: 5, reason: 'empty-row' },
    ]);
  });

  it('recovers after an unterminated quote in the middle of the file', () => {
    const text = `${HEADER}\nA,"Broken,,,,,05 Mar 2021\nB,Fine,,,,,06 Mar 2021\nC,Fine,,,,,07 Mar 2021\n`;
    const result = importOk(utf8(text));
    expect(result.rejected).toEqual([{ line: 2, reason: 'unterminated-quote' }]);
    expect(result.people.map((p) => p.name)).toEqual(['B Fine', 'C Fine']);
    expect(result.warnings).toEqual([]);
  });

  it('reports a file cut inside its last quoted cell as truncated and keeps the rows before', () => {
    const text = `${HEADER}\nA,One,,,,,05 Mar 2021\nB,"Two`;
    const result = importOk(utf8(text));
    expect(result.people.map((p) => p.name)).toEqual(['A One']);
    expect(result.rejected).toEqual([{ line: 3, reason: 'unterminated-quote' }]);
    expect(result.warnings).toEqual([{ code: 'truncated', line: 3 }]);
  });

  it('keeps only safe links and real e-mail addresses', () => {
    const text = `${HEADER}\nA,One,javascript:alert(1),not-an-email,,,05 Mar 2021\n`;
    expect(importOk(utf8(text)).people[0]).toMatchObject({ url: '', emails: [] });
  });

  it('maps columns by name whatever their order', () => {
    const text = 'Connected On,Company,Last Name,First Name\n05 Mar 2021,Acme,Nguyen,Lan\n';
    expect(importOk(utf8(text)).people[0]).toMatchObject({ name: 'Lan Nguyen', company: 'Acme' });
  });

  it('can be called on records directly', () => {
    const { records } = readCsvRecords(`${HEADER}\nA,B,,,,,05 Mar 2021`, ',');
    const header = findCsvHeader(records);
    if (!header) throw new Error('no header');
    expect(readLinkedInRows(records, header).people).toHaveLength(1);
  });
});

describe('importContacts with a LinkedIn archive', () => {
  it('finds Connections.csv in any folder and letter case inside the ZIP', () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport_01-01-2026/Profile.csv': utf8('First Name,Last Name\nMe,Myself\n'),
      'Basic_LinkedInDataExport_01-01-2026/connections.CSV': utf8(
        `${PREAMBLE}${HEADER}\nA,B,,,,,05 Mar 2021\n`,
      ),
    });
    const result = importOk(zip);
    expect(result.zipPath).toBe('Basic_LinkedInDataExport_01-01-2026/connections.CSV');
    expect(result.people.map((p) => p.name)).toEqual(['A B']);
  });

  it('refuses a ZIP whose Connections.csv is larger than the limit', () => {
    const zip = zipSync({
      'Connections.csv': utf8(`${HEADER}\n${'A,B,,,,,05 Mar 2021\n'.repeat(100)}`),
    });
    expect(importContacts(zip, { maxBytes: zip.length + 10 })).toMatchObject({
      error: 'too-large',
    });
  });
});
