import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/network/find-people';
import { person } from './build-network';

const labels: Record<string, string> = { school: 'Trường học', workplace: 'Nơi làm việc' };
const label = (context: string) => labels[context] ?? context;

const people = [
  person('p1', { name: 'Lan', knowsAbout: ['kinh tế vĩ mô'], trust: 3 }),
  person('p2', { name: 'Minh', company: 'Ngân hàng Kinh Tế', trust: 5 }),
  person('p3', { name: 'Hà', learnFrom: ['Kinh tế'], trust: 5, ring: 'inner' }),
  person('p4', { name: 'Quân', contexts: ['school'], position: 'Giáo viên kinh tế' }),
  person('p5', { name: 'Vy', knowsAbout: ['kinh tế'], trust: 3, ring: 'inner' }),
];

describe('findPeople', () => {
  it('finds "kinh te" in topics, company and position, whatever the accents', () => {
    const found = findPeople({ people }, 'kinh te', label);
    // knowsAbout first (Vy before Lan: same trust 3, Vy is in the inner ring), then learnFrom
    // (Hà), then company and position (Minh trust 5 before Quân trust 3).
    expect(found.map((helper) => helper.person.name)).toEqual(['Vy', 'Lan', 'Hà', 'Minh', 'Quân']);
    expect(found[1]?.reasons).toEqual([{ field: 'knowsAbout', text: 'kinh tế vĩ mô' }]);
    expect(found[4]?.reasons).toEqual([{ field: 'position', text: 'Giáo viên kinh tế' }]);
  });

  it('finds a context by the words the reader sees for it', () => {
    const found = findPeople({ people }, 'truong', label);
    expect(found.map((helper) => helper.person.name)).toEqual(['Quân']);
    expect(found[0]?.reasons).toEqual([{ field: 'context', context: 'school' }]);
  });

  it('finds nobody for an empty query or one that matches nothing', () => {
    expect(findPeople({ people }, '   ', label)).toEqual([]);
    expect(findPeople({ people }, 'zzz', label)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(findPeople({ people }, 'kinh', label, 2)).toHaveLength(2);
  });
});
