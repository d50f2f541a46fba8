import type { Translate } from '../../lib/i18n/translator';
import type { CustomContext } from '../../lib/network/context';
import { BUILTIN_CONTEXTS, type BuiltinContext } from '../../lib/network/person';

/** How many context colours the map's palette has (see `--ctx-0` … in NetworkMap.svelte). */
export const PALETTE_SIZE = 10;

const builtin = new Set<string>(BUILTIN_CONTEXTS);

function isBuiltin(context: string): context is BuiltinContext {
  return builtin.has(context);
}

/**
 * The words the reader sees for a context id: a built-in one in their language, one of their
 * own by its label, anything else (an id from an import) as it is; null is "no context yet".
 */
export function contextLabeler(
  t: Translate,
  customContexts: readonly CustomContext[],
): (context: string | null) => string {
  const custom = new Map(customContexts.map((context) => [context.id, context.label]));
  return (context) => {
    if (context === null) return t('map.context.none');
    if (isBuiltin(context)) return t(`map.context.${context}`);
    return custom.get(context) ?? context;
  };
}

/**
 * The colour class of a context: built-in contexts keep theirs, the reader's own follow, so a
 * context is the same colour on the map, in the legend and in the list; 'none' for no context.
 */
export function contextColour(
  context: string | null,
  customContexts: readonly CustomContext[],
): string {
  if (context === null) return 'ctx-none';
  const builtinIndex = BUILTIN_CONTEXTS.indexOf(context as BuiltinContext);
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
