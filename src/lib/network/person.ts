import { z } from 'zod';
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

const text = z.string().max(20_000);
const tags = z.array(z.string().min(1).max(200)).max(200);

/**
 * One person on the reader's map. Every field but `id` and `name` has a default, so an older or
 * partial record is completed rather than rejected.
 */
export const personSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(500),
  /** Context ids: a `BuiltinContext` or the id of one of the reader's own contexts. */
  contexts: tags.default([]),
  ring: ringSchema.default('wider'),
  /** How far the reader trusts this person, 1 (barely) to 5 (completely). */
  trust: z.number().int().min(1).max(5).default(3),
  /** Topics this person knows about. */
  knowsAbout: tags.default([]),
  /** Topics the reader learns about from this person (the "diversity lens" reads these). */
  learnFrom: tags.default([]),
  /** What this person is looking for: help, a contact, knowledge. Candidate introductions match it. */
  needs: tags.default([]),
  company: z.string().max(500).default(''),
  position: z.string().max(500).default(''),
  email: z.string().max(500).default(''),
  /** A profile link; only http(s) and mailto links are ever rendered as links. */
  url: z.string().max(2000).default(''),
  metWhere: z.string().max(500).default(''),
  /** When the reader met them, as precisely as remembered. */
  since: partialDateSchema.optional(),
  preference: preferenceSchema.default('ask'),
  notes: text.default(''),
  /** ISO timestamp of when the person was put on the map. */
  addedAt: z.string().max(40).default(''),
});

export type Person = z.infer<typeof personSchema>;
/** What a caller must give to create a person; the rest comes from the schema's defaults. */
export type PersonInput = z.input<typeof personSchema>;
