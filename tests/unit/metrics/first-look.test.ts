import { describe, expect, it } from 'vitest';
import { firstLook } from '../../../src/lib/metrics/first-look';
import { computeInsights } from '../../../src/lib/metrics/insights';
import { emptyNetwork } from '../../../src/lib/network/network';
import { largeNetwork } from './large-network';

describe('the first look at a large map, before its figures are worked out', () => {
  it('is every figure of an empty map, for an empty map', () => {
    expect(firstLook(emptyNetwork())).toEqual(computeInsights(emptyNetwork()));
  });

  it('counts its people by ring and by context as the full figures do', () => {
    const network = largeNetwork(3000, 500);
    const full = computeInsights(network);
    const look = firstLook(network);
    expect(look.rings).toEqual(full.rings);
    expect(look.contexts).toEqual(full.contexts);
  });

  it('claims nothing about ties, groups or introductions yet: those are as for an empty map', () => {
    const look = firstLook(largeNetwork(3000, 500));
    const empty = computeInsights(emptyNetwork());
    expect(look.groups).toEqual(empty.groups);
    expect(look.introductions).toEqual(empty.introductions);
    expect(look.tieBalance).toEqual(empty.tieBalance);
  });
});
