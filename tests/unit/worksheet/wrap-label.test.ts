import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/lib/worksheet/wrap-label';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Workplace')).toEqual(['Workplace']);
    expect(wrapLabel('Gia đình')).toEqual(['Gia đình']);
  });

  it('breaks a long label between words instead of cutting it', () => {
    expect(wrapLabel('Professional association')).toEqual(['Professional', 'association']);
    // "Hội nghề nghiệp" is 15 characters, one more than a line.
    expect(wrapLabel('Hội nghề nghiệp chuyên môn')).toEqual(['Hội nghề', 'nghiệp chuyên môn']);
  });

  it('puts what does not fit on the last line and ends it with an ellipsis when too long', () => {
    expect(wrapLabel('Câu lạc bộ chạy bộ buổi sáng ở công viên Thống Nhất')).toEqual([
      'Câu lạc bộ',
      'chạy bộ buổi sáng…',
    ]);
  });

  it('shortens a single word longer than a line', () => {
    // 14 characters a line, with 2 to spare before a word is cut: 15 letters and the ellipsis.
    expect(wrapLabel('Donaudampfschifffahrtsgesellschaft')).toEqual(['Donaudampfschif…']);
  });

  it('gives no line for an empty or blank label', () => {
    expect(wrapLabel('')).toEqual([]);
    expect(wrapLabel('   ')).toEqual([]);
  });
});
