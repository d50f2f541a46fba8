import * as v from 'valibot';
import type { IntroductionLog, IntroductionRecordInput } from '../intro/introduction-record';
import { introductionLogSchema } from '../intro/introduction-record';
import type { SampleLocale } from './sample-network';

/**
 * The sample reader's introduction log: a few introductions among the sample's people (ids of
 * structure.ts), so that the log, its follow-ups and the reciprocity tally have something to show
 * while the reader explores the sample. Invented, like the people; never stored.
 */
const SHAPES: readonly Omit<IntroductionRecordInput, 'purpose' | 'notes'>[] = [
  {
    // Across the workplace–alumni bridge: Hà's colleague meets a founder from her class.
    id: 'sample-1',
    personA: { kind: 'person', personId: 'w3' },
    personB: { kind: 'person', personId: 's3' },
    direction: 'given',
    date: '2026-03-12',
    consentA: 'yes',
    consentB: 'yes',
    outcome: 'good',
    acknowledged: true,
  },
  {
    // Her cousin introduced her to the association's secretary.
    id: 'sample-2',
    personA: { kind: 'person', personId: 'f6' },
    personB: { kind: 'person', personId: 'h3' },
    direction: 'received',
    date: '2026-05-20',
    consentA: 'yes',
    consentB: 'yes',
    outcome: 'good',
    acknowledged: true,
  },
  {
    // Still waiting on one side: a follow-up is due.
    id: 'sample-3',
    personA: { kind: 'person', personId: 'o3' },
    personB: { kind: 'person', personId: 'w1' },
    direction: 'given',
    date: '2026-10-02',
    consentA: 'yes',
    consentB: 'asked',
    followUp: '2026-12-15',
    outcome: 'pending',
  },
];

const WORDS: Record<SampleLocale, Record<string, readonly [purpose: string, notes: string]>> = {
  vi: {
    'sample-1': [
      'Huy cần người từng làm ứng dụng giao đồ ăn để góp ý cho tính năng đặt hàng.',
      'Hai người đã gặp nhau hai lần; Huy cảm ơn qua Zalo.',
    ],
    'sample-2': [
      'Anh Sơn giới thiệu để Hà hỏi về học bổng của hội đồng hương cho em trai.',
      'Nhớ báo lại cho anh Sơn kết quả.',
    ],
    'sample-3': [
      'Chị Yến tìm diễn giả cho buổi gặp mặt của nhóm “UX Việt”.',
      'Anh Quân chưa trả lời; hỏi lại sau hai tuần.',
    ],
  },
  en: {
    'sample-1': [
      'Daniel needed someone who had built a food delivery app to review the ordering feature.',
      'They have met twice; Daniel said thanks on WhatsApp.',
    ],
    'sample-2': [
      'Mark put Hannah in touch to ask about the society’s bursary for her brother.',
      'Remember to tell Mark how it went.',
    ],
    'sample-3': [
      'Hina is looking for a speaker for the next “UX North” meetup.',
      'Tom has not answered yet; ask again in two weeks.',
    ],
  },
};

/**
 * The sample log in one language, built fresh on each call (no caller can change another's).
 * @throws Error when a language's words miss a record (a test builds every language)
 */
export function sampleIntroductions(locale: SampleLocale): IntroductionLog {
  return v.parse(
    introductionLogSchema,
    SHAPES.map((shape) => {
      const words = WORDS[locale][shape.id];
      if (words === undefined) {
        throw new Error(`sample-network/sampleIntroductions: no ${locale} words for ${shape.id}`);
      }
      return { ...shape, purpose: words[0], notes: words[1] };
    }),
  );
}
