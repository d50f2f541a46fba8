import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { backToOwnNetwork, exploreSample, networkShown } from '../../../src/stores/sample-mode';

afterEach(() => {
  backToOwnNetwork();
  cleanStores(networkShown);
});

describe('networkShown', () => {
  it('starts on the reader’s own network and switches to the sample and back', () => {
    expect(networkShown.get()).toBe('own');
    exploreSample();
    expect(networkShown.get()).toBe('sample');
    backToOwnNetwork();
    expect(networkShown.get()).toBe('own');
  });
});
