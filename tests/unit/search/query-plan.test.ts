import { describe, expect, it } from 'vitest';
import { pagefindQueries } from '../../../src/lib/search/query-plan';

describe('pagefindQueries', () => {
  it('tries a query of several words as a phrase first, then as words', () => {
    expect(pagefindQueries('quan hệ yếu')).toEqual(['"quan hệ yếu"', 'quan hệ yếu']);
  });

  it('tries a single word once', () => {
    expect(pagefindQueries('Dunbar')).toEqual(['Dunbar']);
  });

  it('trims the query and collapses its spaces', () => {
    expect(pagefindQueries('  weak   ties ')).toEqual(['"weak ties"', 'weak ties']);
  });

  it('leaves a query the reader quoted as it is', () => {
    expect(pagefindQueries('"weak ties" Granovetter')).toEqual(['"weak ties" Granovetter']);
  });

  it('has nothing to try for an empty query', () => {
    expect(pagefindQueries('   ')).toEqual([]);
  });
});
