import { z } from 'zod/mini';
import { partialDateSchema } from '../dates/partial-date';

/**
 * Closeness rings, innermost first. They echo Dunbar's layers of roughly 5 / 15 / 50 / 150 people
 * (Dunbar 1993; Zhou, Sornette, Hill & Dunbar 2005, "Discrete hierarchical organization of social
 * group sizes").
 */
export const RINGS = ['inner', 'close', 'wider', 'acquaintance'] as const;
export const ringSchema = z.enum(RINGS);
export type Ring = z.infer<typeof ringSchema>;

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
export const preferenceSchema = z.enum(PREFERENCES);
export type Preference = z.infer<typeof preferenceSchema>;

const text = z.string().check(z.maxLength(20_000));
const tags = z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(200));

/**
 * One person on the reader's map. Every field but `id` and `name` has a default, so an older or
 * partial record is completed rather than rejected.
 */
export const personSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(500)),
  /** Context ids: a `BuiltinContext` or the id of one of the reader's own contexts. */
  contexts: z._default(tags, []),
  ring: z._default(ringSchema, 'wider'),
  /** How far the reader trusts this person, 1 (barely) to 5 (completely). */
  trust: z._default(z.int().check(z.minimum(1), z.maximum(5)), 3),
  /** Topics this person knows about. */
  knowsAbout: z._default(tags, []),
  /** Topics the reader learns about from this person (the "diversity lens" reads these). */
  learnFrom: z._default(tags, []),
  /** What this person is looking for: help, a contact, knowledge. Candidate introductions match it. */
  needs: z._default(tags, []),
  company: z._default(z.string().check(z.maxLength(500)), ''),
  position: z._default(z.string().check(z.maxLength(500)), ''),
  email: z._default(z.string().check(z.maxLength(500)), ''),
  /** A profile link; only http(s) and mailto links are ever rendered as links. */
  url: z._default(z.string().check(z.maxLength(2000)), ''),
  metWhere: z._default(z.string().check(z.maxLength(500)), ''),
  /** When the reader met them, as precisely as remembered. */
  since: z.optional(partialDateSchema),
  preference: z._default(preferenceSchema, 'ask'),
  notes: z._default(text, ''),
  /** ISO timestamp of when the person was put on the map. */
  addedAt: z._default(z.string().check(z.maxLength(40)), ''),
});

export type Person = z.infer<typeof personSchema>;
/** What a caller must give to create a person; the rest comes from the schema's defaults. */
export type PersonInput = z.input<typeof personSchema>;
