import { describe, expect, it } from 'vitest';
import { chooseDelimiter, readCsvRecords } from '../../../src/lib/import/csv-records';

describe('chooseDelimiter', () => {
  it('reads the separator from the header line, not from the preamble', () => {
    const text = 'Notes:\n"a, b, c, d"\n\nFirst Name;Last Name;Connected on\n';
    expect(chooseDelimiter(text)).toBe(';');
  });

  it('prefers commas on a tie and tabs when they dominate', () => {
    expect(chooseDelimiter('First Name,Last Name\n')).toBe(',');
    expect(chooseDelimiter('Name;x,y\n')).toBe(',');
    expect(chooseDelimiter('First Name\tLast Name\tCompany\n')).toBe('\t');
  });

  it('falls back to the first non-empty line and to commas for empty text', () => {
    expect(chooseDelimiter('\n\na;b;c\n')).toBe(';');
    expect(chooseDelimiter('')).toBe(',');
  });
});

describe('readCsvRecords', () => {
  it('numbers records by the line they start on, across quoted line breaks and blank lines', () => {
    const { records } = readCsvRecords('h1,h2\r\n"multi\r\nline",x\r\n\r\nlast,y', ',');
    expect(records).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['multi\nline', 'x'] },
      { line: 5, cells: ['last', 'y'] },
    ]);
  });

  it('reads doubled quotes and drops a BOM', () => {
    const { records } = readCsvRecords('\uFEFF"Robert ""Bobby""",b', ',');
    expect(records[0]?.cells).toEqual(['Robert "Bobby"', 'b']);
  });

  it('reports an unterminated quote and resumes on the next line', () => {
    const result = readCsvRecords('a,b\n"open,c\nd,e\n', ',');
    expect(result.records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['d', 'e'] },
    ]);
    expect(result.unterminated).toEqual([2]);
    expect(result.endsInsideQuote).toBe(false);
  });

  it('says the text ends inside a quote when nothing follows the broken record', () => {
    const result = readCsvRecords('a,b\nc,"cut', ',');
    expect(result).toMatchObject({ unterminated: [2], endsInsideQuote: true });
  });

  it('gives up resuming after 20 broken records so that junk cannot make it quadratic', () => {
    const result = readCsvRecords('"x\n'.repeat(1000), ',');
    expect(result.unterminated).toHaveLength(21);
    expect(result.endsInsideQuote).toBe(true);
  });

  it('reads old Mac CR line endings', () => {
    expect(readCsvRecords('a,b\rc,d', ',').records.map((r) => r.line)).toEqual([1, 2]);
  });
});
