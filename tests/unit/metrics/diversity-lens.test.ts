import { describe, expect, it } from 'vitest';
import { diversityLens } from '../../../src/lib/metrics/diversity-lens';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from '../network/build-network';

describe('diversityLens', () => {
  it('gives nothing when the reader named no issue', () => {
    expect(diversityLens(emptyNetwork())).toEqual([]);
  });

  it('finds sources without case or diacritics and flags a single context', () => {
    const network = buildNetwork(
      [
        person('a', { contexts: ['workplace'], knowsAbout: ['Kinh Te'] }),
        person('b', { contexts: ['workplace'], learnFrom: ['KINH TẾ'] }),
        person('c', { contexts: ['family'], knowsAbout: ['kinh tế học'] }), // another topic
      ],
      [],
      { issues: ['kinh tế'] },
    );
    expect(diversityLens(network)).toEqual([
      {
        issue: 'kinh tế',
        sources: ['a', 'b'],
        contexts: ['workplace'],
        verdict: 'one-context',
        narrow: true,
      },
    ]);
  });

  it('counts every context of every source', () => {
    const network = buildNetwork(
      [
        person('a', { contexts: ['workplace'], knowsAbout: ['giáo dục'] }),
        person('b', { contexts: ['school', 'online'], knowsAbout: ['Giao duc'] }),
      ],
      [],
      { issues: ['Giáo dục'] },
    );
    const [lens] = diversityLens(network);
    expect(lens?.contexts).toEqual(['online', 'school', 'workplace']);
    expect(lens?.verdict).toBe('several-contexts');
    expect(lens?.narrow).toBe(false);
  });

  it('reads đ as d when matching', () => {
    const network = buildNetwork(
      [person('a', { contexts: ['community'], knowsAbout: ['Đất đai'] })],
      [],
      { issues: ['dat dai'] },
    );
    expect(diversityLens(network)[0]?.sources).toEqual(['a']);
  });

  it('flags an issue nobody knows about, and sources without any context', () => {
    const network = buildNetwork([person('a', { knowsAbout: ['y tế'] })], [], {
      issues: ['môi trường', 'y tế'],
    });
    expect(diversityLens(network).map((lens) => [lens.verdict, lens.narrow])).toEqual([
      ['no-sources', true],
      ['no-known-context', true],
    ]);
  });
});
