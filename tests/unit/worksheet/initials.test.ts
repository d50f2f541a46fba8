import { describe, expect, it } from 'vitest';
import { initialsOf, shortName } from '../../../src/lib/worksheet/initials';

describe('initialsOf', () => {
  it('takes the first letter of up to three words, upper-cased', () => {
    expect(initialsOf('Nguyễn Thị Thu')).toBe('NTT');
    expect(initialsOf('chị Lan')).toBe('CL');
    expect(initialsOf('Tôn Nữ Thị Minh Châu')).toBe('TNT');
  });

  it('keeps a letter’s diacritics, whether typed precomposed or as separate marks', () => {
    expect(initialsOf('Ánh')).toBe('Á');
    expect(initialsOf('Đặng Ánh'.normalize('NFD'))).toBe('ĐÁ');
  });

  it('skips punctuation and gives “?” for a name with no letter', () => {
    expect(initialsOf('  (Minh) - "Bé"  ')).toBe('MB');
    expect(initialsOf('')).toBe('?');
    expect(initialsOf('—')).toBe('?');
  });
});

describe('shortName', () => {
  it('keeps a short name as it is, trimmed', () => {
    expect(shortName('  Minh ')).toBe('Minh');
  });

  it('cuts a long name with an ellipsis, never between a letter and its accent', () => {
    expect(shortName('Nguyễn Thị Minh Khai', 10)).toBe('Nguyễn Th…');
    expect(shortName('Nguyễn Thị'.normalize('NFD'), 6)).toBe('Nguyễ…');
  });
});
