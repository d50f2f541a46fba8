import type { Register } from './vi-address';

/**
 * The wording of the double opt-in drafts, per language. Drafts are domain output (the reader sends
 * them), which is why this text lives in the library and not in the UI strings.
 *
 * Placeholders, filled in one pass by `fillTemplate` (a value is never scanned again, so a name
 * containing "{purpose}" stays literal): `{name}` the person written to, `{you}` / `{You}`
 * how Vietnamese addresses them (lower / capitalised at a sentence start), `{other}` the other
 * person's name or an anonymous description, `{role}` a short description, `{purpose}`, `{a}` and
 * `{b}` how each is called in a joint message (Vietnamese: "anh Minh", or just "Minh" between
 * equals) with `{A}` capitalised, `{me}` / `{Me}` how the reader calls themself, `{reader}` the
 * reader's own name.
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
  /** The short chat versions (Zalo, Messenger): no subject, two or three lines. */
  chatAsk: string;
  chatAnonymousNote: string;
  chatNoPressure: string;
  chatIntro: string;
  chatIntroClosing: string;
  /** After a no: thanks to the one who declined, and word to the other if they were asked. */
  closingSubject: string;
  closingBody: string;
  closingOtherSubject: string;
  closingOtherBody: string;
}

const VI_UP: DraftTemplates = {
  askSubject: '{Me} xin hỏi ý {you} về một lời giới thiệu',
  askGreeting: '{Me} chào {you} {name} ạ,',
  askQuestion:
    '{Me} muốn hỏi ý {you} trước: {you} có muốn {me} giới thiệu {you} với {other} không ạ?',
  otherWithRole: '{other} ({role})',
  anonymous: 'một người quen của {me}',
  anonymousWithRole: 'một người quen của {me} ({role})',
  anonymousNote:
    '{Me} luôn hỏi ý cả hai bên trước khi giới thiệu, nên {me} xin phép chưa nêu tên người ấy.',
  askPurpose: 'Vì sao {me} nghĩ đến việc này: {purpose}',
  noPressure:
    'Nếu {you} không muốn hoặc lúc này chưa tiện, {you} cứ nói thẳng với {me}, không cần giải thích gì. {Me} sẽ không đưa thông tin của {you} cho ai.',
  askThanks: '{Me} cảm ơn {you} ạ.',
  introSubject: '{Me} xin giới thiệu {a} và {b}',
  introGreeting: '{Me} chào {a} và {b} ạ,',
  introOpening: 'Như {me} đã hỏi ý từng người, hôm nay {me} xin giới thiệu {a} và {b} với nhau.',
  introPerson: '{Called}: {role}',
  introPurpose: '{Me} nghĩ {a} và {b} nên trò chuyện vì: {purpose}',
  introClosing:
    '{Me} xin để {a} và {b} tự trao đổi tiếp. Nếu có kết quả gì, {me} rất mong được nghe ạ.',
  chatAsk: '{Me} chào {you} {name} ạ! {You} có muốn {me} giới thiệu {you} với {other} không ạ?',
  chatAnonymousNote: '({Me} sẽ nêu tên khi đã hỏi ý người ấy.)',
  chatNoPressure: 'Nếu không tiện, {you} cứ nói thẳng với {me} ạ.',
  chatIntro:
    '{Me} chào {a} và {b} ạ! Như đã hỏi ý từng người, {me} xin giới thiệu hai bên với nhau.',
  chatIntroClosing: '{Me} xin để {a} và {b} tự trao đổi tiếp ạ.',
  closingSubject: '{Me} cảm ơn {you} ạ',
  closingBody:
    '{Me} cảm ơn {you} đã trả lời ạ. {Me} hiểu, và sẽ không nhắc lại chuyện này nữa. Mong có dịp khác {me} giúp được {you}.',
  closingOtherSubject: 'Về lời giới thiệu {me} nhắc tới',
  closingOtherBody:
    '{Me} chào {you} {name} ạ. Lần này lời giới thiệu {me} nhắc tới chưa thành được, {me} xin lỗi {you}. Nếu nghĩ ra ai khác phù hợp, {me} sẽ báo {you} ngay ạ.',
};

const VI_LEVEL: DraftTemplates = {
  askSubject: 'Hỏi ý {you} về một lời giới thiệu',
  askGreeting: 'Chào {name},',
  askQuestion: '{Me} muốn hỏi {you} trước: {you} có muốn {me} giới thiệu {you} với {other} không?',
  otherWithRole: '{other} ({role})',
  anonymous: 'một người quen của {me}',
  anonymousWithRole: 'một người quen của {me} ({role})',
  anonymousNote:
    '{Me} luôn hỏi ý cả hai bên trước khi giới thiệu, nên tạm thời chưa nêu tên người ấy nhé.',
  askPurpose: 'Vì sao {me} nghĩ đến chuyện này: {purpose}',
  noPressure:
    'Nếu {you} không muốn hoặc lúc này chưa tiện thì cứ nói thẳng, không cần giải thích gì đâu. {Me} sẽ không đưa thông tin của {you} cho ai.',
  askThanks: 'Cảm ơn {you} nhé!',
  introSubject: 'Giới thiệu {a} và {b}',
  introGreeting: 'Chào {a} và {b},',
  introOpening: 'Như {me} đã hỏi từng người, giờ {me} giới thiệu hai người với nhau nhé.',
  introPerson: '{Called}: {role}',
  introPurpose: '{Me} nghĩ hai người nên nói chuyện vì: {purpose}',
  introClosing: 'Hai người cứ trao đổi tiếp với nhau nhé. Có gì hay thì kể {me} nghe với!',
  chatAsk: 'Chào {name}! {Me} muốn giới thiệu {you} với {other}, {you} thấy sao?',
  chatAnonymousNote: '({Me} sẽ nêu tên sau khi hỏi ý người ấy nhé.)',
  chatNoPressure: 'Không tiện thì cứ nói nhé, không sao đâu.',
  chatIntro: 'Chào {a} và {b}! Như đã hỏi từng người, {me} giới thiệu hai người với nhau nhé.',
  chatIntroClosing: 'Hai người cứ trao đổi tiếp nhé!',
  closingSubject: 'Cảm ơn {you} nhé',
  closingBody:
    'Cảm ơn {you} đã trả lời nhé. Không sao đâu, {me} hiểu mà, chuyện này coi như xong. Có gì cần thì cứ nói với {me}.',
  closingOtherSubject: 'Về lời giới thiệu {me} nhắc tới',
  closingOtherBody:
    'Chào {name}, lần này lời giới thiệu {me} nhắc tới không thành rồi, tiếc quá. Nếu nghĩ ra ai khác hợp, {me} sẽ báo {you} ngay nhé.',
};

const VI_FORMAL: DraftTemplates = {
  askSubject: 'Hỏi ý {you} về một lời giới thiệu',
  askGreeting: 'Chào {you} {name},',
  askQuestion: 'Tôi muốn hỏi ý {you} trước: {you} có muốn tôi giới thiệu {you} với {other} không?',
  otherWithRole: '{other} ({role})',
  anonymous: 'một người quen của tôi',
  anonymousWithRole: 'một người quen của tôi ({role})',
  anonymousNote:
    'Tôi luôn hỏi ý cả hai bên trước khi giới thiệu, nên tạm thời tôi chưa nêu tên người ấy.',
  askPurpose: 'Vì sao tôi nghĩ đến việc này: {purpose}',
  noPressure:
    'Nếu {you} không muốn hoặc lúc này chưa tiện, {you} cứ nói thẳng, không cần giải thích gì. Tôi sẽ không chuyển thông tin của {you} cho ai.',
  askThanks: 'Cảm ơn {you}.',
  introSubject: 'Giới thiệu {a} và {b}',
  introGreeting: 'Chào {a} và {b},',
  introOpening:
    'Như tôi đã trao đổi với từng người, hôm nay tôi xin giới thiệu hai người với nhau.',
  introPerson: '{Called}: {role}',
  introPurpose: 'Tôi nghĩ hai người nên trò chuyện vì: {purpose}',
  introClosing:
    'Xin để hai người tự trao đổi tiếp với nhau. Nếu có kết quả gì, tôi rất vui được nghe.',
  chatAsk: 'Chào {you} {name}. Tôi muốn giới thiệu {you} với {other}, {you} có đồng ý không?',
  chatAnonymousNote: '(Tôi sẽ nêu tên khi đã hỏi ý người ấy.)',
  chatNoPressure: 'Nếu không tiện, {you} cứ nói thẳng, không cần giải thích.',
  chatIntro:
    'Chào {a} và {b}. Như đã trao đổi với từng người, tôi xin giới thiệu hai người với nhau.',
  chatIntroClosing: 'Xin để hai người tự trao đổi tiếp.',
  closingSubject: 'Cảm ơn {you}',
  closingBody:
    'Cảm ơn {you} đã trả lời. Tôi hoàn toàn hiểu và sẽ không nhắc lại chuyện này. Nếu sau này tôi giúp được gì, {you} cứ cho tôi biết.',
  closingOtherSubject: 'Về lời giới thiệu tôi đã nhắc tới',
  closingOtherBody:
    'Chào {you} {name}, lần này lời giới thiệu tôi nhắc tới chưa thành được, tôi rất tiếc. Nếu nghĩ ra ai khác phù hợp, tôi sẽ báo {you} ngay.',
};

const EN: DraftTemplates = {
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
  introPerson: '{Called}: {role}',
  introPurpose: 'Why I think you should talk: {purpose}',
  introClosing: "I'll let you take it from here. If something comes of it, I'd love to hear.",
  chatAsk: 'Hi {name}! Would you like me to introduce you to {other}?',
  chatAnonymousNote: "(I'll name them once I've checked with them too.)",
  chatNoPressure: 'No pressure at all: if not, just say so.',
  chatIntro: "Hi {a} and {b}! As promised, I'm introducing you to each other.",
  chatIntroClosing: "I'll let you take it from here.",
  closingSubject: 'Thanks for letting me know',
  closingBody:
    "Thanks for letting me know, and no need to explain. I'll leave it there. If I can help with something else, just say.",
  closingOtherSubject: 'About the introduction I mentioned',
  closingOtherBody:
    "Hi {name}, the introduction I mentioned won't happen this time, sorry. If I think of someone else who fits, I'll let you know.",
};

/** Draft wording: English, and Vietnamese in each register. */
export const DRAFT_TEMPLATES = {
  en: EN,
  vi: { up: VI_UP, level: VI_LEVEL, formal: VI_FORMAL } satisfies Record<Register, DraftTemplates>,
} as const;
