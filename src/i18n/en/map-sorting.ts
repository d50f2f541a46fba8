import type { mapSorting as vi } from '../vi/map-sorting';

/** Sorting many people on the map, moving many at once, merging two records (English). */
export const mapSorting: Record<keyof typeof vi, string> = {
  'map.undo.merged': '{other} was merged into {name}.',
  'map.undo.unmerge': 'Undo: separate {name} and {other}',
  'map.undo.unmerged': '{name} and {other} are two people again.',
  'map.undo.moved': '{count, plural, one {# person was} other {# people were}} moved.',
  'map.undo.moveBack': 'Undo: move {count, plural, one {# person} other {# people}} back',
  'map.undo.movedBack':
    '{count, plural, one {# person is} other {# people are}} back where they were.',

  'map.merge.open': 'Merge with someone else…',
  'map.merge.title': 'Merge two records of the same person',
  'map.merge.lead':
    '{name} keeps their name and place; everything the other record holds (contexts, topics, ties, dates, notes, links) moves over.',
  'map.merge.search': 'Find the other record by name',
  'map.merge.matches': 'Who might be {name}',
  'map.merge.noMatch': 'Nobody else on the map matches this name.',
  'map.merge.more': 'And {count} more: type more to narrow it down.',
  'map.merge.previewTitle': 'After the merge, {name} will hold:',
  'map.merge.ties': '{count, plural, one {# tie} other {# ties}}',
  'map.merge.empty': '(empty)',
  'map.merge.email': 'E-mail',
  'map.merge.url': 'Profile link',
  'map.merge.topics': 'Topics',
  'map.merge.confirm': 'Merge {other} into {name}',
  'map.merge.cancel': 'Cancel',
  'map.merge.failed': 'These two could not be merged. Your map is as it was.',

  'map.bulk.label': 'Select and move many',
  'map.bulk.count': '{count, plural, one {# person} other {# people}} selected.',
  'map.bulk.selectAll': 'Select all {count} shown',
  'map.bulk.clear': 'Clear selection',
  'map.bulk.ring': 'Move to ring',
  'map.bulk.context': 'Move to context',
  'map.bulk.keep': 'Keep as it is',
  'map.bulk.move': 'Move {count, plural, one {# person} other {# people}}',
  'map.bulk.nothing': 'Choose a ring or a context first.',
  'map.bulk.hint': 'Tip: hold Shift while clicking a checkbox to select a whole run of rows.',
  'map.selection.many':
    '{count, plural, one {# person is} other {# people are}} selected. Move them together from the list below, or clear the selection.',

  'map.sort.open': 'Sort imported people ({count} waiting)',
  'map.sort.title': 'Sort people one by one',
  'map.sort.lead':
    'Each card needs a ring and a context. Press them in either order; the second one files the card and shows the next person. Every change is saved at once.',
  'map.sort.unsortedDefinition':
    '“Unsorted” means still in the “{imported}” context. Giving someone another context sorts them.',
  'map.sort.progress': '{sorted} of {total} sorted',
  'map.sort.ring': 'Ring',
  'map.sort.context': 'Context',
  'map.sort.skip': 'Later',
  'map.sort.undo': 'Undo',
  'map.sort.close': 'Close sorting',
  'map.sort.keys': 'Keys: 1–4 ring, letters context, → later, Backspace undo, Esc close.',
  'map.sort.guessed': 'Context guessed from the file: {context}. A ring is enough.',
  'map.sort.since': 'Connected since {since}',
  'map.sort.chosen': 'Chosen: {choice}',
  'map.sort.needRing': '{context} chosen. Now a ring: 1 to 4.',
  'map.sort.needContext': '{ring} chosen. Now a context, by its letter.',
  'map.sort.filed': '{name}: {ring}, {context}. {sorted} of {total} sorted.',
  'map.sort.next': 'Next: {name}.',
  'map.sort.skipped': '{name} left for later.',
  'map.sort.undone': 'Back to {name}.',
  'map.sort.cleared': 'Choice for {name} cleared.',
  'map.sort.done':
    'Done! {total, plural, one {The one person has} other {All # people have}} a ring and a context.',
  'map.sort.empty': 'Nobody is waiting to be sorted.',
};
