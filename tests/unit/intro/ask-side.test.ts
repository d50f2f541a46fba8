import { describe, expect, it } from 'vitest';
import { chooseAskSide } from '../../../src/lib/intro/ask-side';
import type { Reason } from '../../../src/lib/intro/reasons';
import { goodInput } from './weigher-fixtures';

const awaiting = (side: 'a' | 'b'): Reason => ({ code: 'awaiting-answer', params: { side } });
const notAsked = (side: 'a' | 'b'): Reason => ({
  code: 'ask-preference-not-asked',
  params: { side },
});

describe('chooseAskSide', () => {
  it('has nobody to ask when both said yes', () => {
    const input = goodInput((d) => ((d.a['consent'] = 'yes'), (d.b['consent'] = 'yes')));
    expect(chooseAskSide(input, [])).toBeNull();
  });

  it('prefers a side whose answer is awaited over one still to ask', () => {
    expect(chooseAskSide(goodInput(), [notAsked('a'), awaiting('b')])).toBe('b');
  });

  it('prefers a side named by a rule over any other', () => {
    expect(
      chooseAskSide(
        goodInput((d) => (d['asker'] = 'b')),
        [notAsked('b')],
      ),
    ).toBe('b');
  });

  it('breaks ties by asking first the side who did not ask for the introduction', () => {
    expect(
      chooseAskSide(
        goodInput((d) => (d['asker'] = 'a')),
        [],
      ),
    ).toBe('b');
  });

  it('then by asking the less trusted side first, unknown trust counting as least', () => {
    expect(
      chooseAskSide(
        goodInput((d) => (d.a['trust'] = 5)),
        [],
      ),
    ).toBe('b');
    expect(
      chooseAskSide(
        goodInput((d) => (d.b['trust'] = 'unknown')),
        [],
      ),
    ).toBe('b');
  });

  it('falls back to A when nothing tells the sides apart', () => {
    expect(chooseAskSide(goodInput(), [])).toBe('a');
  });

  it('skips a side who already said yes even if a rule names it', () => {
    const input = goodInput((d) => (d.a['consent'] = 'yes'));
    expect(chooseAskSide(input, [awaiting('a')])).toBe('b');
  });
});
