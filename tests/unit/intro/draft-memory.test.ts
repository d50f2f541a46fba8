import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { answerSide, chooseSide, type SideChoice } from '../../../src/lib/intro/draft-memory';
import { introductionDrafts } from '../../../src/lib/intro/drafts';
import { recordFromInput } from '../../../src/lib/intro/record-from-input';
import { introductionVerdict } from '../../../src/lib/intro/verdict';
import { migrateWeigherDraftV1 } from '../../../src/lib/intro/weigher-draft-migration';
import {
  draftPeopleOf,
  draftToInput,
  emptyWeigherDraft,
  weigherDraftSchema,
  type WeigherDraft,
} from '../../../src/lib/intro/weigher-draft';
import { personSchema, type PersonInput } from '../../../src/lib/network/person';

const make = (input: PersonInput) => v.parse(personSchema, input);
const lan = make({ id: 'lan', name: 'Lan', preference: 'open', trust: 4 });
const tuan = make({ id: 'tuan', name: 'Tuấn', preference: 'open', trust: 5 });
const minh = make({ id: 'minh', name: 'Minh', preference: 'open', trust: 2 });
const binh = make({
  id: 'binh',
  name: 'Bình',
  preference: 'open',
  position: 'Design lead',
  company: 'Tiki',
});
const hoa = make({ id: 'hoa', name: 'Hoa', preference: 'ask', trust: 3 });
const people = [lan, tuan, minh, binh, hoa];
const DAY = '2026-12-04';

const onMap = (personId: string): SideChoice => ({ mode: 'map', personId, typedName: '' });

/** A weigher with `a` and `b` chosen, in that order, as the reader would pick them. */
function pair(a: string, b: string): WeigherDraft {
  return chooseSide(chooseSide(emptyWeigherDraft(), 'a', onMap(a), people), 'b', onMap(b), people);
}

describe('answers belong to people, not to sides', () => {
  it('does not let Minh inherit the yes Tuấn gave when Minh takes Tuấn’s place', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'b', { consent: 'yes' }, DAY);
    draft = chooseSide(draft, 'b', onMap('minh'), people);
    expect(draft.b.consent).toBe('not-asked');
    expect(draft.b.consentDate).toBe('');
    const input = draftToInput(draft, people)!;
    expect(introductionVerdict(input).reasons).not.toContainEqual({
      code: 'both-consented',
      params: {},
    });
    expect(recordFromInput(input, 'i-1', DAY).consentB).toBe('not-asked');
  });

  it('gives Tuấn his yes back when he returns to the same introduction', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'b', { consent: 'yes', benefit: 'much' }, DAY);
    draft = chooseSide(draft, 'b', onMap('minh'), people);
    draft = chooseSide(draft, 'b', onMap('tuan'), people);
    expect(draft.b).toMatchObject({ consent: 'yes', consentDate: DAY, benefit: 'much' });
  });

  it('does not carry a yes to one introduction over to another with the same person', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'b', { consent: 'yes' }, DAY);
    draft = chooseSide(draft, 'a', onMap('hoa'), people);
    expect(draft.b.personId).toBe('tuan');
    expect(draft.b.consent).toBe('not-asked');
  });

  it('does not pass the benefit answer on to the next person on the side', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'b', { benefit: 'much' }, DAY);
    draft = chooseSide(draft, 'b', onMap('minh'), people);
    expect(draft.b.benefit).toBe('unknown');
  });

  it('describes Bình as Bình, not with the description typed for Lan', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'a', { description: 'kế toán ở Đà Nẵng' }, DAY);
    draft = chooseSide(draft, 'a', onMap('binh'), people);
    expect(draft.a.description).toBe('Design lead, Tiki');
    draft = chooseSide(draft, 'a', onMap('lan'), people);
    expect(draft.a.description).toBe('kế toán ở Đà Nẵng');
  });

  it('takes trust from the map for someone new, and the reader’s own answer for someone known', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'b', { trust: 1 }, DAY);
    draft = chooseSide(draft, 'b', onMap('minh'), people);
    expect(draft.b.trust).toBe(2);
    draft = chooseSide(draft, 'b', onMap('tuan'), people);
    expect(draft.b.trust).toBe(1);
  });

  it('keeps the purpose only while the pair is unchanged, and gives it back to that pair', () => {
    let draft = { ...pair('lan', 'tuan'), purpose: 'cả hai làm dữ liệu y tế' };
    draft = chooseSide(draft, 'b', onMap('minh'), people);
    expect(draft.purpose).toBe('');
    draft = chooseSide(draft, 'b', onMap('tuan'), people);
    expect(draft.purpose).toBe('cả hai làm dữ liệu y tế');
  });

  it('lets "whose idea" follow the person who asked, not the side', () => {
    let draft: WeigherDraft = { ...pair('lan', 'tuan'), asker: 'b' };
    draft = chooseSide(draft, 'b', onMap('minh'), people);
    expect(draft.asker).toBe('reader');
  });

  it('keeps answers given before the second person was chosen, for the pair being formed', () => {
    let draft = chooseSide(emptyWeigherDraft(), 'a', onMap('lan'), people);
    draft = answerSide({ ...draft, purpose: 'cùng học thiết kế' }, 'a', { consent: 'asked' }, DAY);
    draft = chooseSide(draft, 'b', onMap('tuan'), people);
    expect(draft.purpose).toBe('cùng học thiết kế');
    expect(draft.a.consent).toBe('asked');
  });

  it('dates a consent when it is set, and removes the date when it goes back to "not asked"', () => {
    let draft = answerSide(pair('lan', 'tuan'), 'a', { consent: 'asked' }, '2026-12-01');
    draft = answerSide(draft, 'a', { consent: 'yes' }, DAY);
    expect(draft.a.consentDate).toBe(DAY);
    const record = recordFromInput(draftToInput(draft, people)!, 'i-1', DAY, {
      a: draft.a.consentDate,
      b: draft.b.consentDate,
    });
    expect(record).toMatchObject({ consentA: 'yes', consentADate: DAY, consentB: 'not-asked' });
    expect(record).not.toHaveProperty('consentBDate');
    draft = answerSide(draft, 'a', { consent: 'not-asked' }, DAY);
    expect(draft.a.consentDate).toBe('');
  });
});

describe('the drafts follow consent', () => {
  it('locks the introduction until both have said yes', () => {
    let draft = answerSide(pair('lan', 'hoa'), 'a', { consent: 'yes' }, DAY);
    const drafts = () =>
      introductionDrafts(draftToInput(draft, people)!, 'en', draftPeopleOf(draft, people, names));
    const names = { a: 'Lan', b: 'Hoa' };
    expect(drafts()).toMatchObject({ status: 'ready', locked: true });
    draft = answerSide(draft, 'b', { consent: 'yes' }, DAY);
    expect(drafts()).toMatchObject({ status: 'ready', locked: false });
  });

  it('advises asking Hoa first because she asked to be asked, and says so', () => {
    const result = introductionVerdict(draftToInput(pair('lan', 'hoa'), people)!);
    expect(result.askSide).toBe('b');
    expect(result.askWhy).toBe('wants-asking-first');
  });

  it('ends with a kind closing word after a no, and tells the other side nothing of who declined', () => {
    let draft = answerSide(pair('lan', 'hoa'), 'b', { consent: 'no' }, DAY);
    draft = answerSide(draft, 'a', { consent: 'yes' }, DAY);
    const drafts = introductionDrafts(
      draftToInput(draft, people)!,
      'en',
      draftPeopleOf(draft, people, { a: 'Lan', b: 'Hoa' }),
    );
    if (drafts.status !== 'declined') throw new Error('expected closing drafts');
    expect(drafts.closing.map((item) => item.to)).toEqual(['a', 'b']);
    expect(drafts.closing[0]!.body).not.toContain('Hoa');
    expect(drafts.closing[1]!.body).toContain('Thanks for letting me know');
  });
});

describe('reading a version 1 draft', () => {
  it('keeps every answer and maps the old one-word addresses to pairs', () => {
    const v1 = {
      a: { mode: 'map', personId: 'lan', consent: 'yes', trust: 4, viAddress: 'chị' },
      b: { mode: 'typed', typedName: 'Ông Sáu', consent: 'asked', viAddress: 'anh/chị' },
      purpose: 'cùng quê',
      asker: 'a',
    };
    const draft = v.parse(weigherDraftSchema, migrateWeigherDraftV1(v1));
    expect(draft.a).toMatchObject({
      personId: 'lan',
      consent: 'yes',
      trust: 4,
      viAddress: 'chị-tôi',
    });
    expect(draft.b).toMatchObject({
      typedName: 'Ông Sáu',
      consent: 'asked',
      viAddress: 'bạn-mình',
    });
    expect(draft).toMatchObject({ purpose: 'cùng quê', asker: 'a' });
    expect(draft.memory).toEqual({ people: {}, pairs: {} });
  });
});

describe('choosing a person with a whole side object', () => {
  it('takes only who it is, not answers riding along from the previous occupant', () => {
    const draft = answerSide(pair('lan', 'tuan'), 'b', { consent: 'yes' }, DAY);
    const next = chooseSide(draft, 'b', { ...draft.b, personId: 'minh' }, people);
    expect(next.b.consent).toBe('not-asked');
  });
});
