import type { reading as vi } from '../vi/reading';

/** Boxes beside the lesson text and the glossary's index (English). */
export const reading: Record<keyof typeof vi, string> = {
  'aside.research': 'Research',
  'aside.tip': 'Tip',
  'aside.caution': 'Caution',
  'aside.source': 'Source:',
  'glossary.index': 'Terms',
};
