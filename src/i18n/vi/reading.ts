/** Boxes beside the lesson text and the glossary's index (Vietnamese). */
export const reading = {
  'aside.research': 'Nghiên cứu',
  'aside.tip': 'Gợi ý',
  'aside.caution': 'Lưu ý',
  'aside.source': 'Nguồn:',
  'glossary.index': 'Các mục từ',
} as const;
