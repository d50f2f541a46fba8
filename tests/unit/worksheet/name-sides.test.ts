import { describe, expect, it } from 'vitest';
import { namesOnTheLeft } from '../../../src/lib/worksheet/name-sides';

describe('namesOnTheLeft', () => {
  it('writes every name to the right of its dot when nothing is in the way', () => {
    const dots = [
      { id: 'a', x: 0, y: 0, width: 40 },
      { id: 'b', x: 0, y: 50, width: 40 },
    ];
    expect(namesOnTheLeft(dots)).toEqual(new Set());
  });

  it('moves a name to the left when its right side would run over a name already written', () => {
    // a's name covers x 5 to 45, y -6 to 7; b's dot, just below a's, is clear of it, but b's
    // name on the right would cover y 4 to 17 over the same x.
    const dots = [
      { id: 'a', x: 0, y: 0, width: 40 },
      { id: 'b', x: 0, y: 10, width: 30 },
    ];
    expect(namesOnTheLeft(dots)).toEqual(new Set(['b']));
  });

  it('moves a name to the left when another dot sits on its right', () => {
    const dots = [
      { id: 'a', x: 0, y: 0, width: 40 },
      { id: 'b', x: 20, y: 0, width: 10 },
    ];
    // a's name would cover b's dot; on the left it is clear. b's name is clear on the right.
    expect(namesOnTheLeft(dots)).toEqual(new Set(['a']));
  });

  it('keeps a name on the right when the left is no better', () => {
    const dots = [
      { id: 'left', x: -30, y: 0, width: 20 },
      { id: 'a', x: 0, y: 0, width: 40 },
      { id: 'right', x: 20, y: 0, width: 20 },
    ];
    expect(namesOnTheLeft(dots).has('a')).toBe(false);
  });

  it('gives an empty set for no dots', () => {
    expect(namesOnTheLeft([])).toEqual(new Set());
  });
});
