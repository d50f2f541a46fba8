import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCollector, decodeMessages } from '../../../src/lib/storage/decode-messages';
import type { DecodeResult } from '../../../src/lib/storage/envelope';

/*
 * A large value read in a worker comes back to the page in several messages: it must be rebuilt
 * exactly as the worker read it, and anything else the page receives must not pass for a value.
 */

const people = fc.array(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    name: fc.constantFrom('Nguyễn Văn Anh', 'Trần Thị Bình', 'Lê Minh', 'Anna Kowalczyk'),
  }),
  { maxLength: 60 },
);
const results: fc.Arbitrary<DecodeResult<unknown>> = fc.oneof(
  fc
    .record({ people, ties: fc.array(fc.tuple(fc.nat(), fc.nat())), issues: fc.array(fc.string()) })
    .chain((value) =>
      fc.oneof(
        fc.constant<DecodeResult<unknown>>({ kind: 'ok', value }),
        fc
          .integer({ min: 1, max: 9 })
          .map((repaired): DecodeResult<unknown> => ({ kind: 'ok', value, repaired })),
      ),
    ),
  fc.record({ kind: fc.constant('ok' as const), value: fc.jsonValue() }),
  fc.record({
    kind: fc.constant('corrupt' as const),
    problem: fc.constantFrom('not-json', 'invalid', 'too-deep' as const),
    detail: fc.string(),
  }),
  fc.record({ kind: fc.constant('newer' as const), version: fc.integer({ min: 2, max: 9 }) }),
);

/** What the page rebuilds from the messages, each passed through a structured clone as postMessage does. */
function received(result: DecodeResult<unknown>, size: number) {
  const collector = decodeCollector();
  const messages = [...decodeMessages(result, size)];
  const taken = messages.map((message) => collector.take(structuredClone(message)));
  return { messages, taken };
}

describe('a result sent back in messages', () => {
  it('is rebuilt exactly, once its last message is in', () => {
    fc.assert(
      fc.property(results, fc.integer({ min: 1, max: 25 }), (result, size) => {
        const { taken } = received(result, size);
        expect(taken.slice(0, -1).every((value) => value === undefined)).toBe(true);
        expect(taken.at(-1)).toEqual(result);
      }),
    );
  });

  it('sends no message with more items of a list than asked', () => {
    fc.assert(
      fc.property(results, fc.integer({ min: 1, max: 25 }), (result, size) => {
        for (const message of received(result, size).messages) {
          if (message.type === 'items') expect(message.items.length).toBeLessThanOrEqual(size);
        }
      }),
    );
  });

  it('keeps the order of 30,000 people sent 2,000 at a time', () => {
    const crowd = Array.from({ length: 30_000 }, (_, i) => ({ id: `p${String(i)}`, name: 'Lan' }));
    const { messages, taken } = received({ kind: 'ok', value: { people: crowd, ties: [] } }, 2000);
    expect(messages).toHaveLength(16);
    expect(taken.at(-1)).toEqual({ kind: 'ok', value: { people: crowd, ties: [] } });
  });
});

describe('a message of another shape', () => {
  it.each([
    ['nothing', undefined],
    ['a worker that did not know the collection', { type: 'unknown' }],
    ['items without a list', { type: 'items', field: 'people', items: 'Nguyễn Văn Anh' }],
    ['a result of an unknown kind', { type: 'result', result: { kind: 'maybe' }, fields: [] }],
  ])('is refused: %s', (_case, message) => {
    expect(() => decodeCollector().take(message)).toThrow();
  });
});
