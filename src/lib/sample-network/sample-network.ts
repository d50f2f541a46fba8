import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { orderedPair } from '../network/tie-key';
import { samplePeopleEn } from './people-en';
import { samplePeopleVi } from './people-vi';
import { SAMPLE_PEOPLE, SAMPLE_TIES } from './structure';

/** The words of one language's sample: who the reader is, and each person's name and work. */
export interface SamplePeopleText {
  /** One line on the invented reader the sample is drawn around. */
  reader: string;
  /** By id: name, position, company. */
  people: Readonly<Record<string, readonly [string, string, string]>>;
  /** Where the reader met each group, by context. */
  metWhere: Readonly<Partial<Record<string, string>>>;
  /**
   * What a few people know about and look for, by id: enough for the weigher to suggest pairs
   * and for "who could help" to answer while the reader explores the sample.
   */
  topics: Readonly<Partial<Record<string, SampleTopics>>>;
}

/** What one sample person knows about and is looking for. */
export interface SampleTopics {
  knows?: readonly string[];
  needs?: readonly string[];
}

const TEXTS = { vi: samplePeopleVi, en: samplePeopleEn } as const;

/** The languages the sample is written in. */
export type SampleLocale = keyof typeof TEXTS;

/** Who the sample's invented reader is, in one line. */
export function sampleReader(locale: SampleLocale): string {
  return TEXTS[locale].reader;
}

/**
 * The sample network in one language: 30 invented people, built fresh on each call so that no
 * caller can change another's copy. Nobody's real data; never stored.
 * @throws Error when a language's text misses a person of the shared structure
 */
export function sampleNetwork(locale: SampleLocale): Network {
  const text = TEXTS[locale];
  const people: Person[] = SAMPLE_PEOPLE.map((shape, index) => {
    const words = text.people[shape.id];
    if (words === undefined) {
      throw new Error(`sample-network/sampleNetwork: no ${locale} text for ${shape.id}`);
    }
    const [name, position, company] = words;
    const topics = text.topics[shape.id];
    return {
      id: shape.id,
      name,
      contexts: [shape.context],
      ring: shape.ring,
      trust: shape.trust,
      knowsAbout: [...(topics?.knows ?? [])],
      learnFrom: [],
      needs: [...(topics?.needs ?? [])],
      company,
      position,
      email: '',
      url: '',
      metWhere: text.metWhere[shape.context] ?? '',
      preference: shape.preference,
      notes: '',
      // Spread over 2025–2026 (one person a fortnight or so), so the growth chart has a shape.
      addedAt: new Date(Date.UTC(2025, 0, 1 + index * 17)).toISOString(),
    };
  });
  const ties = SAMPLE_TIES.map(([x, y, strength]) => {
    const [a, b] = orderedPair(x, y);
    return { a, b, strength };
  });
  return { people, ties, customContexts: [], issues: [] };
}
