import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { object } from '../../../src/lib/schema/json-values';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/storage/envelope';

const codec = { version: 2, schema: object({ names: v.array(v.string()) }) };

describe('decodeEnvelope', () => {
  it('reads a value of the current version', () => {
    expect(decodeEnvelope('{"v":2,"data":{"names":["An"]}}', codec)).toEqual({
      kind: 'ok',
      value: { names: ['An'] },
    });
  });

  it('reports truncated JSON as not-json instead of throwing', () => {
    const result = decodeEnvelope('{"v":2,"data":{"names":["An"', codec);
    expect(result).toMatchObject({ kind: 'corrupt', problem: 'not-json' });
  });

  it('reports a bare value without version as not-envelope', () => {
    expect(decodeEnvelope('["An"]', codec)).toMatchObject({
      kind: 'corrupt',
      problem: 'not-envelope',
    });
    expect(decodeEnvelope('null', codec)).toMatchObject({
      kind: 'corrupt',
      problem: 'not-envelope',
    });
  });

  it('reports data of the wrong shape as invalid, naming the field', () => {
    const result = decodeEnvelope('{"v":2,"data":{"names":[1]}}', codec);
    expect(result).toMatchObject({ kind: 'corrupt', problem: 'invalid' });
    expect(result.kind === 'corrupt' && result.detail).toContain('names');
  });

  it('leaves a value from a newer version alone and says which version it was', () => {
    expect(decodeEnvelope('{"v":7,"data":{}}', codec)).toEqual({ kind: 'newer', version: 7 });
  });

  it('migrates an older value forward through the table', () => {
    const migrations = { 1: (data: unknown) => ({ names: (data as { list: string[] }).list }) };
    expect(decodeEnvelope('{"v":1,"data":{"list":["Bình"]}}', { ...codec, migrations })).toEqual({
      kind: 'ok',
      value: { names: ['Bình'] },
      migratedFrom: 1,
    });
  });

  it('reports an older value without a migration as no-migration', () => {
    expect(decodeEnvelope('{"v":1,"data":{}}', codec)).toMatchObject({
      kind: 'corrupt',
      problem: 'no-migration',
    });
  });

  it('reports a migration that throws as invalid', () => {
    const migrations = {
      1: () => {
        throw new Error('bad');
      },
    };
    expect(decodeEnvelope('{"v":1,"data":{}}', { ...codec, migrations })).toMatchObject({
      kind: 'corrupt',
      problem: 'invalid',
    });
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const result = decodeEnvelope(
      '{"v":2,"data":{"names":[],"__proto__":{"polluted":true}}}',
      codec,
    );
    expect(result.kind).toBe('ok');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.kind === 'ok' && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});

describe('encodeEnvelope', () => {
  it('wraps the value with its version so that decodeEnvelope reads it back', () => {
    const text = encodeEnvelope({ names: ['Chi', '😀'] }, 2);
    expect(JSON.parse(text)).toEqual({ v: 2, data: { names: ['Chi', '😀'] } });
    expect(decodeEnvelope(text, codec)).toEqual({ kind: 'ok', value: { names: ['Chi', '😀'] } });
  });
});
