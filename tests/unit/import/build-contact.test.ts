import { describe, expect, it } from 'vitest';
import { addDraft, buildContact, emptyReadContacts } from '../../../src/lib/import/build-contact';

describe('buildContact', () => {
  it('cleans the fields and suggests contexts and topics', () => {
    const built = buildContact({
      line: 2,
      name: '  Henrike   Vogelsang ',
      company: 'Nordlicht Energie GmbH',
      position: 'Senior Engineer',
      emails: ['MAILTO:h@example.org', 'h@EXAMPLE.org', 'not-an-address'],
      urls: ['javascript:alert(1)', 'https://h.example.org'],
      labels: ['Family', '* myContacts', 'family'],
    });
    expect(built).toMatchObject({
      ok: true,
      contact: {
        name: 'Henrike Vogelsang',
        nameSource: 'name',
        emails: ['h@example.org'],
        url: 'https://h.example.org/',
        labels: ['Family', '* myContacts'],
        contextHints: ['workplace', 'family'],
        topicHints: ['Senior Engineer'],
      },
    });
  });

  it('keeps labels named like Object.prototype keys as plain labels', () => {
    const built = buildContact({
      line: 1,
      name: 'A',
      labels: ['constructor', '__proto__', 'toString'],
    });
    expect(built).toMatchObject({
      ok: true,
      contact: { labels: ['constructor', '__proto__', 'toString'], contextHints: [] },
    });
  });

  it('treats a name that is an e-mail address as an address', () => {
    const built = buildContact({ line: 1, name: 'priya.r@example.com' });
    expect(built).toMatchObject({
      ok: true,
      contact: {
        name: 'priya.r@example.com',
        nameSource: 'email',
        emails: ['priya.r@example.com'],
      },
    });
  });

  it('keeps a dated row without a name as a hidden member', () => {
    expect(buildContact({ line: 1, name: ' ', since: '2022-06-02' })).toMatchObject({
      ok: true,
      contact: { name: '', nameSource: 'none' },
    });
  });

  it('shortens an overlong note and warns', () => {
    const built = buildContact({ line: 7, name: 'A', notes: 'x'.repeat(20_001) });
    expect(built.ok && built.contact.notes.length).toBe(20_000);
    expect(built.ok && built.warnings).toEqual([{ code: 'shortened', line: 7 }]);
  });

  it('rejects empty rows, rows with nothing identifying and overlong names', () => {
    expect(buildContact({ line: 1, name: '' })).toEqual({ ok: false, reason: 'empty-row' });
    expect(buildContact({ line: 1, name: '', hasPhone: true })).toEqual({
      ok: false,
      reason: 'no-identity',
    });
    expect(buildContact({ line: 1, name: 'x'.repeat(501) })).toEqual({
      ok: false,
      reason: 'invalid-field',
    });
  });
});

describe('addDraft', () => {
  it('files kept and rejected drafts with their lines', () => {
    const into = emptyReadContacts();
    addDraft(into, { line: 3, name: 'Kept' });
    addDraft(into, { line: 4, name: '' });
    expect(into.people.map((p) => p.line)).toEqual([3]);
    expect(into.rejected).toEqual([{ line: 4, reason: 'empty-row' }]);
  });
});
