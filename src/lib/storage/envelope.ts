import * as v from 'valibot';
import { int, object } from '../schema/json-values';
import { countLostValues } from './lost-values';
import { repairParsed, writeJson } from './repair-text';

/**
 * Every stored collection is wrapped as `{"v": <schema version>, "data": <value>}` so that a later
 * version of the workbook knows what it is reading.
 */
const envelopeSchema = object({
  v: v.pipe(int(), v.minValue(1)),
  data: v.unknown(),
});

/**
 * Migrations between stored versions: the function under key `n` turns data of version `n` into
 * data of version `n + 1`. The last step's output is validated by the collection's schema, so a
 * migration only reshapes; it does not need to be perfect about defaults.
 */
export type MigrationTable = Readonly<Partial<Record<number, (data: unknown) => unknown>>>;

/** What a collection needs to read and write its stored value. */
export interface CollectionCodec<T> {
  version: number;
  schema: v.GenericSchema<unknown, T>;
  migrations?: MigrationTable;
  /**
   * Shrinks the value before it is written, such as leaving out fields that hold their default;
   * `schema` must read what it returns back into the same value.
   */
  toStored?(value: T): unknown;
  /**
   * Writes the whole stored envelope itself, in pieces whose concatenation is exactly what
   * `encodeEnvelope(toStored(value), version)` would write, only faster: the map reuses each
   * unchanged record's JSON, and a large value stored in pieces rewrites only those that changed
   * (see network/stored-text.ts).
   */
  toPieces?(value: T): readonly string[];
}

/** Why a stored value could not be used. The UI shows a message for each reason. */
export type DecodeProblem = 'not-json' | 'not-envelope' | 'invalid' | 'no-migration' | 'too-deep';

export type DecodeResult<T> =
  /**
   * `repaired` counts the stored values the read had to change or leave out (a lone surrogate
   * replaced, a record that did not fit dropped…): the caller must tell the reader and keep the
   * stored text until they choose.
   */
  | { kind: 'ok'; value: T; migratedFrom?: number; repaired?: number }
  | { kind: 'corrupt'; problem: DecodeProblem; detail: string }
  | { kind: 'newer'; version: number };

/**
 * Reads a stored text into a collection value. Never throws: anything it cannot use comes back as
 * `corrupt` (with a reason) or `newer` (saved by a later version of the workbook), so that the
 * caller can keep the raw text untouched.
 *
 * @example decodeEnvelope('{"v":1,"data":[]}', { version: 1, schema: v.array(v.string()) })
 *          // { kind: 'ok', value: [] }
 */
export function decodeEnvelope<T>(raw: string, codec: CollectionCodec<T>): DecodeResult<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { kind: 'corrupt', problem: 'not-json', detail: String(error) };
  }
  const envelope = v.safeParse(envelopeSchema, parsed);
  if (!envelope.success) {
    return { kind: 'corrupt', problem: 'not-envelope', detail: v.summarize(envelope.issues) };
  }
  const stored = envelope.output.v;
  if (stored > codec.version) return { kind: 'newer', version: stored };

  const text = repairParsed(envelope.output.data);
  if (text.kind === 'too-deep') {
    return { kind: 'corrupt', problem: 'too-deep', detail: 'storage/decodeEnvelope: too deep' };
  }
  let data = text.data;
  for (let version = stored; version < codec.version; version++) {
    const migrate = codec.migrations?.[version];
    if (!migrate) {
      return {
        kind: 'corrupt',
        problem: 'no-migration',
        detail: `storage/decodeEnvelope: no migration from version ${version}`,
      };
    }
    try {
      data = migrate(data);
    } catch (error) {
      return { kind: 'corrupt', problem: 'invalid', detail: String(error) };
    }
  }

  try {
    const value = v.safeParse(codec.schema, data);
    if (!value.success) {
      return { kind: 'corrupt', problem: 'invalid', detail: v.summarize(value.issues) };
    }
    const repaired = text.repaired + lostOnRead(data, value.output, codec);
    return {
      kind: 'ok',
      value: value.output,
      ...(stored === codec.version ? {} : { migratedFrom: stored }),
      ...(repaired > 0 ? { repaired } : {}),
    };
  } catch (error) {
    // A schema that throws (a stack overflow, a bug) must not take the page down with it.
    return { kind: 'corrupt', problem: 'invalid', detail: String(error) };
  }
}

/**
 * How many stored values the read lost. The usual case, a value this workbook wrote, is settled by
 * writing the read value back the way it would be saved and finding the same text.
 */
function lostOnRead<T>(data: unknown, value: T, codec: CollectionCodec<T>): number {
  // `data` was repaired, so the native JSON.stringify writes it as writeJson would, and faster.
  const read = JSON.stringify({ v: codec.version, data });
  if (storedText(value, codec) === read) return 0;
  return countLostValues(data, JSON.parse(JSON.stringify(value)));
}

/** Wraps a collection value for storage. */
export function encodeEnvelope<T>(value: T, version: number): string {
  return writeJson({ v: version, data: value });
}

/** A collection value's stored text, as the collection writes it. */
export function storedText<T>(value: T, codec: CollectionCodec<T>): string {
  if (codec.toPieces) return codec.toPieces(value).join('');
  return encodeEnvelope(codec.toStored ? codec.toStored(value) : value, codec.version);
}
