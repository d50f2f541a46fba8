import * as v from 'valibot';
import { filledText, text } from '../schema/text';
import { int, object } from '../schema/json-values';
import { partialDateSchema } from '../dates/partial-date';

/**
 * Closeness rings, innermost first. They echo Dunbar's layers of roughly 5 / 15 / 50 / 150 people
 * (Dunbar 1993; Zhou, Sornette, Hill & Dunbar 2005, "Discrete hierarchical organization of social
 * group sizes").
 */
export const RINGS = ['inner', 'close', 'wider', 'acquaintance'] as const;
export const ringSchema = v.picklist(RINGS);
export type Ring = v.InferOutput<typeof ringSchema>;

/** The contexts every reader has; readers may add their own (see `customContextSchema`). */
export const BUILTIN_CONTEXTS = [
  'workplace',
  'association',
  'school',
  'community',
  'family',
  'online',
  'imported',
  'other',
] as const;
export type BuiltinContext = (typeof BUILTIN_CONTEXTS)[number];

/**
 * How a person feels about being introduced: `open` to introductions, `ask` me first, or `no`,
 * do not introduce me. `ask` is the default because assuming consent is the mistake the article
 * warns about.
 */
export const PREFERENCES = ['open', 'ask', 'no'] as const;
export const preferenceSchema = v.picklist(PREFERENCES);
export type Preference = v.InferOutput<typeof preferenceSchema>;

const notes = text(20_000);
const tags = v.pipe(v.array(filledText(200)), v.maxLength(200));

/**
 * One person on the reader's map. Every field but `id` and `name` has a default, so an older or
 * partial record is completed rather than rejected.
 */
export const personSchema = object({
  id: filledText(100),
  name: text(500),
  /** Context ids: a `BuiltinContext` or the id of one of the reader's own contexts. */
  contexts: v.optional(tags, []),
  ring: v.optional(ringSchema, 'wider'),
  /** How far the reader trusts this person, 1 (barely) to 5 (completely). */
  trust: v.optional(v.pipe(int(), v.minValue(1), v.maxValue(5)), 3),
  /** Topics this person knows about. */
  knowsAbout: v.optional(tags, []),
  /** Topics the reader learns about from this person (the "diversity lens" reads these). */
  learnFrom: v.optional(tags, []),
  /** What this person is looking for: help, a contact, knowledge. Candidate introductions match it. */
  needs: v.optional(tags, []),
  company: v.optional(text(500), ''),
  position: v.optional(text(500), ''),
  email: v.optional(text(500), ''),
  /** A profile link; only http(s) and mailto links are ever rendered as links. */
  url: v.optional(text(2000), ''),
  metWhere: v.optional(text(500), ''),
  /** When the reader met them, as precisely as remembered. */
  since: v.optional(partialDateSchema),
  preference: v.optional(preferenceSchema, 'ask'),
  notes: v.optional(notes, ''),
  /** ISO timestamp of when the person was put on the map. */
  addedAt: v.optional(text(40), ''),
});

export type Person = v.InferOutput<typeof personSchema>;
/** What a caller must give to create a person; the rest comes from the schema's defaults. */
export type PersonInput = v.InferInput<typeof personSchema>;
