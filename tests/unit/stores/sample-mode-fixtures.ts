import { DEFAULT_WEIGHTS } from '../../../src/lib/intro/weights';

/*
 * What a reader already has in this browser before they explore the sample network: people
 * (two Nguyễn Văn Anh at one company are two people), a tie, a log entry, a weigher draft in
 * progress and weights of their own. Written as the workbook writes them.
 */

/** The reader's own people, by name, in map order. */
export const readerStorage = {
  people: ['Nguyễn Văn Anh', 'Nguyễn Văn Anh', 'Trần Thị Lan'],
};

const STORED: Record<string, unknown> = {
  'syn:network': {
    v: 1,
    data: {
      people: [
        { id: 'p1', name: 'Nguyễn Văn Anh', company: 'FPT', contexts: ['workplace'] },
        { id: 'p2', name: 'Nguyễn Văn Anh', company: 'FPT', contexts: ['workplace'] },
        { id: 'p3', name: 'Trần Thị Lan', contexts: ['family'], ring: 'inner' },
      ],
      ties: [{ a: 'p1', b: 'p3', strength: 'strong' }],
    },
  },
  'syn:introductions': {
    v: 2,
    data: [
      {
        id: 'i-own-1',
        personA: { kind: 'person', personId: 'p1' },
        personB: { kind: 'typed', name: 'Chị Mai' },
        date: '2026-11-20',
        purpose: 'Tìm việc',
      },
    ],
  },
  'syn:intro-weigher': { v: 2, data: { purpose: 'Góp ý CV' } },
  'syn:intro-weights': {
    v: 1,
    data: {
      // Weights of their own: the defaults, with sensitivity weighed more.
      factors: { ...DEFAULT_WEIGHTS.factors, sensitivity: 2 },
    },
  },
};

/** Puts the reader's data in localStorage, as it would be before the page loads. */
export function storeReaderData(): void {
  for (const [key, value] of Object.entries(STORED)) {
    localStorage.setItem(key, JSON.stringify(value));
  }
}

/** Every key and value in localStorage, in key order, as one text to compare byte for byte. */
export function storageText(): string {
  // What the browser holds once the map's waiting write is made (it waits for a paint).
  window.dispatchEvent(new Event('pagehide'));
  const entries: [string, string | null][] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i) as string;
    entries.push([key, localStorage.getItem(key)]);
  }
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
