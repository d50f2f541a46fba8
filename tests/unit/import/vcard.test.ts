import { describe, expect, it } from 'vitest';
import { readVCards } from '../../../src/lib/import/vcard';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');

describe('readVCards', () => {
  it('unfolds lines, also when the fold splits an escape', () => {
    const text = card(
      'VERSION:3.0',
      'FN:Tomasz',
      'NOTE:met at the meetup\\',
      '\t, then again\\nLikes',
      '  ROS2',
    );
    expect(readVCards(text).people[0]?.notes).toBe('met at the meetup, then again\nLikes ROS2');
  });

  it('decodes Android quoted-printable with soft line breaks and no leading space', () => {
    const text = card(
      'VERSION:2.1',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4E=67=75=79=E1=BB=85=6E=20=54=68=E1=BB=8B=20=50=68=C6=B0=C6=A1=6E=67=',
      '=20=54=68=E1=BA=A3=6F',
      'TEL;CELL;PREF:+1-202-555-0177',
    );
    const result = readVCards(text);
    expect(result.people[0]).toMatchObject({ name: 'Nguyễn Thị Phương Thảo', hasPhone: true });
  });

  it('reads bare 2.1 quoted-printable parameters and a base64 photo followed by an empty line', () => {
    const text = card(
      'VERSION:2.1',
      'N;QUOTED-PRINTABLE;CHARSET=UTF-8:L=C3=AA;B=E1=BA=A3o;;;',
      'PHOTO;ENCODING=BASE64;PNG:iVBORw0KGgo',
      ' AAAANSUhEUg',
      '',
      'EMAIL;HOME:bao@example.com',
    );
    expect(readVCards(text).people[0]).toMatchObject({
      name: 'Bảo Lê',
      hasPhoto: true,
      emails: ['bao@example.com'],
    });
  });

  it('resolves escapes and splits N and CATEGORIES on unescaped separators only', () => {
    const text = card(
      'VERSION:3.0',
      'N:Fernández de la Torre;Lucía,María;;Dra.;',
      'ORG:Brightwater Labs\\, Inc.;Platform',
      'TITLE:Director\\, Platform\\; EMEA',
      'CATEGORIES:Book Club\\, Hanoi,Friends',
      'item1.URL;type=pref:https\\://brightwater.example.com',
      'item1.X-ABLabel:_$!<HomePage>!$_',
    );
    expect(readVCards(text).people[0]).toMatchObject({
      name: 'Lucía María Fernández de la Torre', // no FN: given, additional, family from N
      company: 'Brightwater Labs, Inc.',
      position: 'Director, Platform; EMEA',
      labels: ['Book Club, Hanoi', 'Friends'],
      url: 'https://brightwater.example.com/',
    });
  });

  it('reads lower-case property names and BEGIN/END', () => {
    const text = 'begin:vcard\nversion:4.0\nfn:Marisol Q. Vance\nemail:m@example.com\nend:vcard\n';
    expect(readVCards(text).people[0]).toMatchObject({
      name: 'Marisol Q. Vance',
      emails: ['m@example.com'],
    });
  });

  it('keeps cards that lack END:VCARD: unclosed in the middle, truncated at the end', () => {
    const text = `${card('VERSION:3.0', 'FN:First')}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Second\r\nBEGIN:VCARD\r\nFN:Third\r\n`;
    const result = readVCards(text);
    expect(result.people.map((p) => p.name)).toEqual(['First', 'Second', 'Third']);
    // The first card takes lines 1–4; lines 5 and 8 begin the cards that were never closed.
    expect(result.warnings).toEqual([
      { code: 'unclosed-card', line: 5 },
      { code: 'truncated', line: 8 },
    ]);
  });

  it('marks company cards by KIND:org or X-ABShowAs:COMPANY', () => {
    const text = [
      card('VERSION:4.0', 'KIND:org', 'FN:Acme'),
      card('VERSION:3.0', 'N:;;;;', 'ORG:Harbor;', 'X-ABShowAs:COMPANY'),
    ].join('\r\n');
    expect(readVCards(text).people.map((p) => [p.name, p.isCompany])).toEqual([
      ['Acme', true],
      ['Harbor', true],
    ]);
  });

  it('rejects a card with nothing that identifies a person, and moves on', () => {
    const text = [card('VERSION:3.0', 'TEL:+1 202'), card('VERSION:3.0'), card('FN:Kept')].join(
      '\n',
    );
    const result = readVCards(text);
    expect(result.people.map((p) => p.name)).toEqual(['Kept']);
    // The first card takes lines 1–4, so the second begins on line 5.
    expect(result.rejected).toEqual([
      { line: 1, reason: 'no-identity' },
      { line: 5, reason: 'empty-row' },
    ]);
  });

  it('ignores lines outside cards and lines that are not properties', () => {
    const text = `garbage before\n${card('VERSION:3.0', 'this line has no colon', 'FN:Ok')}\ntrailing junk`;
    const result = readVCards(text);
    expect(result.cards).toBe(1);
    expect(result.people[0]?.name).toBe('Ok');
  });

  it('drops javascript: links and keeps vCard 4.0 yearless birthdays', () => {
    const text = card('VERSION:4.0', 'FN:X', 'URL:javascript:alert(1)', 'BDAY:--0821');
    expect(readVCards(text).people[0]).toMatchObject({ url: '', birthday: '--08-21' });
  });

  it('counts a VERSION named like an Object.prototype key as plain text', () => {
    const result = readVCards(
      [card('VERSION:__proto__', 'FN:A'), card('VERSION:constructor', 'FN:B')].join('\n'),
    );
    expect(Object.entries(result.versions)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
    ]);
  });
});
