import type { sample as vi } from '../vi/sample';

/** The switch between the reader's own network and the sample network, in every widget (English). */
export const sample: Record<keyof typeof vi, string> = {
  'sample.explore': 'Explore a sample network',
  'sample.back': 'Back to my network',
  'sample.offer':
    'Not ready to type in real names? See what this exercise does with 30 invented people; your own network stays as it is.',
  'sample.title': 'You are looking at a sample network, not yours',
  'sample.body':
    'The network of {reader}: 30 invented people. Try anything: nothing you change here is saved, and your own data is not touched.',
  'sample.announce.on': 'The sample network is on screen. Changes to it are not saved.',
  'sample.announce.off': 'Your own network is back on screen.',
  'sample.sheet.network': 'The sample network (not yours)',
  'sample.sheet.note':
    'Your answers are not shown on the sample worksheet. It only shows how the map and the introduction log look once filled in.',
};
