import type { CustomContext } from '../../lib/network/context';
import { BUILTIN_CONTEXTS } from '../../lib/network/person';
import { isBuiltinContext } from '../../lib/network/vocabulary';

/** How many context colours the map's palette has (see `--ctx-0` … in NetworkMap.svelte). */
export const PALETTE_SIZE = 10;

/**
 * The colour class of a context: built-in contexts keep theirs, the reader's own follow, so a
 * context is the same colour on the map, in the legend and in the list; 'none' for no context.
 */
export function contextColour(
  context: string | null,
  customContexts: readonly CustomContext[],
): string {
  if (context === null) return 'ctx-none';
  const builtinIndex = isBuiltinContext(context) ? BUILTIN_CONTEXTS.indexOf(context) : -1;
  if (builtinIndex >= 0) return `ctx-${builtinIndex % PALETTE_SIZE}`;
  const customIndex = customContexts.findIndex((custom) => custom.id === context);
  if (customIndex < 0) return 'ctx-none';
  return `ctx-${(BUILTIN_CONTEXTS.length + customIndex) % PALETTE_SIZE}`;
}

/**
 * The contexts the reader can choose from: the built-in ones ('imported' only once someone has
 * it, since the reader never picks it) and their own.
 */
export function contextChoices(
  customContexts: readonly CustomContext[],
  inUse: ReadonlySet<string>,
): string[] {
  return [
    ...BUILTIN_CONTEXTS.filter((context) => context !== 'imported' || inUse.has(context)),
    ...customContexts.map((context) => context.id),
  ];
}

/** Splits what the reader typed in a "separate with commas" box into tags. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}
