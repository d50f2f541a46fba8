import * as v from 'valibot';
import type { MakeId } from '../network/ids';
import type { Network } from '../network/network';
import { personSchema, type Person } from '../network/person';
import type { ImportPlan, MergeFills } from './import-plan-schema';
import { personFromContact } from './person-from-contact';

/** What the new records need, and what the reader chose in the preview. */
export interface ApplyImportOptions {
  /**
   * Makes a fresh person id, given every id taken so far (the map's and this import's). Called
   * once per new person, so it should not scan `taken`: use `counterIds` (lib/network/ids.ts) or UUIDs rather
   * than `nextPersonId`, which would make a 30,000-row import quadratic.
   */
  idFactory: MakeId;
  /** The moment of the import, stored as each new person's `addedAt`. */
  now: Date;
  /** Give new people the contexts guessed from company, position and labels. */
  useContextHints?: boolean;
  /** Give new people their position as a topic they know about. */
  useTopicHints?: boolean;
}

/**
 * Why a plan could not be applied. `stale-plan`: a person the plan merges into is no longer on
 * the map (edited in another tab since the preview). `duplicate-id`: the id factory repeated an
 * id. `invalid-person`: a record would break the person schema. `failed`: anything else.
 */
export type ApplyImportError = 'stale-plan' | 'duplicate-id' | 'invalid-person' | 'failed';

/** The new map, or why nothing was changed. */
export type ApplyImportResult =
  | { ok: true; network: Network; addedIds: string[]; mergedIds: string[] }
  | { ok: false; error: ApplyImportError; detail: string };

/**
 * Carries out an import plan, all or nothing: it returns a new map, or an error and no map. The
 * given map is never mutated; people the import does not touch are shared with it. Merges fill
 * only fields that are still empty *now*, so an edit made after the preview is never overwritten.
 * Never throws.
 */
export function applyImportPlan(
  network: Network,
  plan: ImportPlan,
  options: ApplyImportOptions,
): ApplyImportResult {
  const steps = applyImportPlanInSteps(network, plan, options);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** How many people `applyImportPlanInSteps` checks between two pauses. */
export const PEOPLE_PER_STEP = 250;

/**
 * `applyImportPlan` a few hundred people at a time: the generator pauses (yields) after every
 * {@link PEOPLE_PER_STEP} people checked, so that a caller can let the page breathe between
 * steps, and returns the same result once done. Nothing is changed until it returns.
 */
export function* applyImportPlanInSteps(
  network: Network,
  plan: ImportPlan,
  options: ApplyImportOptions,
): Generator<undefined, ApplyImportResult> {
  try {
    return yield* apply(network, plan, options);
  } catch (error) {
    return { ok: false, error: 'failed', detail: `import/applyImportPlan: ${String(error)}` };
  }
}

function* apply(
  network: Network,
  plan: ImportPlan,
  options: ApplyImportOptions,
): Generator<undefined, ApplyImportResult> {
  let done = 0;
  const addedAt = options.now.toISOString();
  const byId = new Map(network.people.map((person) => [person.id, person]));
  const merged = new Map<string, Person>();
  for (const merge of plan.merges) {
    const person = merged.get(merge.personId) ?? byId.get(merge.personId);
    if (!person) {
      return fail('stale-plan', `person ${merge.personId} is no longer on the map`);
    }
    const checked = v.safeParse(
      personSchema,
      fillEmpty(person, merge.fills, merge.addsImportedContext),
    );
    if (!checked.success)
      return fail('invalid-person', `person ${merge.personId}: ${v.summarize(checked.issues)}`);
    merged.set(merge.personId, checked.output);
    if (++done % PEOPLE_PER_STEP === 0) yield;
  }

  const added: Person[] = [];
  const usedIds = new Set(byId.keys());
  for (const contact of plan.additions) {
    const id = options.idFactory(usedIds);
    if (usedIds.has(id)) return fail('duplicate-id', `id ${id} is already used`);
    usedIds.add(id);
    const candidate = personFromContact(contact, {
      id,
      addedAt,
      useContextHints: options.useContextHints ?? false,
      useTopicHints: options.useTopicHints ?? false,
    });
    const checked = v.safeParse(personSchema, candidate);
    if (!checked.success)
      return fail('invalid-person', `line ${String(contact.line)}: ${v.summarize(checked.issues)}`);
    added.push(checked.output);
    if (++done % PEOPLE_PER_STEP === 0) yield;
  }

  const people = network.people.map((person) => merged.get(person.id) ?? person);
  return {
    ok: true,
    network: { ...network, people: [...people, ...added] },
    addedIds: added.map((person) => person.id),
    mergedIds: [...merged.keys()],
  };
}

/** A copy of the person with the fills written where the field is still empty. */
function fillEmpty(person: Person, fills: MergeFills, addImported: boolean): Person {
  const next: Person = { ...person, contexts: [...person.contexts] };
  const text = ['name', 'company', 'position', 'email', 'url', 'notes'] as const;
  for (const field of text) {
    const value = fills[field];
    if (value !== undefined && next[field].trim() === '') next[field] = value;
  }
  if (fills.since !== undefined && next.since === undefined) next.since = fills.since;
  if (addImported && !next.contexts.includes('imported')) next.contexts.push('imported');
  return next;
}

function fail(error: ApplyImportError, detail: string): ApplyImportResult {
  return { ok: false, error, detail: `import/applyImportPlan: ${detail}` };
}
