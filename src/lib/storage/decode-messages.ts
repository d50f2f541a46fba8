import * as v from 'valibot';
import { looseObject, object } from '../schema/json-values';
import type { DecodeResult } from './envelope';

/*
 * A large stored value is read off the page (stores/persistence-decode.ts): the worker sends what
 * it read back in several messages rather than one, because the page takes each message in one
 * task. A 30,000-person map sent whole costs the page one long task to receive; its people sent
 * a few thousand at a time cost many short ones. The value is rebuilt exactly as it was read.
 */

/** One message from the worker: some items of a long list, or the result with those lists emptied. */
export type DecodeMessage =
  | { type: 'items'; field: string; items: unknown[] }
  | { type: 'result'; result: DecodeResult<unknown>; fields: string[] };

/** Items of a long list sent in one message. */
export const ITEMS_PER_MESSAGE = 2000;

/** The messages that carry `result`: each list longer than `size` items goes ahead in pieces. */
export function* decodeMessages(
  result: DecodeResult<unknown>,
  size = ITEMS_PER_MESSAGE,
): Generator<DecodeMessage> {
  const value = result.kind === 'ok' ? result.value : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    yield { type: 'result', result, fields: [] };
    return;
  }
  const rest: Record<string, unknown> = { ...value };
  const fields: string[] = [];
  for (const [field, list] of Object.entries(value)) {
    // `__proto__` stays where it is: assigning it would set the copy's prototype instead.
    if (!Array.isArray(list) || list.length <= size || field === '__proto__') continue;
    for (let start = 0; start < list.length; start += size) {
      yield { type: 'items', field, items: list.slice(start, start + size) as unknown[] };
    }
    fields.push(field);
    rest[field] = [];
  }
  yield { type: 'result', result: { ...result, kind: 'ok', value: rest }, fields };
}

const messageSchema = v.union([
  object({ type: v.literal('items'), field: v.string(), items: v.array(v.unknown()) }),
  object({
    type: v.literal('result'),
    result: looseObject({ kind: v.picklist(['ok', 'corrupt', 'newer']) }),
    fields: v.array(v.string()),
  }),
]);

/**
 * Collects the worker's messages into the result they carry. `take` returns the result once the
 * last message is in, undefined before; a message of any other shape throws (the page then reads
 * the value itself).
 */
export function decodeCollector(): { take(message: unknown): DecodeResult<unknown> | undefined } {
  const lists = new Map<string, unknown[]>();
  return {
    take(message) {
      const checked = v.parse(messageSchema, message);
      if (checked.type === 'items') {
        const list = lists.get(checked.field) ?? [];
        for (const item of checked.items) list.push(item);
        lists.set(checked.field, list);
        return undefined;
      }
      const result = checked.result as DecodeResult<unknown>;
      if (result.kind !== 'ok' || checked.fields.length === 0) return result;
      const value = { ...(result.value as Record<string, unknown>) };
      for (const field of checked.fields) value[field] = lists.get(field) ?? [];
      return { ...result, value };
    },
  };
}
