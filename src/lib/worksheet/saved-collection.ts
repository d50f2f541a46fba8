/**
 * What the worksheet found for a collection another part of the workbook saves: nothing yet, a
 * value it could read, or a stored text it could not read (it is never changed from here).
 */
export type SavedRead<T> = { kind: 'none' } | { kind: 'ok'; value: T } | { kind: 'unreadable' };

/**
 * The `data` of a stored collection envelope (`{"v": n, "data": …}`), whatever its version: the
 * worksheet only reads, so it reads any version whose data still parses. Undefined when the text
 * is not such an envelope.
 */
export function envelopeData(text: string): { data: unknown } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) return undefined;
  return { data: parsed.data };
}
