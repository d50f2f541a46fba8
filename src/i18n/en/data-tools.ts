import type { dataTools as vi } from '../vi/data-tools';

/** Backup, restore, CSV export and the share for a colleague, on the "Your data" page (English). */
export const dataTools: Record<keyof typeof vi, string> = {
  'collection.backup-meta': 'Date of the last backup',
  'yourData.storedTitle': 'In this browser',
  'yourData.clearTitle': 'Clear everything',
  'room.title': 'The larger storage (IndexedDB)',
  'room.estimate': 'The browser says this site uses about {used} of the roughly {quota} it allows.',
  'room.pending': 'Asking the browser how much of the room it allows this site is in use…',
  'room.unknown': 'This browser does not say how much room it allows this site.',
  'room.use': 'A large map (tens of thousands of people) is kept there.',
  'backup.title': 'Back up',
  'backup.lead':
    'One JSON file with everything you did in the workbook: answers, progress, your network map, the introduction log and settings. Keep it somewhere safe; you can restore it in this browser or on another device.',
  'backup.never': 'You have not made a backup in this browser yet.',
  'backup.last': 'Last backup: {date} at {time}.',
  'backup.remindNone':
    'Your work lives only in this browser. A backup keeps it safe if you clear your browsing data or change devices.',
  'backup.remindOld':
    'Your last backup is more than {days, plural, one {# day} other {# days}} old. It may be time for a new one.',
  'backup.download': 'Download a backup (JSON)',
  'backup.working': 'Preparing the backup…',
  'backup.done': 'Backup downloaded: {count, plural, one {# collection} other {# collections}}.',
  'backup.skipped':
    'Left out because it could not be read: {names}. The original is still in your browser; you can download it from the table above.',
  'backup.nothing': 'There is nothing to back up yet.',
  'restore.title': 'Restore from a backup',
  'restore.lead':
    'Choose a backup file of this workbook. You will see what it holds first; nothing changes until you confirm.',
  'restore.fileLabel': 'Choose a backup file',
  'restore.reading': 'Reading the backup…',
  'restore.error.title': 'This file cannot be restored',
  'restore.error.empty': 'The file is empty.',
  'restore.error.not-json':
    'The file is not JSON (it may be damaged or cut short). Choose the .json file you downloaded from this page.',
  'restore.error.not-backup': 'The file is JSON, but not a backup of this workbook.',
  'restore.error.newer-version':
    'This backup was made by a newer version of the workbook. Reload the page to get the latest version, then try again.',
  'restore.error.invalid': 'The file says it is a backup, but its structure is damaged.',
  'restore.error.too-large': 'The file is far too large to be a backup of this workbook.',
  'restore.nothingChanged': 'Nothing in this browser was changed.',
  'restore.preview.title': 'Backup of {date}',
  'restore.preview.caption': 'What the backup holds, next to what this browser holds',
  'restore.col.what': 'Collection',
  'restore.col.backup': 'In the backup',
  'restore.col.here': 'In this browser',
  'restore.col.status': 'Can it be restored?',
  'restore.status.ready': 'Yes',
  'restore.status.unknown':
    'It belongs to another version of the workbook; it is restored only if this browser does not hold it yet',
  'restore.status.repaired':
    '{count, plural, one {One value in the backup was} other {# values in the backup were}} damaged and will be restored repaired (a broken character replaced) or left out; the backup file itself is unchanged.',
  'restore.status.invalid': 'No: the backup’s copy is damaged and will be skipped',
  'restore.status.newer': 'No: saved by a newer version, it will be skipped',
  'restore.here.none': 'nothing',
  'restore.here.empty': 'yes, empty',
  'restore.empty': 'empty',
  'restore.mode.legend': 'How to restore',
  'restore.mode.merge': 'Merge with what is here (nothing is lost on either side)',
  'restore.mode.mergeHelp':
    'People on the map are recognised the way an import recognises them; answers keep the copy changed last; progress and the introduction log are joined. Anything that cannot be joined stays as it is here.',
  'restore.mode.replace': 'Replace what is here with the backup',
  'restore.mode.replaceHelp':
    'Each collection in the backup replaces the same collection here. Collections the backup does not hold stay as they are.',
  'restore.start': 'Restore',
  'restore.cancel': 'Cancel',
  'restore.confirmReplace':
    'Replace the data in this browser with the backup? Whatever is here and not in the backup will be lost. Download a backup of the current data first if you are unsure.',
  'restore.confirmYes': 'Yes, replace',
  'restore.confirmNo': 'No, go back',
  'restore.working': 'Restoring…',
  'restore.done.title': 'Restored',
  'restore.done.replaced': 'Restored: {names}.',
  'restore.done.merged': 'Merged: {names}.',
  'restore.done.kept': 'Kept as it is here: {names}.',
  'restore.done.skipped': 'Skipped: {names}.',
  'restore.done.notSaved':
    'Some of it could not be saved in the browser yet (storage full?). See the notice at the top of the page.',
  'count.people': '{count, plural, one {# person} other {# people}}',
  'count.ties': '{count, plural, one {# tie} other {# ties}}',
  'count.customContexts': '{count, plural, one {# own context} other {# own contexts}}',
  'count.issues': '{count, plural, one {# issue} other {# issues}}',
  'count.visited': '{count, plural, one {# lesson opened} other {# lessons opened}}',
  'count.done': '{count, plural, one {# lesson done} other {# lessons done}}',
  'count.answers': '{count, plural, one {# answer} other {# answers}}',
  'count.unreadable': '{count, plural, one {# unreadable entry} other {# unreadable entries}}',
  'count.items': '{count, plural, one {# item} other {# items}}',
  'count.goals': '{count, plural, one {# goal} other {# goals}}',
  'count.checkIns': '{count, plural, one {# check-in} other {# check-ins}}',
  'count.other': '{field}: {count}',
  'csvExport.title': 'Export for spreadsheets (CSV)',
  'csvExport.lead':
    'Two CSV files: the people (one row each) and the ties (one row per pair). They open in Excel, LibreOffice, Google Sheets, Gephi and R. Any cell that starts like a formula is neutralised.',
  'csvExport.people': 'Download the people (CSV)',
  'csvExport.ties': 'Download the ties (CSV)',
  'csvExport.empty': 'Your map has nobody on it yet.',
  'csvExport.done': 'Downloaded {file}.',
  'share.title': 'A copy to share with a colleague',
  'share.lead':
    'This copy respects what each person said about being introduced: people marked “Do not introduce” are left out together with their ties; people marked “Ask first” are reduced to their initials and contexts; everyone’s private notes are dropped.',
  'share.prepare': 'Prepare the copy',
  'share.summary.caption': 'What will be shared',
  'share.summary.shared': 'Shared in full (without notes)',
  'share.summary.reduced': 'Initials and contexts only',
  'share.summary.leftOut': 'Left out, with their ties',
  'share.summary.ties': 'Ties shared',
  'share.summary.tiesLeftOut': 'Ties left out',
  'share.summary.notesDropped': 'Private notes dropped',
  'share.table.caption':
    'Exactly what the file holds ({shown} of {total, plural, one {# person} other {# people}})',
  'share.table.more':
    'The table shows the first {shown, plural, one {person} other {# people}}; the file holds all {total}.',
  'share.valuesNote':
    'Columns and values appear exactly as they are written in the file (column names in English, so that Gephi and R can read them).',
  'share.people': 'Download the shared people (CSV)',
  'share.ties': 'Download the shared ties (CSV)',
  'share.close': 'Close',
  'share.empty':
    'There is nobody to share: the map is empty, or everyone said “do not introduce me”.',
};
