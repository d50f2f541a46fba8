import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mergeNetworks } from '../../../src/lib/backup/merge-network';
import { networkSchema, type Network } from '../../../src/lib/network/network';
import { personSchema, type PersonInput } from '../../../src/lib/network/person';

const person = (input: PersonInput) => v.parse(personSchema, input);
const map = (input: Partial<Network>): Network => v.parse(networkSchema, input);

describe('mergeNetworks', () => {
  it('adds the people of the backup who are not on the map, keeping their ids when free', () => {
    const current = map({ people: [person({ id: 'p1', name: 'Lan' })] });
    const incoming = map({ people: [person({ id: 'p9', name: 'Minh' })] });
    const { network, report } = mergeNetworks(current, incoming);
    expect(network.people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Lan'],
      ['p9', 'Minh'],
    ]);
    expect(report).toEqual({ added: 1, matched: 0, tiesAdded: 0, contextsAdded: 0 });
  });

  it('gives a fresh id to a different person whose id is taken, and moves their ties with them', () => {
    // Both browsers counted p1, p2 for different people: ids alone say nothing.
    const current = map({
      people: [person({ id: 'p1', name: 'Lan' }), person({ id: 'p2', name: 'Hà' })],
    });
    const incoming = map({
      people: [person({ id: 'p1', name: 'Minh' }), person({ id: 'p2', name: 'Tuấn' })],
      ties: [{ a: 'p1', b: 'p2', strength: 'strong' }],
    });
    const { network } = mergeNetworks(current, incoming);
    expect(network.people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Lan'],
      ['p2', 'Hà'],
      ['p3', 'Minh'],
      ['p4', 'Tuấn'],
    ]);
    expect(network.ties).toEqual([{ a: 'p3', b: 'p4', strength: 'strong' }]);
  });

  it('recognises the same person by id and name, by link, by e-mail or by name and company', () => {
    const current = map({
      people: [
        person({ id: 'p1', name: 'Lan Ngo' }),
        person({ id: 'p2', name: 'A', url: 'https://www.linkedin.com/in/minh-tran' }),
        person({ id: 'p3', name: 'B', email: 'ha@example.com' }),
        person({ id: 'p4', name: 'Thị Ánh Nguyễn', company: 'Sông Hồng' }),
      ],
    });
    const incoming = map({
      people: [
        person({ id: 'p1', name: 'lan  ngo' }),
        person({ id: 'x2', name: 'Minh', url: 'https://vn.linkedin.com/in/Minh-Tran/' }),
        person({ id: 'x3', name: 'Hà', email: 'HA@example.com' }),
        person({ id: 'x4', name: 'Nguyễn Thị Ánh', company: 'Sông Hồng' }),
      ],
    });
    const { network, report } = mergeNetworks(current, incoming);
    expect(network.people).toHaveLength(4);
    expect(report).toMatchObject({ added: 0, matched: 4 });
  });

  it('fills only empty fields, joins tags and keeps the stricter introduction preference', () => {
    const current = map({
      people: [
        person({
          id: 'p1',
          name: 'Lan',
          company: 'Acme',
          notes: 'mine',
          contexts: ['workplace'],
          knowsAbout: ['energy'],
          preference: 'open',
          trust: 5,
        }),
      ],
    });
    const incoming = map({
      people: [
        person({
          id: 'p1',
          name: 'Lan',
          company: 'Other Co',
          position: 'CTO',
          notes: 'theirs',
          since: '2019',
          contexts: ['school', 'workplace'],
          knowsAbout: ['solar'],
          preference: 'no',
          trust: 1,
        }),
      ],
    });
    const [lan] = mergeNetworks(current, incoming).network.people;
    expect(lan).toMatchObject({
      company: 'Acme',
      position: 'CTO',
      notes: 'mine',
      since: '2019',
      contexts: ['workplace', 'school'],
      knowsAbout: ['energy', 'solar'],
      preference: 'no',
      trust: 5,
    });
  });

  it('joins custom contexts by label and renames a taken id', () => {
    const current = map({
      people: [person({ id: 'p1', name: 'Lan', contexts: ['c1'] })],
      customContexts: [{ id: 'c1', label: 'Hanoi runners' }],
    });
    const incoming = map({
      people: [
        person({ id: 'p2', name: 'Minh', contexts: ['c1'] }),
        person({ id: 'p3', name: 'Hà', contexts: ['c2'] }),
      ],
      customContexts: [
        { id: 'c1', label: 'Book club' },
        { id: 'c2', label: 'hanoi  RUNNERS' },
      ],
    });
    const { network, report } = mergeNetworks(current, incoming);
    expect(network.customContexts).toEqual([
      { id: 'c1', label: 'Hanoi runners' },
      { id: 'c2', label: 'Book club' },
    ]);
    expect(network.people.map((p) => p.contexts)).toEqual([['c1'], ['c2'], ['c1']]);
    expect(report.contextsAdded).toBe(1);
  });

  it('adds each tie once, drops ties to nobody, and joins the issues without repeats', () => {
    const current = map({
      people: [person({ id: 'p1', name: 'Lan' }), person({ id: 'p2', name: 'Minh' })],
      ties: [{ a: 'p1', b: 'p2', strength: 'weak' }],
      issues: ['Kinh tế'],
    });
    const incoming = map({
      people: [
        person({ id: 'p1', name: 'Lan' }),
        person({ id: 'p2', name: 'Minh' }),
        person({ id: 'p3', name: 'Hà' }),
      ],
      ties: [
        { a: 'p1', b: 'p2', strength: 'strong' },
        { a: 'p2', b: 'p3', strength: 'weak' },
      ],
      issues: ['kinh te', 'Schools'],
    });
    const { network, report } = mergeNetworks(current, incoming);
    expect(network.ties).toEqual([
      { a: 'p1', b: 'p2', strength: 'weak' },
      { a: 'p2', b: 'p3', strength: 'weak' },
    ]);
    expect(network.issues).toEqual(['Kinh tế', 'Schools']);
    expect(report.tiesAdded).toBe(1);
  });

  it('gives back a map that passes the schema and leaves both inputs unchanged', () => {
    const current = map({
      people: [person({ id: 'p1', name: 'Lan', contexts: ['c1'] })],
      customContexts: [{ id: 'c1', label: 'X' }],
    });
    const incoming = map({ people: [person({ id: 'p1', name: 'Other' })] });
    const before = JSON.stringify([current, incoming]);
    const { network } = mergeNetworks(current, incoming);
    expect(v.safeParse(networkSchema, network).success).toBe(true);
    expect(JSON.stringify([current, incoming])).toBe(before);
  });
});
