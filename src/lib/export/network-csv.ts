import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { toCsv, type CsvOptions } from './csv-cell';

/** Column names of the people file. `Id` and `Label` are the names Gephi's importer recognises. */
export const PEOPLE_COLUMNS = [
  'Id',
  'Label',
  'Contexts',
  'Ring',
  'Trust',
  'Preference',
  'Company',
  'Position',
  'Email',
  'URL',
  'MetWhere',
  'Since',
  'KnowsAbout',
  'LearnFrom',
  'Needs',
  'Notes',
  'AddedAt',
] as const;

/** Column names of the ties file, as Gephi's edge-list importer expects them. */
export const TIE_COLUMNS = ['Source', 'Target', 'Type', 'Weight', 'Strength'] as const;

// Several values in one cell; "; " reads well in a spreadsheet and splits easily in R.
const LIST_SEPARATOR = '; ';

/**
 * The people of the map as a node list: one row per person, readable in a spreadsheet, Gephi
 * (Id, Label) and R. Contexts the reader created are written by their label. Every text cell is
 * protected against formula injection.
 */
export function peopleToCsv(network: Network, options: CsvOptions = {}): string {
  return toCsv(peopleTable(network), options);
}

/**
 * The cells {@link peopleToCsv} writes, header row first, before quoting and formula
 * neutralisation: what a preview shows so that it matches the file exactly.
 */
export function peopleTable(network: Network): (string | number)[][] {
  const labels = new Map(network.customContexts.map((c) => [c.id, c.label]));
  const row = (p: Person) => [
    p.id,
    p.name,
    p.contexts.map((id) => labels.get(id) ?? id).join(LIST_SEPARATOR),
    p.ring,
    p.trust,
    p.preference,
    p.company,
    p.position,
    p.email,
    p.url,
    p.metWhere,
    p.since ?? '',
    p.knowsAbout.join(LIST_SEPARATOR),
    p.learnFrom.join(LIST_SEPARATOR),
    p.needs.join(LIST_SEPARATOR),
    p.notes,
    p.addedAt,
  ];
  return [[...PEOPLE_COLUMNS], ...network.people.map(row)];
}

/**
 * The ties of the map as an undirected edge list; a strong tie weighs 2 and a weak one 1, so that
 * Gephi and R's igraph draw and weigh them apart.
 */
export function tiesToCsv(network: Network, options: CsvOptions = {}): string {
  const rows = network.ties.map((tie) => [
    tie.a,
    tie.b,
    'Undirected',
    tie.strength === 'strong' ? 2 : 1,
    tie.strength,
  ]);
  return toCsv([[...TIE_COLUMNS], ...rows], options);
}
