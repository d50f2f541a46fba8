import { BUILTIN_CONTEXTS, type BuiltinContext, type Ring } from './person';

/**
 * The trust levels a reader gives a person, 1 (barely) to 5 (completely), as the person schema
 * allows them. The map and the introduction weigher word them the same way.
 */
export const TRUST_LEVELS = [1, 2, 3, 4, 5] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/**
 * The UI keys that name the network's shared words: rings, built-in contexts ("none" for a person
 * without one) and trust levels. The map, the weigher, the worksheet and the printed sheet all label
 * them through these keys (src/i18n/<locale>/network.ts holds the words), so they never differ.
 */
export type VocabularyKey =
  `ring.${Ring}` | `context.${BuiltinContext}` | 'context.none' | `trust.${TrustLevel}`;

const builtin = new Set<string>(BUILTIN_CONTEXTS);

/** Whether a context id is one every reader has (rather than one of their own, or an import's). */
export function isBuiltinContext(context: string): context is BuiltinContext {
  return builtin.has(context);
}
