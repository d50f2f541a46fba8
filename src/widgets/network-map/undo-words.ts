import type { Translator } from '../../i18n/ui';
import type { MapUndo } from '../../stores/network';

/** The three things the undo bar says about one change. */
export interface UndoWords {
  /** What happened ("Minh was deleted with 2 ties."). */
  status: string;
  /** The button, naming what it will do. */
  button: string;
  /** What a screen reader hears once the change has been taken back. */
  undone: string;
}

/** The words for the change the undo bar can take back. */
export function undoWords(t: Translator<'map'>, entry: MapUndo): UndoWords {
  if (entry.kind === 'delete') {
    const name = entry.removed.person.name;
    return {
      status: t('map.undo.deleted', { name, ties: entry.removed.ties.length }),
      button: t('map.undo.button', { name }),
      undone: t('map.undo.restored', { name }),
    };
  }
  if (entry.kind === 'merge') {
    const names = { name: entry.name, other: entry.otherName };
    return {
      status: t('map.undo.merged', names),
      button: t('map.undo.unmerge', names),
      undone: t('map.undo.unmerged', names),
    };
  }
  const count = { count: entry.before.length };
  return {
    status: t('map.undo.moved', count),
    button: t('map.undo.moveBack', count),
    undone: t('map.undo.movedBack', count),
  };
}
