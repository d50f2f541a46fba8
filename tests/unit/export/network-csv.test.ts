import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  peopleTable,
  peopleToCsv,
  tiesToCsv,
  PEOPLE_COLUMNS,
} from '../../../src/lib/export/network-csv';
import { personSchema } from '../../../src/lib/network/person';
import { networkSchema, type Network } from '../../../src/lib/network/network';

const network: Network = {
  people: [
    v.parse(personSchema, {
      id: 'p1',
      name: 'Nguyễn Thị Ánh',
      contexts: ['workplace', 'c1'],
      company: '=HYPERLINK("http://evil.example")',
      knowsAbout: ['data', 'kinh tế'],
      notes: 'line one\n+line two',
      since: '2021-03',
    }),
    v.parse(personSchema, { id: 'p2', name: 'Lan', preference: 'open' }),
  ],
  ties: [
    { a: 'p1', b: 'p2', strength: 'strong' },
    { a: 'p2', b: 'p3', strength: 'weak' },
  ],
  customContexts: [{ id: 'c1', label: 'Running club' }],
  issues: [],
};

const read = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

describe('peopleToCsv', () => {
  it('writes one row per person under Gephi-style Id and Label columns', () => {
    const rows = read(peopleToCsv(network));
    expect(Object.keys(rows[0] ?? {})).toEqual([...PEOPLE_COLUMNS]);
    expect(rows[0]).toMatchObject({
      Id: 'p1',
      Label: 'Nguyễn Thị Ánh',
      Contexts: 'workplace; Running club',
      Ring: 'wider',
      Trust: '3',
      Preference: 'ask',
      KnowsAbout: 'data; kinh tế',
      Since: '2021-03',
    });
    expect(rows[1]).toMatchObject({ Id: 'p2', Label: 'Lan', Since: '', Preference: 'open' });
  });

  it('neutralises formulas, also on the lines of a multi-line note', () => {
    const rows = read(peopleToCsv(network));
    expect(rows[0]?.Company).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[0]?.Notes).toBe("line one\n'+line two");
  });

  it('writes only a header for an empty map', () => {
    expect(
      peopleToCsv({ people: [], ties: [], customContexts: [], issues: [] }, { bom: false }),
    ).toBe(`${PEOPLE_COLUMNS.join(',')}\r\n`);
  });
});

describe('tiesToCsv', () => {
  it('writes an undirected edge list, strong ties weighing 2 and weak ones 1', () => {
    expect(tiesToCsv(network, { bom: false })).toBe(
      'Source,Target,Type,Weight,Strength\r\np1,p2,Undirected,2,strong\r\np2,p3,Undirected,1,weak\r\n',
    );
  });
});

describe('peopleTable', () => {
  it('holds the header and one row per person, the cells peopleToCsv writes', () => {
    const network = v.parse(networkSchema, {
      people: [{ id: 'p1', name: '=Lan', contexts: ['c1', 'school'], since: '2019' }],
      customContexts: [{ id: 'c1', label: 'Runners' }],
    });
    const table = peopleTable(network);
    expect(table[0]).toEqual([...PEOPLE_COLUMNS]);
    // Cells as they are, before the formula guard peopleToCsv adds: =Lan, not '=Lan.
    expect(table[1]?.slice(0, 6)).toEqual(['p1', '=Lan', 'Runners; school', 'wider', 3, 'ask']);
    expect(table).toHaveLength(2);
  });
});
