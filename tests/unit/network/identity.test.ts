import { describe, expect, it } from 'vitest';
import {
  companyKey,
  compareIdentities,
  foldText,
  identityKeys,
  nameKey,
  type IdentityFields,
} from '../../../src/lib/network/identity';

const record = (fields: Partial<IdentityFields>) =>
  identityKeys({ name: '', company: '', emails: [], url: '', ...fields });

describe('foldText', () => {
  it('folds case, spaces and punctuation but keeps every diacritic', () => {
    expect(foldText('  PHẠM   Văn-Đức 🚀')).toBe('phạm văn đức');
    expect(foldText('Phạm')).not.toBe(foldText('Phâm'));
    expect(foldText('Pham')).not.toBe(foldText('Phạm'));
  });

  it('treats composed and decomposed spellings of one letter as the same text', () => {
    expect(foldText('Phạm'.normalize('NFD'))).toBe(foldText('Phạm'.normalize('NFC')));
  });

  it('reads compatibility letters as the letters they stand for', () => {
    expect(foldText('𝐀𝐧𝐧𝐚')).toBe('anna');
  });
});

describe('nameKey', () => {
  it('matches a name whatever the order of its words', () => {
    expect(nameKey('Thị Ánh Nguyễn')).toBe(nameKey('NGUYỄN thị  ánh'));
  });

  it('gives undefined for a name without letters', () => {
    expect(nameKey('🚀 !!')).toBeUndefined();
  });
});

describe('companyKey', () => {
  it('drops legal forms in English and Vietnamese', () => {
    expect(companyKey('Brightwater Labs, Inc.')).toBe('brightwater labs');
    expect(companyKey('Công ty TNHH Phần mềm Ánh Dương')).toBe('phần mềm ánh dương');
  });
});

describe('compareIdentities', () => {
  const viktor = { name: 'Viktor Phạm', company: 'Example Logistics' };

  it('calls records with the same profile link the same person whatever their names', () => {
    const a = record({ name: 'Viktor', url: 'https://vn.linkedin.com/in/viktor-pham/' });
    const b = record({ name: 'V. P.', url: 'linkedin.com/in/Viktor-Pham' });
    expect(compareIdentities(a, b)).toBe('same');
  });

  it('calls namesakes at one company with different links different people', () => {
    const a = record({ ...viktor, url: 'https://linkedin.com/in/viktor-pham-1' });
    const b = record({ ...viktor, url: 'https://linkedin.com/in/viktor-pham-2' });
    expect(compareIdentities(a, b)).toBe('different');
  });

  it('calls records with different links different people even when they share an address', () => {
    const shared = { ...viktor, emails: ['team@example.com'] };
    const a = record({ ...shared, url: 'https://linkedin.com/in/a' });
    const b = record({ ...shared, url: 'https://linkedin.com/in/b' });
    expect(compareIdentities(a, b)).toBe('different');
  });

  it('calls records sharing an address the same person when at most one has a link', () => {
    const a = record({ name: 'Lan', emails: ['Lan@Example.com'], url: 'linkedin.com/in/lan' });
    const b = record({ name: 'Ngô Lan', emails: ['x@y.org, lan@example.com'] });
    expect(compareIdentities(a, b)).toBe('same');
  });

  it('never matches a record with a link or an address on its name', () => {
    expect(compareIdentities(record({ ...viktor, url: 'linkedin.com/in/v' }), record(viktor))).toBe(
      'different',
    );
    expect(compareIdentities(record({ ...viktor, emails: ['v@x.org'] }), record(viktor))).toBe(
      'different',
    );
  });

  it('calls name-only records possibly the same when company and date agree where both have them', () => {
    expect(compareIdentities(record(viktor), record({ name: 'phạm viktor' }))).toBe(
      'possibly-same',
    );
    expect(
      compareIdentities(
        record({ ...viktor, since: '2021-03' }),
        record({ ...viktor, since: '2021-03' }),
      ),
    ).toBe('possibly-same');
  });

  it('keeps name-only records apart when company, date or a diacritic differs', () => {
    expect(compareIdentities(record(viktor), record({ ...viktor, company: 'Viettel' }))).toBe(
      'different',
    );
    expect(
      compareIdentities(record({ ...viktor, since: '2020' }), record({ ...viktor, since: '2021' })),
    ).toBe('different');
    expect(compareIdentities(record(viktor), record({ ...viktor, name: 'Viktor Phâm' }))).toBe(
      'different',
    );
  });
});
