import { z } from 'zod/mini';

/**
 * What localStorage holds for a collection too large for it: a pointer to the full value, which is
 * in IndexedDB. `chars` is the size of the value it points to, for the "Your data" page.
 */
const spillPointerSchema = z.object({
  v: z.int().check(z.positive()),
  spilled: z.literal(true),
  chars: z.int().check(z.nonnegative()),
});

export type SpillPointer = z.infer<typeof spillPointerSchema>;

/** The pointer a stored text holds, or undefined when the text is an ordinary stored value. */
export function readSpillPointer(raw: string): SpillPointer | undefined {
  // A cheap test first: ordinary values can be megabytes long and are parsed elsewhere anyway.
  if (raw.length > 200 || !raw.includes('"spilled"')) return undefined;
  try {
    const parsed = spillPointerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The pointer text for a value of `chars` characters saved by schema version `version`. */
export function writeSpillPointer(version: number, chars: number): string {
  return JSON.stringify({ v: version, spilled: true, chars });
}
