/*
 * The Vietnamese address pairs, apart from the drafts' wording (draft-templates.ts): the weigher's
 * questions and its stored draft need the pairs on load, the wording only once drafts are shown.
 */

/**
 * How a Vietnamese message addresses someone, paired with how the reader then calls themself:
 * `anh-em` writes to "anh" and signs as "em". Vietnamese has no neutral "you": the pair sets the
 * register of the whole message, so each person gets one, chosen by the reader.
 */
export const VI_ADDRESSES = [
  'bạn-mình',
  'bạn-tôi',
  'anh-em',
  'chị-em',
  'anh-tôi',
  'chị-tôi',
  'em-anh',
  'em-chị',
  'cô-cháu',
  'chú-cháu',
  'bác-cháu',
  'ông-cháu',
  'bà-cháu',
] as const;
/** The pair used until the reader chooses: neutral in age and gender. */
export const DEFAULT_VI_ADDRESS = 'bạn-mình';
export type ViAddress = (typeof VI_ADDRESSES)[number];

/**
 * The register a Vietnamese address pair sets: `up` when the reader is the younger (em, cháu:
 * polite particles such as "ạ"), `level` between friends or to someone younger ("nhé"), `formal`
 * with "tôi". One message keeps one register.
 */
export type Register = 'up' | 'level' | 'formal';

/** The two pronouns of an address pair and the register they set. */
export function addressPair(address: ViAddress): { you: string; me: string; register: Register } {
  const [you = 'bạn', me = 'mình'] = address.split('-');
  const register: Register =
    me === 'tôi' ? 'formal' : me === 'em' || me === 'cháu' ? 'up' : 'level';
  return { you, me, register };
}
