import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { findContactFileInZip } from '../../../src/lib/import/zip-contacts';
import { utf8 } from './helpers';

const MB = 1024 * 1024;

describe('findContactFileInZip', () => {
  it('prefers Connections.csv nearest the root, in any letter case', () => {
    const zip = zipSync({
      'deep/er/Connections.csv': utf8('deep'),
      'export/CONNECTIONS.csv': utf8('shallow'),
      'export/Invitations.csv': utf8('other'),
    });
    const found = findContactFileInZip(zip, MB);
    expect(found.ok && [found.path, new TextDecoder().decode(found.bytes)]).toEqual([
      'export/CONNECTIONS.csv',
      'shallow',
    ]);
  });

  it("takes Google Takeout's All Contacts.vcf, or the only contact file", () => {
    const takeout = zipSync({
      'Takeout/Contacts/Friends/Friends.vcf': utf8('x'),
      'Takeout/Contacts/All Contacts/All Contacts.vcf': utf8('y'),
    });
    expect(findContactFileInZip(takeout, MB)).toMatchObject({
      ok: true,
      path: 'Takeout/Contacts/All Contacts/All Contacts.vcf',
    });
    const single = zipSync({
      'readme.txt': utf8('x'),
      'contacts.vcf': utf8('y'),
      '__MACOSX/._contacts.vcf': utf8('z'),
    });
    expect(findContactFileInZip(single, MB)).toMatchObject({ ok: true, path: 'contacts.vcf' });
  });

  it('names the problem when there is no contact file, an Excel workbook, or damage', () => {
    expect(findContactFileInZip(zipSync({ 'a.txt': utf8('x') }), MB)).toMatchObject({
      ok: false,
      error: 'zip-without-contacts',
    });
    expect(findContactFileInZip(zipSync({ 'xl/workbook.xml': utf8('x') }), MB)).toMatchObject({
      error: 'spreadsheet',
    });
    expect(findContactFileInZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), MB)).toMatchObject({
      error: 'truncated',
    });
  });
});
