import { DEFAULT_VI_ADDRESS, type ViAddress } from './vi-address';

/**
 * Version 1 addressed people with one word ("anh", "chị", "anh/chị"…) and always signed as "tôi".
 * Version 2 pairs the address with the reader's pronoun; each old word becomes the pair that reads
 * the way the old drafts did, and the slash form (never natural) becomes the neutral default.
 */
const V1_ADDRESS: Record<string, ViAddress> = {
  anh: 'anh-tôi',
  chị: 'chị-tôi',
  em: 'em-chị',
  bạn: 'bạn-tôi',
  cô: 'cô-cháu',
  chú: 'chú-cháu',
  bác: 'bác-cháu',
  ông: 'ông-cháu',
  bà: 'bà-cháu',
};

function migrateSide(side: unknown): unknown {
  if (typeof side !== 'object' || side === null) return side;
  const old = side as Record<string, unknown>;
  const address = typeof old['viAddress'] === 'string' ? old['viAddress'] : '';
  return { ...old, viAddress: V1_ADDRESS[address] ?? DEFAULT_VI_ADDRESS };
}

/**
 * Reads a version 1 draft as version 2: every answer is kept where it was (on the person now on
 * each side), addresses are mapped to pairs, and consents get no date (none was recorded).
 */
export function migrateWeigherDraftV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const old = data as Record<string, unknown>;
  return { ...old, a: migrateSide(old['a']), b: migrateSide(old['b']), memory: undefined };
}
