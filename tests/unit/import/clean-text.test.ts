import { describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanMultiline,
  looksLikeEmail,
  uniqueIgnoringCase,
} from '../../../src/lib/import/clean-text';

describe('cleanLine', () => {
  it('trims, joins lines, removes controls and composes accents', () => {
    expect(cleanLine('  Redcloud \n')).toBe('Redcloud');
    expect(cleanLine('a\u0000b\u0007c\u0085')).toBe('abc');
    expect(cleanLine('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
});

describe('cleanMultiline', () => {
  it('keeps line breaks and tabs, normalising CRLF', () => {
    expect(cleanMultiline(' line one\r\n\tline two\u0000 ')).toBe('line one\n\tline two');
  });
});

describe('looksLikeEmail', () => {
  it('accepts addresses and rejects LinkedIn urns and plain words', () => {
    expect(looksLikeEmail('marisol.qv@example.com')).toBe(true);
    expect(looksLikeEmail('urn:li:member:12345')).toBe(false);
    expect(looksLikeEmail('Plumber')).toBe(false);
    expect(looksLikeEmail('a@b')).toBe(false);
    expect(looksLikeEmail('<a@b.com>')).toBe(false);
  });
});

describe('uniqueIgnoringCase', () => {
  it('keeps the first spelling of each value and drops empty ones', () => {
    expect(uniqueIgnoringCase(['A@x.com', '', 'a@X.com', 'b@x.com'])).toEqual([
      'A@x.com',
      'b@x.com',
    ]);
  });
});
