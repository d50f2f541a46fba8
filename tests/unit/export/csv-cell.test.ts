import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvField, neutraliseFormula, toCsv } from '../../../src/lib/export/csv-cell';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before every formula trigger of the OWASP list', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '  =1', '＝1']) {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    }
  });

  it('also protects lines inside a multi-line cell, which papaparse misses', () => {
    expect(neutraliseFormula('note\n=HYPERLINK("http://x")')).toBe(
      'note\n\'=HYPERLINK("http://x")',
    );
    expect(neutraliseFormula('\n=cmd')).toBe("'\n'=cmd");
    expect(neutraliseFormula('a\r\n@x')).toBe("a\r\n'@x");
  });

  it('leaves ordinary text alone', () => {
    for (const value of ['Nguyễn', 'a=b', 'x-y', 'mai@example.com', '', '<img src=x>']) {
      expect(neutraliseFormula(value)).toBe(value);
    }
  });
});

describe('csvField', () => {
  it('quotes separators, quotes, line breaks and outer spaces, and doubles quotes', () => {
    expect(csvField('Brightwater Labs, Inc.')).toBe('"Brightwater Labs, Inc."');
    expect(csvField('Robert "Bobby"')).toBe('"Robert ""Bobby"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes numbers as they are, even negative ones', () => {
    expect(csvField(2)).toBe('2');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM by default, ends lines with CRLF, and reads back with papaparse', () => {
    const csv = toCsv([
      ['Id', 'Label'],
      ['p1', 'Đỗ, "Mai"\nline 2'],
    ]);
    expect(csv).toBe('\uFEFFId,Label\r\np1,"Đỗ, ""Mai""\nline 2"\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['Id', 'Label'],
      ['p1', 'Đỗ, "Mai"\nline 2'],
    ]);
  });

  it('leaves the BOM out when asked', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });
});
