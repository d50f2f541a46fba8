import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/import/decode-bytes';
import { latin1, utf16, utf8 } from './helpers';

describe('decodeBytes', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Đỗ')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Đỗ', encoding: 'utf-8-bom', truncated: false });
  });

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decodeBytes(utf16('Ánh 😀', 'le'))).toMatchObject({
      text: 'Ánh 😀',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Ánh 😀', 'be'))).toMatchObject({
      text: 'Ánh 😀',
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-16 without a BOM when every other byte is zero', () => {
    expect(decodeBytes(utf16('First Name,Last Name', 'le', false))).toMatchObject({
      text: 'First Name,Last Name',
      encoding: 'utf-16le',
    });
  });

  it('reads UTF-8 without a BOM strictly', () => {
    expect(decodeBytes(utf8('Nguyễn, 佐藤, 🚀'))).toEqual({
      text: 'Nguyễn, 佐藤, 🚀',
      encoding: 'utf-8',
      truncated: false,
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // 0x80 is € in Windows-1252 (not a C1 control as in ISO-8859-1).
    const bytes = new Uint8Array([...latin1('Müller '), 0x80]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'Müller €',
      encoding: 'windows-1252',
      truncated: false,
    });
  });

  it('keeps UTF-8 when only the last character was cut, and says so', () => {
    const whole = utf8('Trầ');
    const cut = whole.subarray(0, whole.length - 1); // "ầ" is three bytes; drop its last one
    expect(decodeBytes(cut)).toEqual({ text: 'Tr', encoding: 'utf-8', truncated: true });
  });

  it('marks an odd-length UTF-16 file as truncated', () => {
    const bytes = utf16('Ab', 'le');
    expect(decodeBytes(bytes.subarray(0, bytes.length - 1)).truncated).toBe(true);
  });

  it('decodes an empty array to an empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      truncated: false,
    });
  });
});
