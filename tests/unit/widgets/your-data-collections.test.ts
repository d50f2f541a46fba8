import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES as LISTED } from '../../../src/stores/collections';
import { COLLECTION_NAMES } from '../../../src/widgets/your-data/collection-stores';

describe('the collections the Your data page checks', () => {
  it('are the workbook’s collections, in the same order as its list', () => {
    expect(COLLECTION_NAMES).toEqual(LISTED);
  });
});
