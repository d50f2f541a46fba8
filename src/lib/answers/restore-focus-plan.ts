import * as v from 'valibot';
import { isoDateSchema } from '../dates/iso-date';
import { filledText } from '../schema/text';
import { number, object, record } from '../schema/json-values';
import {
  checkInSchema,
  clampMinutes,
  MAX_CHECK_INS,
  MAX_GOALS,
  MAX_PURPOSE,
  type FocusPlan,
  type Goal,
} from './focus-plan';
import { cutText } from '../storage/repair-text';

/** What `restoreFocusPlan` could read, and how many saved items it set aside unread. */
export interface RestoredFocusPlan {
  plan: FocusPlan;
  /** Items moved to `plan.unreadable` by this restore. */
  setAside: number;
}

const text = (max: number) =>
  v.pipe(
    v.fallback(v.string(), ''),
    v.transform((value) => cutText(value, max)),
  );

const lenientGoalSchema = object({
  id: filledText(100),
  // A purpose that is not text is not a goal's purpose: left out here, the goal is still read.
  purpose: v.fallback(
    v.optional(
      v.pipe(
        v.string(),
        v.transform((value) => cutText(value, MAX_PURPOSE)),
      ),
    ),
    undefined,
  ),
  platform: text(200),
  minutesPerWeek: v.fallback(v.nullable(v.pipe(number(), v.transform(clampMinutes))), null),
  offer: text(2000),
});

const lenientCheckInSchema = object({
  ...checkInSchema.entries,
  minutes: v.fallback(v.pipe(number(), v.transform(clampMinutes)), 0),
  connected: v.fallback(v.boolean(), false),
  note: text(2000),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a saved focus plan without ever throwing or losing what the reader wrote. Broken fields
 * fall back to blanks (a budget that is not a number becomes "not set", a check-in's missing
 * minutes 0); a goal without an id, goals beyond `MAX_GOALS`, a check-in without a readable week
 * and a second check-in for the same week are set aside in `unreadable`, as they were. Anything
 * that is not a plan at all is set aside whole.
 */
export function restoreFocusPlan(raw: unknown): RestoredFocusPlan {
  const plan: FocusPlan = { goals: [], checkIns: [], unreadable: [] };
  if (raw === undefined || raw === null) return { plan, setAside: 0 };
  if (!isRecord(raw)) return { plan: { ...plan, unreadable: [raw] }, setAside: 1 };
  const setAside: unknown[] = [];

  const ids = new Set<string>();
  for (const item of Array.isArray(raw['goals']) ? (raw['goals'] as unknown[]) : []) {
    const parsed = v.safeParse(lenientGoalSchema, item);
    if (!parsed.success || ids.has(parsed.output.id) || plan.goals.length >= MAX_GOALS) {
      setAside.push(item);
      continue;
    }
    ids.add(parsed.output.id);
    const { purpose, ...rest } = parsed.output;
    const goal: Goal = purpose === undefined ? rest : { ...rest, purpose };
    plan.goals.push(goal);
  }

  const weeks = new Set<string>();
  for (const item of Array.isArray(raw['checkIns']) ? (raw['checkIns'] as unknown[]) : []) {
    const parsed = v.safeParse(lenientCheckInSchema, item);
    if (!parsed.success || weeks.has(parsed.output.week) || plan.checkIns.length >= MAX_CHECK_INS) {
      setAside.push(item);
      continue;
    }
    weeks.add(parsed.output.week);
    plan.checkIns.push(parsed.output);
  }

  const reviewOn = raw['reviewOn'];
  if (reviewOn !== undefined) {
    if (typeof reviewOn === 'string' && v.is(isoDateSchema, reviewOn)) {
      plan.reviewOn = reviewOn;
    } else {
      setAside.push({ reviewOn });
    }
  }

  for (const key of ['goals', 'checkIns'] as const) {
    if (raw[key] !== undefined && !Array.isArray(raw[key])) setAside.push(raw[key]);
  }
  const earlier = Array.isArray(raw['unreadable']) ? (raw['unreadable'] as unknown[]) : [];
  return { plan: { ...plan, unreadable: [...earlier, ...setAside] }, setAside: setAside.length };
}

/**
 * The schema the focus plan is stored with: any object is read leniently by `restoreFocusPlan`;
 * anything else fails, so that the persistence layer keeps it untouched and tells the reader.
 */
export const storedFocusPlanSchema = v.pipe(
  record(v.string(), v.unknown()),
  v.transform((raw) => restoreFocusPlan(raw).plan),
);

/**
 * Version 2 added a goal's purpose and the plan's review day, both optional: a version-1 plan is
 * read as it is, every word in place (the restore above reads both versions).
 */
export const focusPlanMigrations = { 1: (data: unknown) => data };
