import type { network as vi } from '../vi/network';

/** The network's shared words: rings, contexts and trust levels (English); see ../vi/network.ts. */
export const network: Record<keyof typeof vi, string> = {
  'ring.inner': 'Innermost',
  'ring.close': 'Close',
  'ring.wider': 'Wider',
  'ring.acquaintance': 'Acquaintance',

  'context.workplace': 'Workplace',
  'context.association': 'Professional association',
  'context.school': 'School',
  'context.community': 'Community',
  'context.family': 'Family',
  'context.online': 'Online',
  'context.imported': 'Imported contacts',
  'context.other': 'Other',
  'context.none': 'Unsorted',

  'trust.1': '1 — barely',
  'trust.2': '2 — a little',
  'trust.3': '3 — moderately',
  'trust.4': '4 — a lot',
  'trust.5': '5 — completely',
};
