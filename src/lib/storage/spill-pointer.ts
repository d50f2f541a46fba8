import * as v from 'valibot';
import { int, object } from '../schema/json-values';

/**
 * What localStorage holds for a collection too large for it: a pointer to the full value, which is
 * in IndexedDB. `chars` is the size of the value it points to, for the "Your data" page.
 */
const spillPointerSchema = object({
  v: v.pipe(int(), v.minValue(1)),
  spilled: v.literal(true),
  chars: v.pipe(int(), v.minValue(0)),
});

export type SpillPointer = v.InferOutput<typeof spillPointerSchema>;

/** The pointer a stored text holds, or undefined when the text is an ordinary stored value. */
export function readSpillPointer(raw: string): SpillPointer | undefined {
  // A cheap test first: ordinary values can be megabytes long and are parsed elsewhere anyway.
  if (raw.length > 200 || !raw.includes('"spilled"')) return undefined;
  try {
    const parsed = v.safeParse(spillPointerSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** The pointer text for a value of `chars` characters saved by schema version `version`. */
export function writeSpillPointer(version: number, chars: number): string {
  return JSON.stringify({ v: version, spilled: true, chars });
}
