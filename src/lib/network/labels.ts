import type { Translate } from '../i18n/translator';
import type { CustomContext } from './context';
import { isBuiltinContext, type VocabularyKey } from './vocabulary';

/**
 * Rings and trust levels need no labeller: `` t(`ring.${ring}`) `` is checked against
 * `VocabularyKey`. Contexts do, as a reader's own contexts carry their own labels.
 */

/**
 * The words the reader sees for a context id: a built-in one in their language, one of their
 * own by its label, anything else (an id from an import) as it is; null is "no context yet".
 *
 * @example contextLabeler(t, [{ id: 'c1', label: 'Choir' }])('c1') // 'Choir'
 */
export function contextLabeler(
  t: Translate<Extract<VocabularyKey, `context.${string}`>>,
  customContexts: readonly Pick<CustomContext, 'id' | 'label'>[],
): (context: string | null) => string {
  const custom = new Map(customContexts.map((context) => [context.id, context.label]));
  return (context) => {
    if (context === null) return t('context.none');
    if (isBuiltinContext(context)) return t(`context.${context}`);
    return custom.get(context) ?? context;
  };
}
