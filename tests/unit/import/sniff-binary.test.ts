import { describe, expect, it } from 'vitest';
import { looksLikeBinaryText, sniffMagic } from '../../../src/lib/import/sniff-binary';
import { utf8 } from './helpers';

describe('sniffMagic', () => {
  it('recognises ZIP archives, old Excel files and common binaries', () => {
    expect(sniffMagic(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniffMagic(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('spreadsheet');
    expect(sniffMagic(utf8('%PDF-1.4'))).toBe('binary');
    expect(sniffMagic(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('binary');
    expect(sniffMagic(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('binary');
  });

  it('says nothing about text or about files too short to tell', () => {
    expect(sniffMagic(utf8('First Name,Last Name'))).toBeUndefined();
    expect(sniffMagic(new Uint8Array([0x50]))).toBeUndefined();
    expect(sniffMagic(new Uint8Array())).toBeUndefined();
  });
});

describe('looksLikeBinaryText', () => {
  it('accepts text with tabs, line breaks and non-Latin letters', () => {
    expect(looksLikeBinaryText('a\tb\r\nc,Nguyễn,佐藤,🚀\n')).toBe(false);
    expect(looksLikeBinaryText('')).toBe(false);
  });

  it('rejects text with at least 8 NULs or other controls making up over 2 % of it', () => {
    expect(looksLikeBinaryText('abc\u0000\u0001'.repeat(4))).toBe(true);
    // 10 control characters in 1,000 are 1 %: stray bytes in real text, not junk.
    expect(looksLikeBinaryText(`${'a'.repeat(99)}\u0007`.repeat(10))).toBe(false);
    // 3 control characters are too few to call even a short text binary.
    expect(looksLikeBinaryText('a\u0000b\u0000c\u0000')).toBe(false);
  });

  it('counts replacement characters and C1 controls as junk', () => {
    expect(looksLikeBinaryText('\ufffd\ufffd\u0081abc'.repeat(3))).toBe(true);
  });
});
