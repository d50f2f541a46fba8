import { describe, expect, it } from 'vitest';
import {
  decodeQuotedPrintable,
  parseVCardLine,
  splitVCardValue,
  unescapeVCardText,
  unfoldVCardLines,
} from '../../../src/lib/import/vcard-lines';

describe('unfoldVCardLines', () => {
  it('joins lines that start with a space or a tab and keeps the first line number', () => {
    expect(unfoldVCardLines('A:1\r\n 2\r\n\t3\r\nB:4')).toEqual([
      { line: 1, text: 'A:123' },
      { line: 4, text: 'B:4' },
    ]);
  });

  it('joins quoted-printable soft breaks, which have no leading space', () => {
    expect(unfoldVCardLines('FN;ENCODING=QUOTED-PRINTABLE:=41=\n=42\nX:1')).toEqual([
      { line: 1, text: 'FN;ENCODING=QUOTED-PRINTABLE:=41=42' },
      { line: 3, text: 'X:1' },
    ]);
  });

  it('does not treat a trailing "=" as a soft break outside quoted-printable', () => {
    expect(unfoldVCardLines('NOTE:a=\nFN:b').map((l) => l.text)).toEqual(['NOTE:a=', 'FN:b']);
  });

  it('ends a value at an empty line', () => {
    expect(unfoldVCardLines('PHOTO:abc\n\n def').map((l) => l.text)).toEqual(['PHOTO:abc', ' def']);
  });
});

describe('parseVCardLine', () => {
  it('splits group, name, parameters and a value that contains colons', () => {
    const property = parseVCardLine({ line: 3, text: 'item1.URL;type=pref:https\\://x.example' });
    expect(property).toMatchObject({
      line: 3,
      group: 'item1',
      name: 'URL',
      value: 'https\\://x.example',
    });
    expect(property?.params.get('TYPE')).toEqual(['PREF']);
  });

  it('lists bare 2.1 parameters under TYPE and keeps quoted parameter values whole', () => {
    expect(parseVCardLine({ line: 1, text: 'TEL;CELL;PREF:+1' })?.params.get('TYPE')).toEqual([
      'CELL',
      'PREF',
    ]);
    const quoted = parseVCardLine({ line: 1, text: 'TEL;TYPE="voice,cell";X="a:b":tel:+1' });
    expect(quoted?.params.get('TYPE')).toEqual(['VOICE', 'CELL']);
    expect(quoted?.value).toBe('tel:+1');
  });

  it('returns undefined for lines that are not properties', () => {
    expect(parseVCardLine({ line: 1, text: 'no colon here' })).toBeUndefined();
    expect(parseVCardLine({ line: 1, text: ':value without name' })).toBeUndefined();
    expect(parseVCardLine({ line: 1, text: 'BAD NAME:x' })).toBeUndefined();
  });

  it('decodes quoted-printable values in their charset', () => {
    const text = 'ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Soci=E9t=E9';
    expect(parseVCardLine({ line: 1, text })?.value).toBe('Société');
  });
});

describe('decodeQuotedPrintable', () => {
  it('decodes UTF-8 byte escapes', () => {
    expect(decodeQuotedPrintable('Nguy=E1=BB=85n', 'UTF-8')).toBe('Nguyễn');
  });

  it('keeps an "=" that is not followed by two hex digits', () => {
    expect(decodeQuotedPrintable('a=zz=4', 'utf-8')).toBe('a=zz=4');
  });

  it('falls back to Windows-1252 for invalid bytes or an unknown charset', () => {
    expect(decodeQuotedPrintable('caf=E9', 'utf-8')).toBe('café');
    expect(decodeQuotedPrintable('caf=E9', 'no-such-charset')).toBe('café');
  });
});

describe('splitVCardValue', () => {
  it('splits on unescaped separators only', () => {
    expect(splitVCardValue('a\\;b;c;;', ';')).toEqual(['a\\;b', 'c', '', '']);
  });
});

describe('unescapeVCardText', () => {
  it('resolves \\\\ \\, \\; \\: \\n and \\N and keeps other backslashes', () => {
    expect(unescapeVCardText('a\\\\b\\,c\\;d\\:e\\nf\\Ng\\x')).toBe('a\\b,c;d:e\nf\ng\\x');
  });
});
