import { describe, expect, it } from 'vitest';
import { available, share, unavailable } from '../../../src/lib/metrics/unavailable';

describe('available', () => {
  it('wraps a value with no reason', () => {
    expect(available(3)).toEqual({ value: 3, reason: null });
  });
});

describe('unavailable', () => {
  it('gives no value and the reason', () => {
    expect(unavailable('no-people')).toEqual({ value: null, reason: 'no-people' });
  });
});

describe('share', () => {
  it('divides the part by the whole', () => {
    expect(share(1, 4)).toBe(0.25);
  });

  it('is null for a share of nothing rather than NaN or 0', () => {
    expect(share(0, 0)).toBeNull();
  });
});
