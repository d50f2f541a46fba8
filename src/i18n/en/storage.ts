import type { storage as vi } from '../vi/storage';

/** Notices about saving, shown inside every widget that keeps data (English). */
export const storage: Record<keyof typeof vi, string> = {
  'storage.damaged.title': 'Saved data could not be read: {what}',
  'storage.damaged.body':
    'The data in this browser is damaged, so the workbook shows an empty copy. The original is kept exactly as it was and nothing will be written over it until you choose. What you type now is not saved yet.',
  'storage.newer.title': 'Saved by a newer version of the workbook: {what}',
  'storage.newer.body':
    'This version cannot read that data, so it is left untouched. Reload the page once the newest version is available. What you type now is not saved yet.',
  'storage.repaired.title': 'Saved data was repaired to be read: {what}',
  'storage.repaired.body':
    '{count, plural, one {One saved value was} other {# saved values were}} damaged and had to be fixed (a broken character replaced) or left out to read the rest. The repaired copy is shown here; the original is kept exactly as it was and nothing will be written over it until you choose. What you type now is not saved yet.',
  'storage.keepRepaired': 'Keep a copy of the original and use the repaired data',
  'storage.keepRepairedNoCopy': 'Use the repaired data without keeping the original',
  'storage.download': 'Download the original',
  'storage.startAfresh': 'Keep a copy and start afresh',
  'storage.startAfreshNoCopy': 'Start afresh without keeping a copy',
  'storage.noRoomForCopy':
    'There is no room left to keep a copy in this browser. Download the original first, then start afresh.',
  'storage.unsaved.title': 'Your work is NOT being saved',
  'storage.unsaved.quota':
    'This browser’s storage is full. What you see is still on this page but will be lost when you close it. Export a backup to keep it.',
  'storage.unsaved.unavailable':
    'This browser does not allow the site to save (private mode or a setting). What you see will be lost when you close the page. Export a backup to keep it.',
  'storage.yourData': 'Open the Your data page',
  'storage.saved': 'Saved at {time}',
  'storage.loading': '{what}: loading what you saved…',
  'storage.saving': 'Saving…',
  'storage.part.loading': 'Loading this part…',
  'storage.part.failed':
    'This part of the page could not be loaded (you may be offline, or the site has just been updated). Everything you saved is still there.',
  'storage.part.retry': 'Try again',
};
