import { describe, expect, it } from 'vitest';
import { countLostValues } from '../../../src/lib/storage/lost-values';
import { cutText, repairParsed, wellFormed, writeJson } from '../../../src/lib/storage/repair-text';

describe('wellFormed', () => {
  it('replaces a lone surrogate or a NUL with U+FFFD and leaves pairs and Vietnamese alone', () => {
    expect(wellFormed('Lan\ud800')).toBe('Lan\ufffd');
    expect(wellFormed('\udc00Minh')).toBe('\ufffdMinh');
    expect(wellFormed('a\u0000b')).toBe('a\ufffdb');
    expect(wellFormed('👩🏽‍💻 Nguyễn Thị Ánh')).toBe('👩🏽‍💻 Nguyễn Thị Ánh');
  });
});

describe('writeJson', () => {
  it('never writes a lone surrogate or a NUL', () => {
    expect(writeJson({ name: 'Lan\ud800', note: 'x\u0000' })).toBe(
      '{"name":"Lan\ufffd","note":"x\ufffd"}',
    );
  });
});

describe('cutText', () => {
  it('does not split an emoji in two when cutting', () => {
    expect(cutText('ab👩', 3)).toBe('ab');
    expect(cutText('ab👩', 4)).toBe('ab👩');
    expect(cutText('abc', 2)).toBe('ab');
  });
});

describe('repairParsed', () => {
  it('repairs strings and keys in place and counts each', () => {
    const data = JSON.parse('{"people":[{"name":"Lan\\ud800","k\\u0000":1}]}') as unknown;
    expect(repairParsed(data)).toEqual({
      kind: 'ok',
      data: { people: [{ name: 'Lan\ufffd', 'k\ufffd': 1 }] },
      repaired: 2,
    });
  });

  it('keeps a `__proto__` key a plain key while repairing it', () => {
    const data = JSON.parse('{"__proto__":"x\\ud800"}') as Record<string, unknown>;
    repairParsed(data);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('x\ufffd');
  });

  it('reports data nested 100,000 levels deep instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(repairParsed(deep)).toEqual({ kind: 'too-deep' });
  });
});

describe('countLostValues', () => {
  it('counts nothing when the read value only adds defaults or moves a value aside', () => {
    expect(
      countLostValues({ people: [{ name: 'Lan' }] }, { people: [{ name: 'Lan', trust: 3 }] }),
    ).toBe(0);
    expect(
      countLostValues({ answers: { b: { no: 1 } } }, { answers: {}, unreadable: { b: { no: 1 } } }),
    ).toBe(0);
  });

  it('counts each value a dropped record, a replaced outcome or a cut text held', () => {
    const two = [
      { id: 'p1', name: 'Nguyễn Văn Anh' },
      { id: 'p1', name: 'Nguyễn Văn Anh', company: 'FPT' },
    ];
    expect(countLostValues(two, [two[0]])).toBe(3);
    expect(countLostValues([{ outcome: 'great' }], [{ outcome: 'pending' }])).toBe(1);
    expect(countLostValues('nặng', { goAt: 2.5 })).toBe(1);
  });
});
