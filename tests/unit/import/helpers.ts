import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { personSchema, type Person, type PersonInput } from '../../../src/lib/network/person';
import { importContacts } from '../../../src/lib/import/import-contacts';
import type { ImportOutcome, ParsedImport } from '../../../src/lib/import/imported-contact';

const FIXTURES = fileURLToPath(new URL('../../fixtures/contacts/', import.meta.url));

/** The bytes of a file in tests/fixtures/contacts. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Windows-1252 bytes of a text made of Latin-1 letters (what a European spreadsheet writes). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`helpers/latin1: ${char} is not Latin-1`);
    return code;
  });
}

/** UTF-16 bytes, little or big endian, with or without a BOM. */
export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

/** Imports and fails the test unless the import succeeded. */
export function importOk(bytes: Uint8Array): ParsedImport {
  const outcome: ImportOutcome = importContacts(bytes);
  if (!outcome.ok) throw new Error(`helpers/importOk: ${outcome.error} (${outcome.detail})`);
  return outcome;
}

/** A person with the schema's defaults. */
export function person(input: PersonInput): Person {
  return v.parse(personSchema, input);
}
