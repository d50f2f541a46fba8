import { describe, expect, it } from 'vitest';
import { addressBookColumns, readAddressBookRows } from '../../../src/lib/import/google-csv';
import { findCsvHeader } from '../../../src/lib/import/csv-header';
import { readCsvRecords } from '../../../src/lib/import/csv-records';
import { importOk, utf16, utf8 } from './helpers';

const LEGACY_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value';
const OUTLOOK_HEADER =
  "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes,Categories";

/** A row of `columns` empty cells with some of them filled, by column name. */
function row(header: string, values: Record<string, string>): string {
  return header
    .split(',')
    .map((column) => {
      const value = values[column] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

describe('readAddressBookRows', () => {
  it('reads the legacy Google layout, which the oldest exporter wrote as UTF-16LE', () => {
    const text = `${LEGACY_HEADER}\r\n${row(LEGACY_HEADER, {
      Name: 'Nguyễn Văn An',
      'Given Name': 'An',
      'Family Name': 'Nguyễn',
      'Group Membership': '* My Contacts ::: Friends',
      'E-mail 1 - Value': 'an@example.com ::: an.work@example.com',
      'Organization 1 - Name': 'Sao Mai',
      'Organization 1 - Title': 'Kế toán',
      'Website 1 - Value': 'https://an.example.com',
    })}\r\n`;
    const result = importOk(utf16(text, 'le'));
    expect(result.format).toBe('google-legacy-csv');
    expect(result.encoding).toBe('utf-16le');
    expect(result.people[0]).toMatchObject({
      name: 'Nguyễn Văn An',
      emails: ['an@example.com', 'an.work@example.com'],
      company: 'Sao Mai',
      position: 'Kế toán',
      url: 'https://an.example.com/',
      labels: ['* My Contacts', 'Friends'],
    });
  });

  it('reads UTF-16 without a BOM by its zero bytes', () => {
    const text = `${LEGACY_HEADER}\n${row(LEGACY_HEADER, { Name: 'Lan' })}\n`;
    expect(importOk(utf16(text, 'be', false))).toMatchObject({ encoding: 'utf-16be' });
  });

  it("reads Google's Outlook CSV with its ';'-separated categories", () => {
    const text = `${OUTLOOK_HEADER}\n${row(OUTLOOK_HEADER, {
      'First Name': 'Jane',
      'Last Name': 'Doe',
      'E-mail Address': 'jane@example.com',
      'E-mail 2 Address': 'JANE@example.com',
      'Mobile Phone': '+4741644000',
      Company: 'Acme',
      'Job Title': 'CFO',
      'Web Page': 'jane.example.com',
      Birthday: '4/23/1991',
      Categories: 'myContacts;starred',
    })}\n`;
    const result = importOk(utf8(text));
    expect(result.format).toBe('outlook-csv');
    expect(result.people[0]).toMatchObject({
      name: 'Jane Doe',
      emails: ['jane@example.com'], // the repeat differs only in case
      company: 'Acme',
      position: 'CFO',
      url: 'https://jane.example.com/',
      labels: ['myContacts', 'starred'],
      hasPhone: true,
      birthday: '1991-04-23',
    });
  });

  it('falls back to the nickname, then the company, then the address for the name', () => {
    const header =
      'First Name,Last Name,Nickname,Organization Name,E-mail 1 - Value,Phone 1 - Value';
    const text = `${header}\n,,Bé Na,,,\n,,,Acme,,\n,,,,x@example.com,\n,,,,,+1 202\n`;
    const result = importOk(utf8(text));
    expect(result.people.map((p) => [p.name, p.nameSource])).toEqual([
      ['Bé Na', 'name'],
      ['Acme', 'company'],
      ['x@example.com', 'email'],
    ]);
    // A row with only a phone number keeps nothing the map stores.
    expect(result.rejected).toEqual([{ line: 5, reason: 'no-identity' }]);
  });

  it('maps numbered columns by pattern, however many there are', () => {
    const { records } = readCsvRecords(
      'First Name,Labels,E-mail 1 - Value,E-mail 2 - Value,E-mail 3 - Value,Phone 1 - Value,Website 1 - Value,Website 2 - Value\n',
      ',',
    );
    const header = findCsvHeader(records);
    if (!header) throw new Error('no header');
    const columns = addressBookColumns(header);
    expect(columns.emails).toEqual([2, 3, 4]);
    expect(columns.websites).toEqual([6, 7]);
    expect(readAddressBookRows(records, header).people).toEqual([]);
  });
});
