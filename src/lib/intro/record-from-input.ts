import * as v from 'valibot';
import type { IsoDay } from '../dates/iso-day';
import { introductionRecordSchema, type IntroductionRecord } from './introduction-record';
import type { WeigherInput } from './weigher-input';

/**
 * The log entry for an introduction just weighed: the reader introduces A to B today, for the
 * purpose typed in the weigher, with each side's consent as the reader set it for that person, and
 * the day they set it. The outcome starts as "nothing yet"; the reader adds a follow-up date and
 * notes in the log.
 * @example recordFromInput(input, 'i-1', '2026-03-01').direction // 'given'
 */
export function recordFromInput(
  input: WeigherInput,
  id: string,
  today: IsoDay,
  /** The day each consent was set; '' when not known. */
  consentDates: { a: string; b: string } = { a: '', b: '' },
): IntroductionRecord {
  const dated = (side: 'a' | 'b', key: 'consentADate' | 'consentBDate') =>
    input[side].consent !== 'not-asked' && consentDates[side] !== ''
      ? { [key]: consentDates[side] }
      : {};
  return v.parse(introductionRecordSchema, {
    ...dated('a', 'consentADate'),
    ...dated('b', 'consentBDate'),
    id,
    personA: input.a.party,
    personB: input.b.party,
    direction: 'given',
    purpose: input.purpose,
    date: today,
    consentA: input.a.consent,
    consentB: input.b.consent,
  });
}
