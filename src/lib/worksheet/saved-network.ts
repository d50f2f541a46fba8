import { customContextSchema, type CustomContext } from '../network/context';
import { networkSchema, type Network } from '../network/network';
import { personSchema, type Person } from '../network/person';
import { sanitizeNetwork } from '../network/sanitize';
import { tieSchema, type Tie } from '../network/tie';
import { envelopeData, type SavedRead } from './saved-collection';

function readEach<T>(items: unknown, parse: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(items)) return [];
  return (items as unknown[]).flatMap((item) => {
    const value = parse(item);
    return value === undefined ? [] : [value];
  });
}

/**
 * The network map as the worksheet prints it, read from the stored text of the `network`
 * collection. Whole maps are read as they are; otherwise each person, tie and context that still
 * parses is kept (the worksheet only prints, it never writes back). Repaired with
 * `sanitizeNetwork` so that every metric can trust it.
 */
export function readSavedNetwork(text: string | undefined): SavedRead<Network> {
  if (text === undefined) return { kind: 'none' };
  const envelope = envelopeData(text);
  if (envelope === undefined) return { kind: 'unreadable' };
  const whole = networkSchema.safeParse(envelope.data);
  if (whole.success) return { kind: 'ok', value: sanitizeNetwork(whole.data).network };
  const data = envelope.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'unreadable' };
  }
  const fields = data as Record<string, unknown>;
  const people: Person[] = readEach(fields['people'], (item) => personSchema.safeParse(item).data);
  const ties: Tie[] = readEach(fields['ties'], (item) => tieSchema.safeParse(item).data);
  const customContexts: CustomContext[] = readEach(
    fields['customContexts'],
    (item) => customContextSchema.safeParse(item).data,
  );
  const issues = readEach(fields['issues'], (item) =>
    typeof item === 'string' && item !== '' ? item.slice(0, 200) : undefined,
  );
  const network: Network = { people, ties, customContexts, issues };
  return { kind: 'ok', value: sanitizeNetwork(network).network };
}
