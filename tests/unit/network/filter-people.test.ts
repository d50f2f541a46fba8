import { describe, expect, it } from 'vitest';
import { isEmptyFilter, matchesFilter } from '../../../src/lib/network/filter-people';
import { person } from './build-network';

const lan = person('p1', {
  contexts: ['workplace', 'school'],
  knowsAbout: ['Kinh tế vĩ mô'],
  preference: 'open',
});
const minh = person('p2', { learnFrom: ['Đầu tư'], needs: ['tuyển dụng'] });

describe('isEmptyFilter', () => {
  it('is true when nothing is chosen, or only blank space is typed', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ topic: '   ' })).toBe(true);
  });

  it('is false as soon as a context (even "none"), topic or preference is chosen', () => {
    expect(isEmptyFilter({ context: null })).toBe(false);
    expect(isEmptyFilter({ topic: 'a' })).toBe(false);
    expect(isEmptyFilter({ preference: 'ask' })).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('passes everyone through an empty filter', () => {
    expect(matchesFilter(lan, {})).toBe(true);
    expect(matchesFilter(minh, {})).toBe(true);
  });

  it('matches any of a person’s contexts, and null only people without one', () => {
    expect(matchesFilter(lan, { context: 'school' })).toBe(true);
    expect(matchesFilter(minh, { context: 'school' })).toBe(false);
    expect(matchesFilter(minh, { context: null })).toBe(true);
    expect(matchesFilter(lan, { context: null })).toBe(false);
  });

  it('finds part of a topic without case or diacritics, in known, learnt and needed topics', () => {
    expect(matchesFilter(lan, { topic: 'kinh te' })).toBe(true);
    expect(matchesFilter(minh, { topic: 'DAU TU' })).toBe(true);
    expect(matchesFilter(minh, { topic: 'tuyen' })).toBe(true);
    expect(matchesFilter(lan, { topic: 'dau tu' })).toBe(false);
  });

  it('needs every chosen criterion to hold', () => {
    expect(matchesFilter(lan, { context: 'workplace', preference: 'open' })).toBe(true);
    expect(matchesFilter(lan, { context: 'workplace', preference: 'ask' })).toBe(false);
    // minh's preference is the default, ask.
    expect(matchesFilter(minh, { preference: 'ask', topic: 'vi mo' })).toBe(false);
  });
});
