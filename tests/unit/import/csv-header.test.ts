import { describe, expect, it } from 'vitest';
import {
  cellAt,
  classifyColumns,
  columnIndex,
  columnIndexes,
  findCsvHeader,
  hasExtraFields,
  normaliseColumnName,
} from '../../../src/lib/import/csv-header';

const cells = (line: string) => line.split(',').map(normaliseColumnName);

describe('normaliseColumnName', () => {
  it('removes BOMs, quotes and extra spaces and lower-cases', () => {
    expect(normaliseColumnName('\uFEFF "Connected  On" ')).toBe('connected on');
  });
});

describe('classifyColumns', () => {
  it('tells the LinkedIn layouts apart from Google and Outlook by their columns', () => {
    expect(
      classifyColumns(
        cells('First Name,Last Name,URL,Email Address,Company,Position,Connected On'),
      ),
    ).toBe('linkedin');
    expect(classifyColumns(cells('First Name,Last Name,Email Address,Company,Position'))).toBe(
      'linkedin',
    );
    expect(classifyColumns(cells('First Name,Middle Name,Last Name,Labels,E-mail 1 - Value'))).toBe(
      'google',
    );
    expect(
      classifyColumns(cells('Name,Given Name,Additional Name,Family Name,Group Membership')),
    ).toBe('google-legacy');
    expect(
      classifyColumns(
        cells('First Name,Middle Name,Last Name,E-mail Address,Job Title,Categories'),
      ),
    ).toBe('outlook');
  });

  it('knows nothing of other tables', () => {
    expect(classifyColumns(cells('Date,Description,Amount,Balance'))).toBeUndefined();
    expect(classifyColumns(cells('First Name,Last Name'))).toBeUndefined();
    expect(classifyColumns([])).toBeUndefined();
  });
});

describe('findCsvHeader', () => {
  const record = (line: number, text: string) => ({ line, cells: text.split(',') });

  it('finds the header after a preamble', () => {
    const header = findCsvHeader([
      record(1, 'Notes:'),
      record(2, 'blah, blah'),
      record(4, 'First Name,Last Name,Connected On'),
    ]);
    expect(header).toEqual({
      index: 2,
      line: 4,
      layout: 'linkedin',
      columns: ['first name', 'last name', 'connected on'],
    });
  });

  it('looks no further than the first 20 records', () => {
    const filler = Array.from({ length: 20 }, (_, i) => record(i + 1, 'x,y'));
    expect(
      findCsvHeader([...filler, record(21, 'First Name,Last Name,Connected On')]),
    ).toBeUndefined();
  });
});

describe('columnIndex', () => {
  it('gives the first of several names present, or -1', () => {
    expect(columnIndex(['a', 'b'], 'x', 'b', 'a')).toBe(1);
    expect(columnIndex(['a'], 'x')).toBe(-1);
  });
});

describe('columnIndexes', () => {
  it('gives every matching column in order', () => {
    expect(
      columnIndexes(['e-mail 1 - value', 'x', 'e-mail 2 - value'], /^e-mail \d+ - value$/),
    ).toEqual([0, 2]);
  });
});

describe('cellAt', () => {
  it('gives an empty text for a missing column or a short row', () => {
    expect(cellAt(['a'], -1)).toBe('');
    expect(cellAt(['a'], 3)).toBe('');
    expect(cellAt(['a'], 0)).toBe('a');
  });
});

describe('hasExtraFields', () => {
  it('is true only when cells beyond the header are filled', () => {
    expect(hasExtraFields(['a', 'b', ''], 2)).toBe(false);
    expect(hasExtraFields(['a', 'b', ' x'], 2)).toBe(true);
    expect(hasExtraFields(['a'], 2)).toBe(false);
  });
});
