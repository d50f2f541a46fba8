import { z } from 'zod/mini';
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
  z.pipe(
    z.catch(z.string(), ''),
    z.transform((value) => cutText(value, max)),
  );

const lenientGoalSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  // A purpose that is not text is not a goal's purpose: left out here, the goal is still read.
  purpose: z.catch(
    z.optional(
      z.pipe(
        z.string(),
        z.transform((value) => cutText(value, MAX_PURPOSE)),
      ),
    ),
    undefined,
  ),
  platform: text(200),
  minutesPerWeek: z.catch(z.nullable(z.pipe(z.number(), z.transform(clampMinutes))), null),
  offer: text(2000),
});

const lenientCheckInSchema = z.extend(checkInSchema, {
  minutes: z.catch(z.pipe(z.number(), z.transform(clampMinutes)), 0),
  connected: z.catch(z.boolean(), false),
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
    const parsed = lenientGoalSchema.safeParse(item);
    if (!parsed.success || ids.has(parsed.data.id) || plan.goals.length >= MAX_GOALS) {
      setAside.push(item);
      continue;
    }
    ids.add(parsed.data.id);
    const { purpose, ...rest } = parsed.data;
    const goal: Goal = purpose === undefined ? rest : { ...rest, purpose };
    plan.goals.push(goal);
  }

  const weeks = new Set<string>();
  for (const item of Array.isArray(raw['checkIns']) ? (raw['checkIns'] as unknown[]) : []) {
    const parsed = lenientCheckInSchema.safeParse(item);
    if (!parsed.success || weeks.has(parsed.data.week) || plan.checkIns.length >= MAX_CHECK_INS) {
      setAside.push(item);
      continue;
    }
    weeks.add(parsed.data.week);
    plan.checkIns.push(parsed.data);
  }

  const reviewOn = raw['reviewOn'];
  if (reviewOn !== undefined) {
    if (typeof reviewOn === 'string' && z.iso.date().safeParse(reviewOn).success) {
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
export const storedFocusPlanSchema = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((raw) => restoreFocusPlan(raw).plan),
);

/**
 * Version 2 added a goal's purpose and the plan's review day, both optional: a version-1 plan is
 * read as it is, every word in place (the restore above reads both versions).
 */
export const focusPlanMigrations = { 1: (data: unknown) => data };
