import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlierDate, mergeFields } from '../../../src/lib/network/merge-fields';
import { mergePeople, unmergePeople } from '../../../src/lib/network/merge-people';
import type { Network } from '../../../src/lib/network/network';
import { RINGS } from '../../../src/lib/network/person';
import { tieKey } from '../../../src/lib/network/tie-key';
import { topicKey } from '../../../src/lib/network/topic-key';
import { buildNetwork, person } from './build-network';

// Two records of one "Nguyễn Văn Anh": one typed by hand, one imported from LinkedIn.
const typed = person('p1', {
  name: 'Anh Nguyễn',
  contexts: ['workplace'],
  ring: 'wider',
  trust: 4,
  knowsAbout: ['logistics', 'Kinh tế'],
  preference: 'open',
  notes: 'Met at the Đà Nẵng fair.',
  since: '2021',
  addedAt: '2024-05-01T08:00:00.000Z',
});
const imported = person('p2', {
  name: 'Nguyễn Văn Anh',
  contexts: ['imported', 'school'],
  ring: 'close',
  trust: 2,
  knowsAbout: ['kinh te', 'shipping'],
  company: 'Example Logistics',
  url: 'https://www.linkedin.com/in/nguyen-van-anh-1',
  email: 'anh@example.org',
  preference: 'ask',
  notes: 'Connected on LinkedIn.',
  since: '2019-03-05',
  addedAt: '2025-01-10T08:00:00.000Z',
});

describe('mergePeople', () => {
  it('keeps the chosen record’s id and name and takes in everything the other held', () => {
    const network = buildNetwork([typed, imported, person('p3')], ['p2-p3']);
    const { network: after, person: merged } = mergePeople(network, 'p1', 'p2');
    expect(after.people.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(merged).toMatchObject({
      id: 'p1',
      name: 'Anh Nguyễn',
      // The typed record had been sorted: "Imported" no longer says anything about them.
      contexts: ['workplace', 'school'],
      ring: 'close',
      trust: 4,
      knowsAbout: ['logistics', 'Kinh tế', 'shipping'],
      company: 'Example Logistics',
      url: 'https://www.linkedin.com/in/nguyen-van-anh-1',
      email: 'anh@example.org',
      preference: 'ask',
      since: '2019-03-05',
      addedAt: '2024-05-01T08:00:00.000Z',
    });
    expect(merged.notes).toBe('Met at the Đà Nẵng fair.\n\nConnected on LinkedIn.');
    expect(after.ties).toEqual([{ a: 'p1', b: 'p3', strength: 'weak' }]);
  });

  it('writes a second, different profile link or e-mail into the notes rather than lose it', () => {
    const a = person('p1', { url: 'https://example.org/a', email: 'a@example.org' });
    const b = person('p2', { url: 'https://example.org/b', email: 'A@example.org ' });
    const { person: merged } = mergePeople(buildNetwork([a, b]), 'p1', 'p2');
    expect(merged.url).toBe('https://example.org/a');
    expect(merged.notes).toBe('https://example.org/b');
  });

  it('drops the tie between the two records and keeps the stronger tie to a shared friend', () => {
    const network = buildNetwork(
      [person('p1'), person('p2'), person('p3'), person('p4')],
      ['p1-p2', 'p1-p3', 'p2=p3', 'p2-p4'],
    );
    const { network: after } = mergePeople(network, 'p1', 'p2');
    expect(after.ties).toEqual([
      { a: 'p1', b: 'p3', strength: 'strong' },
      { a: 'p1', b: 'p4', strength: 'weak' },
    ]);
  });

  it('keeps "Imported" when neither record has been sorted yet', () => {
    const a = person('p1', { contexts: ['imported'] });
    const b = person('p2', { contexts: ['imported', 'workplace'] });
    expect(mergePeople(buildNetwork([a, b]), 'p1', 'p2').person.contexts).toEqual([
      'imported',
      'workplace',
    ]);
  });

  it('refuses to merge a person with themselves or with someone not on the map', () => {
    const network = buildNetwork([person('p1'), person('p2')]);
    expect(() => mergePeople(network, 'p1', 'p1')).toThrow(
      'network/mergePeople: cannot merge p1 with themselves',
    );
    expect(() => mergePeople(network, 'p1', 'p9')).toThrow('person p9 does not exist');
  });
});

describe('unmergePeople', () => {
  it('gives back both records and their ties exactly as they were', () => {
    const network = buildNetwork(
      [typed, imported, person('p3'), person('p4')],
      ['p1-p2', 'p1-p3', 'p2=p3', 'p2-p4'],
    );
    const { network: merged, undo } = mergePeople(network, 'p1', 'p2');
    const back = unmergePeople(merged, undo);
    expect(back.people).toEqual(network.people);
    expect(new Set(back.ties.map((t) => `${tieKey(t.a, t.b)}${t.strength}`))).toEqual(
      new Set(network.ties.map((t) => `${tieKey(t.a, t.b)}${t.strength}`)),
    );
  });

  it('keeps a person added after the merge', () => {
    const network = buildNetwork([person('p1'), person('p2')]);
    const { network: merged, undo } = mergePeople(network, 'p1', 'p2');
    const later: Network = { ...merged, people: [...merged.people, person('p3')] };
    expect(unmergePeople(later, undo).people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });
});

describe('earlierDate', () => {
  it('takes the earlier date, and the more precise one when both tell the same time', () => {
    expect(earlierDate('2021', '2019-03-05')).toBe('2019-03-05');
    expect(earlierDate('2019', '2019-03-05')).toBe('2019-03-05');
    expect(earlierDate('2019-04', '2019-03-30')).toBe('2019-03-30');
    expect(earlierDate(undefined, '2020')).toBe('2020');
    expect(earlierDate(undefined, undefined)).toBeUndefined();
  });
});

describe('mergeFields', () => {
  it('keeps the closer ring, the higher trust and the more careful preference', () => {
    const near = person('p1', { ring: 'inner', trust: 2, preference: 'no' });
    const far = person('p2', { ring: 'acquaintance', trust: 5, preference: 'open' });
    expect(mergeFields(far, near)).toMatchObject({ ring: 'inner', trust: 5, preference: 'no' });
  });
});

// Generated maps: a handful of people with a few contexts and topics and random ties.
const CONTEXTS = ['workplace', 'school', 'family', 'imported', 'c1'];
const TOPICS = ['kinh tế', 'Kinh te', 'logistics', 'giáo dục', 'y tế'];
const arbitraryNetwork = fc
  .record({
    size: fc.integer({ min: 2, max: 8 }),
    fields: fc.array(
      fc.record({
        contexts: fc.uniqueArray(fc.constantFrom(...CONTEXTS), { maxLength: 3 }),
        knowsAbout: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }),
        ring: fc.constantFrom(...RINGS),
      }),
      { minLength: 8, maxLength: 8 },
    ),
    ties: fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.boolean()), { maxLength: 20 }),
    pick: fc.tuple(fc.nat(7), fc.nat(7)),
  })
  .filter(({ size, pick }) => pick[0] % size !== pick[1] % size)
  .map(({ size, fields, ties, pick }) => {
    const everyone = fields
      .slice(0, size)
      .map((f, i) => person(`p${String(i + 1)}`, { ...f, name: 'Nguyễn Văn Anh' }));
    const seen = new Set<string>();
    const links: string[] = [];
    for (const [x, y, strong] of ties) {
      const [a, b] = [`p${String((x % size) + 1)}`, `p${String((y % size) + 1)}`];
      if (a === b || seen.has(tieKey(a, b))) continue;
      seen.add(tieKey(a, b));
      links.push(a < b ? `${a}${strong ? '=' : '-'}${b}` : `${b}${strong ? '=' : '-'}${a}`);
    }
    const keep = `p${String((pick[0] % size) + 1)}`;
    const drop = `p${String((pick[1] % size) + 1)}`;
    return { network: buildNetwork(everyone, links), keep, drop };
  });

describe('mergePeople on generated maps', () => {
  it('never loses a tie to a third person, a context or a topic, and removes exactly one person', () => {
    fc.assert(
      fc.property(arbitraryNetwork, ({ network, keep, drop }) => {
        const { network: after, person: merged } = mergePeople(network, keep, drop);
        expect(after.people).toHaveLength(network.people.length - 1);
        const pair = new Set([keep, drop]);
        const thirdParties = (net: Network, ids: Set<string>) =>
          new Set(
            net.ties.flatMap((t) =>
              ids.has(t.a) && !ids.has(t.b) ? [t.b] : ids.has(t.b) && !ids.has(t.a) ? [t.a] : [],
            ),
          );
        expect(thirdParties(after, new Set([keep]))).toEqual(thirdParties(network, pair));
        const both = network.people.filter((p) => pair.has(p.id));
        const sortedBefore = both.some(
          (p) => p.contexts.length > 0 && !p.contexts.includes('imported'),
        );
        for (const context of both.flatMap((p) => p.contexts)) {
          if (context === 'imported' && sortedBefore) continue;
          expect(merged.contexts).toContain(context);
        }
        const topics = new Set(merged.knowsAbout.map(topicKey));
        for (const topic of both.flatMap((p) => p.knowsAbout)) {
          expect(topics).toContain(topicKey(topic));
        }
        // No self-tie, no pair stored twice.
        expect(after.ties.every((t) => t.a !== t.b)).toBe(true);
        expect(new Set(after.ties.map((t) => tieKey(t.a, t.b))).size).toBe(after.ties.length);
      }),
    );
  });

  it('is undone to the same people and ties', () => {
    fc.assert(
      fc.property(arbitraryNetwork, ({ network, keep, drop }) => {
        const { network: after, undo } = mergePeople(network, keep, drop);
        const back = unmergePeople(after, undo);
        expect(back.people).toEqual(network.people);
        const key = (net: Network) =>
          net.ties.map((t) => `${tieKey(t.a, t.b)}:${t.strength}`).sort();
        expect(key(back)).toEqual(key(network));
      }),
    );
  });
});
