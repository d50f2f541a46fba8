import type { VocabularyKey } from '../../lib/network/vocabulary';

/**
 * The network's shared words, one spelling each (Vietnamese): closeness rings, built-in contexts
 * and trust levels, as the map, the introduction weigher, the worksheet and the printed sheet show
 * them. Typed by `VocabularyKey`, so a ring or context added to the schema needs its words here.
 */
export const network: Record<VocabularyKey, string> = {
  'ring.inner': 'Vòng thân nhất',
  'ring.close': 'Vòng gần',
  'ring.wider': 'Vòng rộng',
  'ring.acquaintance': 'Người quen',

  'context.workplace': 'Nơi làm việc',
  'context.association': 'Hội nghề nghiệp',
  'context.school': 'Trường học',
  'context.community': 'Cộng đồng',
  'context.family': 'Gia đình',
  'context.online': 'Trên mạng',
  'context.imported': 'Liên hệ đã nhập',
  'context.other': 'Khác',
  'context.none': 'Chưa xếp',

  'trust.1': '1 — rất ít',
  'trust.2': '2 — hơi ít',
  'trust.3': '3 — vừa phải',
  'trust.4': '4 — nhiều',
  'trust.5': '5 — hoàn toàn',
};
