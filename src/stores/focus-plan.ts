import { emptyFocusPlan, type FocusPlan } from '../lib/answers/focus-plan';
import { focusPlanMigrations, storedFocusPlanSchema } from '../lib/answers/restore-focus-plan';
import { persistentCollection } from './persistence';

/*
 * The plan as the worksheet and the due list read it, on many pages; what changes it is in
 * focus-plan-actions.ts, which only the plan's own exercise loads.
 */

/** The reader's focus plan for practice question (d): goals and weekly check-ins. */
export const focusPlan = persistentCollection<FocusPlan>({
  name: 'focus-plan',
  version: 2,
  schema: storedFocusPlanSchema,
  migrations: focusPlanMigrations,
  initial: emptyFocusPlan,
});
