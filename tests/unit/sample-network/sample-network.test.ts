import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildAlterGraph } from '../../../src/lib/metrics/alter-graph';
import { candidateIntroductions } from '../../../src/lib/metrics/candidate-introductions';
import { connectedGroups } from '../../../src/lib/contagion/bridge';
import { networkSchema } from '../../../src/lib/network/network';
import { sanitizeNetwork } from '../../../src/lib/network/sanitize';
import { sampleNetwork, sampleReader } from '../../../src/lib/sample-network/sample-network';

describe('sampleNetwork', () => {
  it.each(['vi', 'en'] as const)('is a valid, clean network in %s', (locale) => {
    const sample = sampleNetwork(locale);
    expect(v.parse(networkSchema, sample)).toEqual(sample);
    expect(sanitizeNetwork(sample).dropped.total).toBe(0);
    expect(sample.people).toHaveLength(30);
  });

  it('has the same structure in both languages, with different names', () => {
    const vi = sampleNetwork('vi');
    const en = sampleNetwork('en');
    const shape = (network: typeof vi) => ({
      people: network.people.map(({ id, contexts, ring, trust, preference }) => ({
        id,
        contexts,
        ring,
        trust,
        preference,
      })),
      ties: network.ties,
    });
    expect(shape(en)).toEqual(shape(vi));
    expect(en.people.map((p) => p.name)).not.toEqual(vi.people.map((p) => p.name));
    expect(sampleReader('vi')).toContain('Đà Nẵng');
  });

  it('gives the weigher pairs to suggest, the same pairs in both languages', () => {
    const pairs = (locale: 'vi' | 'en') =>
      candidateIntroductions(sampleNetwork(locale))
        .candidates.map(({ a, b }) => [a, b].sort().join('-'))
        .sort();
    // From the topics of people open to introductions: Huy needs marketing (Ánh knows it), Lộc a
    // logo (Thư), Thảo someone who teaches children to code (Bảo), Yến design systems (Quân).
    expect(pairs('vi')).toEqual(['h1-o1', 'h5-w7', 'o3-w1', 's4-w3']);
    expect(pairs('en')).toEqual(pairs('vi'));
  });

  it('keeps two people with the same name apart', () => {
    const anh = sampleNetwork('vi').people.filter((p) => p.name === 'Nguyễn Văn Anh');
    expect(anh.map((p) => p.id)).toEqual(['s6', 'h4']);
  });

  it('falls into three groups linked by ties: work with alumni, family with hometown, online', () => {
    // From structure.ts: the bridge w7–s1 joins 7 + 6, the bridge f6–h1 joins 6 + 5, online is 6.
    const graph = buildAlterGraph(sampleNetwork('en'));
    expect(connectedGroups(graph).map((group) => group.length)).toEqual([13, 11, 6]);
  });

  it('gives each caller its own copy', () => {
    const first = sampleNetwork('vi');
    first.people.pop();
    expect(sampleNetwork('vi').people).toHaveLength(30);
  });
});
