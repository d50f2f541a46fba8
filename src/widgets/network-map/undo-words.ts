import type { Translate } from '../../lib/i18n/translator';
import type { MapUndo } from '../../stores/network';

/** What the undo bar says about the change it can take back ("Minh was deleted with 2 ties."). */
export function undoStatus(t: Translate, entry: MapUndo): string {
  switch (entry.kind) {
    case 'delete':
      return t('map.undo.deleted', {
        name: entry.removed.person.name,
        ties: entry.removed.ties.length,
      });
    case 'merge':
      return t('map.undo.merged', { name: entry.name, other: entry.otherName });
    case 'move':
      return t('map.undo.moved', { count: entry.before.length });
  }
}

/** The undo button's words, naming what it will do. */
export function undoButtonLabel(t: Translate, entry: MapUndo): string {
  switch (entry.kind) {
    case 'delete':
      return t('map.undo.button', { name: entry.removed.person.name });
    case 'merge':
      return t('map.undo.unmerge', { name: entry.name, other: entry.otherName });
    case 'move':
      return t('map.undo.moveBack', { count: entry.before.length });
  }
}

/** What a screen reader hears once the change has been taken back. */
export function undoneMessage(t: Translate, entry: MapUndo): string {
  switch (entry.kind) {
    case 'delete':
      return t('map.undo.restored', { name: entry.removed.person.name });
    case 'merge':
      return t('map.undo.unmerged', { name: entry.name, other: entry.otherName });
    case 'move':
      return t('map.undo.movedBack', { count: entry.before.length });
  }
}
