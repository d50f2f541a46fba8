import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { translator } from '../../../src/lib/i18n/translator';
import { contextLabeler } from '../../../src/lib/network/labels';
import { BUILTIN_CONTEXTS, RINGS } from '../../../src/lib/network/person';
import { isBuiltinContext, TRUST_LEVELS } from '../../../src/lib/network/vocabulary';

const own = [
  { id: 'c1', label: 'Running club' },
  { id: 'c2', label: 'Choir' },
];

describe('contextLabeler', () => {
  it('names built-in contexts in the reader’s language, their own by label, others as they are', () => {
    const label = contextLabeler(translator('en', en), own);
    expect(label('school')).toBe('School');
    expect(label('c2')).toBe('Choir');
    expect(label('linkedin-group')).toBe('linkedin-group');
    expect(label(null)).toBe('Unsorted');
  });

  it('speaks Vietnamese with the Vietnamese strings', () => {
    const label = contextLabeler(translator('vi', vi), []);
    expect(label('family')).toBe('Gia đình');
    expect(label(null)).toBe('Chưa xếp');
  });

  it('lets a reader’s own context named like a built-in id keep the built-in words', () => {
    // Custom context ids are generated (c1, c2…), so a clash means an import used the bare id.
    expect(contextLabeler(translator('en', en), [{ id: 'school', label: 'Mine' }])('school')).toBe(
      'School',
    );
  });
});

describe('the network vocabulary', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('has words for every ring, built-in context and trust level in %s', (_, strings) => {
    const keys = [
      ...RINGS.map((ring) => `ring.${ring}`),
      ...BUILTIN_CONTEXTS.map((context) => `context.${context}`),
      'context.none',
      ...TRUST_LEVELS.map((level) => `trust.${level}`),
    ];
    for (const key of keys) expect(strings, key).toHaveProperty([key]);
  });

  it('tells built-in contexts from a reader’s own', () => {
    expect(isBuiltinContext('workplace')).toBe(true);
    expect(isBuiltinContext('c1')).toBe(false);
    expect(isBuiltinContext('')).toBe(false);
  });
});
