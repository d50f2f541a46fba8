import * as v from 'valibot';
import type { Consent } from '../../lib/intro/consent';
import { isoDaySchema, type IsoDay } from '../../lib/dates/iso-day';
import type {
  Direction,
  IntroductionRecord,
  IntroductionRecordInput,
  Outcome,
} from '../../lib/intro/introduction-record';
import { sameParty, type PartyRef } from '../../lib/intro/party';
import type { PartyChoice } from './people-names';

/** The log form's fields as the reader edits them: plain strings and choices, never invalid. */
export interface LogForm {
  direction: Direction;
  a: PartyChoice;
  b: PartyChoice;
  purpose: string;
  date: string;
  consentA: Consent;
  consentB: Consent;
  followUp: string;
  outcome: Outcome;
  acknowledged: 'yes' | 'no' | 'unknown';
  notes: string;
}

/** Which fields stop the form from saving, with the key of the message to show. */
export type LogFormErrors = Partial<
  Record<
    'a' | 'b' | 'date' | 'followUp',
    'introLog.error.person' | 'introLog.error.same' | 'introLog.error.date'
  >
>;

const choiceOf = (party: PartyRef): PartyChoice =>
  party.kind === 'person'
    ? { mode: 'map', personId: party.personId, typedName: '' }
    : { mode: 'typed', personId: '', typedName: party.name };

/** A blank form for a new introduction made today. */
export function blankLogForm(today: IsoDay): LogForm {
  const blank: PartyChoice = { mode: 'map', personId: '', typedName: '' };
  return {
    direction: 'given',
    a: blank,
    b: blank,
    purpose: '',
    date: today,
    consentA: 'not-asked',
    consentB: 'not-asked',
    followUp: '',
    outcome: 'pending',
    acknowledged: 'unknown',
    notes: '',
  };
}

/** The form showing a saved record. */
export function logFormOf(record: IntroductionRecord): LogForm {
  return {
    direction: record.direction,
    a: choiceOf(record.personA),
    b: choiceOf(record.personB),
    purpose: record.purpose,
    date: record.date,
    consentA: record.consentA,
    consentB: record.consentB,
    followUp: record.followUp ?? '',
    outcome: record.outcome,
    acknowledged:
      record.acknowledged === 'unknown' ? 'unknown' : record.acknowledged ? 'yes' : 'no',
    notes: record.notes,
  };
}

/**
 * Who a picker names: a map person (kept even if they have since left the map, so that editing an
 * old record never loses who it was about), a typed name, or nobody.
 */
export function partyOfChoice(choice: PartyChoice): PartyRef | null {
  if (choice.mode === 'typed') {
    const name = choice.typedName.trim();
    return name === '' ? null : { kind: 'typed', name };
  }
  return choice.personId === '' ? null : { kind: 'person', personId: choice.personId };
}

/**
 * The record the form describes (without its id), or the fields to fix first. An empty follow-up
 * date means none: `followUp` is then present and undefined, which `updateRecord` reads as "clear".
 */
export function recordOfLogForm(
  form: LogForm,
):
  { ok: true; record: Omit<IntroductionRecordInput, 'id'> } | { ok: false; errors: LogFormErrors } {
  const personA = partyOfChoice(form.a);
  const personB = partyOfChoice(form.b);
  const errors: LogFormErrors = {};
  if (!personA) errors.a = 'introLog.error.person';
  if (!personB) errors.b = 'introLog.error.person';
  if (personA && personB && sameParty(personA, personB)) errors.b = 'introLog.error.same';
  if (!v.safeParse(isoDaySchema, form.date).success) errors.date = 'introLog.error.date';
  const followUp = form.followUp.trim();
  if (followUp !== '' && !v.safeParse(isoDaySchema, followUp).success) {
    errors.followUp = 'introLog.error.date';
  }
  if (!personA || !personB || Object.keys(errors).length > 0) return { ok: false, errors };
  const received = form.direction === 'received';
  const record = {
    personA,
    personB,
    direction: form.direction,
    purpose: form.purpose.slice(0, 2000),
    date: form.date,
    // Consent is asked of the two people the reader introduces; not when the reader was introduced.
    consentA: received ? 'not-asked' : form.consentA,
    consentB: received ? 'not-asked' : form.consentB,
    outcome: form.outcome,
    acknowledged: form.acknowledged === 'unknown' ? 'unknown' : form.acknowledged === 'yes',
    notes: form.notes.slice(0, 20_000),
    followUp: followUp === '' ? undefined : followUp,
  } as const;
  return { ok: true, record };
}
