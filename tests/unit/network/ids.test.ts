import { describe, expect, it } from 'vitest';
import { counterIds, nextFreeId, nextPersonId } from '../../../src/lib/network/ids';

describe('nextFreeId', () => {
  it('starts at 1 on an empty map', () => {
    expect(nextFreeId('p', new Set())).toBe('p1');
  });

  it('goes one past the highest number taken, ignoring other shapes', () => {
    expect(nextFreeId('p', new Set(['p1', 'p7', 'x99', 'pabc', 'q12']))).toBe('p8');
  });

  it('counts a number written with a leading zero', () => {
    // 'p08' counts as 8, so the next is p9.
    expect(nextFreeId('p', new Set(['p08']))).toBe('p9');
  });

  it('ignores numbers too long to count exactly', () => {
    expect(nextFreeId('p', new Set(['p12345678901234567890', 'p3']))).toBe('p4');
  });
});

describe('nextPersonId', () => {
  it('uses the p prefix', () => {
    expect(nextPersonId(new Set(['p2']))).toBe('p3');
  });
});

describe('counterIds', () => {
  it('counts on from the highest p-number and skips taken ids', () => {
    const taken = new Set(['p1', 'p7', 'x']);
    const next = counterIds(taken);
    expect(next(taken)).toBe('p8');
    expect(next(new Set([...taken, 'p9']))).toBe('p10');
  });
});
