import type { Locale } from '../../i18n/locales';

/**
 * The wording of the double opt-in drafts, per language. Drafts are domain output (the reader sends
 * them), which is why this text lives in the library and not in the UI strings.
 *
 * Placeholders, filled in one pass by `fillTemplate` (a value is never scanned again, so a name
 * containing "{purpose}" stays literal): `{name}` the person written to, `{address}` / `{Address}`
 * how Vietnamese addresses them (lower / capitalised at a sentence start), `{other}` the other
 * person's name or an anonymous description, `{role}` a short description, `{purpose}`, `{a}` and
 * `{b}` with `{addressA}` / `{addressB}`, `{reader}` the reader's own name.
 */
export interface DraftTemplates {
  askSubject: string;
  askGreeting: string;
  /** The question itself; `{other}` is `otherWithRole`, the bare name, or `anonymous…`. */
  askQuestion: string;
  otherWithRole: string;
  anonymous: string;
  anonymousWithRole: string;
  /** Added when the other person is not named, so the omission reads as courtesy, not secrecy. */
  anonymousNote: string;
  askPurpose: string;
  noPressure: string;
  askThanks: string;
  introSubject: string;
  introGreeting: string;
  introOpening: string;
  introPerson: string;
  introPurpose: string;
  introClosing: string;
}

/** How a Vietnamese message addresses someone; `anh/chị` when the reader has not chosen. */
export const VI_ADDRESSES = [
  'anh/chị',
  'anh',
  'chị',
  'em',
  'bạn',
  'cô',
  'chú',
  'bác',
  'ông',
  'bà',
] as const;
export type ViAddress = (typeof VI_ADDRESSES)[number];

/** Draft wording in Vietnamese (polite register) and English. */
export const DRAFT_TEMPLATES: Record<Locale, DraftTemplates> = {
  vi: {
    askSubject: 'Hỏi ý {address} về một lời giới thiệu',
    askGreeting: 'Chào {address} {name},',
    askQuestion:
      'Tôi muốn hỏi ý {address} trước: {address} có muốn tôi giới thiệu {address} với {other} không?',
    otherWithRole: '{other} ({role})',
    anonymous: 'một người quen của tôi',
    anonymousWithRole: 'một người quen của tôi ({role})',
    anonymousNote:
      'Tôi luôn hỏi ý cả hai bên trước khi giới thiệu, nên tạm thời tôi chưa nêu tên người ấy.',
    askPurpose: 'Lý do tôi nghĩ đến hai người: {purpose}',
    noPressure:
      'Nếu {address} không muốn hoặc lúc này chưa tiện, {address} cứ nói thẳng, không cần giải thích gì. Tôi sẽ không chuyển thông tin của {address} cho ai.',
    askThanks: 'Cảm ơn {address}.',
    introSubject: 'Giới thiệu {a} và {b}',
    introGreeting: 'Chào {addressA} {a} và {addressB} {b},',
    introOpening:
      'Như tôi đã trao đổi với từng người, hôm nay tôi xin giới thiệu hai người với nhau.',
    introPerson: '{Address} {name}: {role}',
    introPurpose: 'Tôi nghĩ hai người nên trò chuyện vì: {purpose}',
    introClosing:
      'Xin để hai người tự trao đổi tiếp với nhau. Nếu có kết quả gì, cho tôi biết với nhé, tôi rất vui được nghe.',
  },
  en: {
    askSubject: 'Would you like an introduction?',
    askGreeting: 'Hi {name},',
    askQuestion:
      'Before I do anything, I wanted to check with you: would you like me to introduce you to {other}?',
    otherWithRole: '{other} ({role})',
    anonymous: 'someone I know',
    anonymousWithRole: 'someone I know ({role})',
    anonymousNote:
      "I always check with both sides before making an introduction, so I haven't named them yet.",
    askPurpose: 'Why I thought of you both: {purpose}',
    noPressure:
      "If you'd rather not, or the timing isn't right, just say so: no explanation needed, and I won't pass on your details.",
    askThanks: 'Thanks,',
    introSubject: 'Introduction: {a} and {b}',
    introGreeting: 'Hi {a} and {b},',
    introOpening: "As I mentioned to you both, I'd like to introduce you to each other.",
    introPerson: '{name}: {role}',
    introPurpose: 'Why I think you should talk: {purpose}',
    introClosing: "I'll let you take it from here. If something comes of it, I'd love to hear.",
  },
};
