import { describe, expect, it } from 'vitest';
import { envelopeData } from '../../../src/lib/worksheet/saved-collection';
import { readSavedNetwork } from '../../../src/lib/worksheet/saved-network';
import { buildNetwork, people } from '../network/build-network';

const envelope = (data: unknown, v = 1) => JSON.stringify({ v, data });

describe('envelopeData', () => {
  it('gives the data of an envelope of any version', () => {
    expect(envelopeData('{"v":7,"data":[1]}')).toEqual({ data: [1] });
  });

  it('gives undefined for text that is not an envelope', () => {
    for (const text of ['', 'not json', '[1]', '{"v":1}', 'null']) {
      expect(envelopeData(text), text).toBeUndefined();
    }
  });
});

describe('readSavedNetwork', () => {
  it('says there is nothing when the map was never saved', () => {
    expect(readSavedNetwork(undefined)).toEqual({ kind: 'none' });
  });

  it('reads a whole saved map', () => {
    const network = buildNetwork(people('a b c'), ['a-b']);
    expect(readSavedNetwork(envelope(network))).toEqual({ kind: 'ok', value: network });
  });

  it('keeps each person and tie that still parses when the map as a whole does not', () => {
    const [a, b] = people('a b');
    const result = readSavedNetwork(
      envelope({
        people: [a, { id: '', name: 'no id' }, b],
        ties: [{ a: 'a', b: 'b' }, { a: 'a', b: 'ghost' }, 'junk'],
        customContexts: [{ id: 'club', label: 'Running club' }, { id: 'x' }],
        issues: ['Nước biển dâng', 42],
      }),
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.value.people.map((p) => p.id)).toEqual(['a', 'b']);
    // the tie to a missing person is dropped by sanitizeNetwork
    expect(result.value.ties).toEqual([{ a: 'a', b: 'b', strength: 'weak' }]);
    expect(result.value.customContexts).toEqual([{ id: 'club', label: 'Running club' }]);
    expect(result.value.issues).toEqual(['Nước biển dâng']);
  });

  it('repairs repeated people so that the metrics can trust the map', () => {
    const [a] = people('a');
    const result = readSavedNetwork(envelope({ people: [a, a], ties: [] }));
    expect(result.kind === 'ok' && result.value.people).toHaveLength(1);
  });

  it('calls unreadable a text that is not an envelope or data that is not a map', () => {
    expect(readSavedNetwork('{"v":1,"data":')).toEqual({ kind: 'unreadable' });
    expect(readSavedNetwork(envelope(['a', 'b']))).toEqual({ kind: 'unreadable' });
    expect(readSavedNetwork(envelope('text'))).toEqual({ kind: 'unreadable' });
  });
});
