import { z } from 'zod';

// zod probes for `new Function` support to speed up parsing; the site's CSP forbids it (and reports
// a violation each time), so it is told up front not to try.
z.config({ jitless: true });

/**
 * Every stored collection is wrapped as `{"v": <schema version>, "data": <value>}` so that a later
 * version of the workbook knows what it is reading.
 */
const envelopeSchema = z.object({
  v: z.number().int().positive(),
  data: z.unknown(),
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
  schema: z.ZodType<T>;
  migrations?: MigrationTable;
}

/** Why a stored value could not be used. The UI shows a message for each reason. */
export type DecodeProblem = 'not-json' | 'not-envelope' | 'invalid' | 'no-migration';

export type DecodeResult<T> =
  | { kind: 'ok'; value: T; migratedFrom?: number }
  | { kind: 'corrupt'; problem: DecodeProblem; detail: string }
  | { kind: 'newer'; version: number };

/**
 * Reads a stored text into a collection value. Never throws: anything it cannot use comes back as
 * `corrupt` (with a reason) or `newer` (saved by a later version of the workbook), so that the
 * caller can keep the raw text untouched.
 *
 * @example decodeEnvelope('{"v":1,"data":[]}', { version: 1, schema: z.array(z.string()) })
 *          // { kind: 'ok', value: [] }
 */
export function decodeEnvelope<T>(raw: string, codec: CollectionCodec<T>): DecodeResult<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { kind: 'corrupt', problem: 'not-json', detail: String(error) };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    return { kind: 'corrupt', problem: 'not-envelope', detail: envelope.error.message };
  }
  const stored = envelope.data.v;
  if (stored > codec.version) return { kind: 'newer', version: stored };

  let data = envelope.data.data;
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

  const value = codec.schema.safeParse(data);
  if (!value.success) {
    return { kind: 'corrupt', problem: 'invalid', detail: z.prettifyError(value.error) };
  }
  return stored === codec.version
    ? { kind: 'ok', value: value.data }
    : { kind: 'ok', value: value.data, migratedFrom: stored };
}

/** Wraps a collection value for storage. */
export function encodeEnvelope<T>(value: T, version: number): string {
  return JSON.stringify({ v: version, data: value });
}
