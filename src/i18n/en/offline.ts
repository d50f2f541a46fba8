import type { offline as vi } from '../vi/offline';

/** Working offline and installing the workbook (English). */
export const offline: Record<keyof typeof vi, string> = {
  'offline.updateReady': 'A new version of the workbook is ready. Reload the page to use it.',
  'offline.reload': 'Reload',
  'offline.ready':
    'The workbook is now saved for offline use: on this device, every page opens even with no connection.',
  'offline.readyClose': 'OK',
  'offline.appName': 'Share Your Network',
  'offline.appShortName': 'Your Network',
};
