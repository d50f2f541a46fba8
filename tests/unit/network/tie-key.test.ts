import { describe, expect, it } from 'vitest';
import { orderedPair, tieKey } from '../../../src/lib/network/tie-key';

describe('orderedPair', () => {
  it('puts the smaller id first whatever the order given', () => {
    expect(orderedPair('p2', 'p1')).toEqual(['p1', 'p2']);
    expect(orderedPair('p1', 'p2')).toEqual(['p1', 'p2']);
  });
});

describe('tieKey', () => {
  it('names a pair the same way in both orders', () => {
    expect(tieKey('b', 'a')).toBe(tieKey('a', 'b'));
  });

  it('keeps pairs apart whose ids contain spaces', () => {
    expect(tieKey('a b', 'c')).not.toBe(tieKey('a', 'b c'));
  });
});
