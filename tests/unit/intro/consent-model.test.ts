import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENTS, type Consent } from '../../../src/lib/intro/consent';
import {
  answerSide,
  chooseSide,
  sideKey,
  type SideChoice,
} from '../../../src/lib/intro/draft-memory';
import { partyKey } from '../../../src/lib/intro/party';
import { recordFromInput } from '../../../src/lib/intro/record-from-input';
import {
  draftToInput,
  emptyWeigherDraft,
  type WeigherDraft,
} from '../../../src/lib/intro/weigher-draft';
import { SIDES, otherSide, type Side } from '../../../src/lib/intro/weigher-input';
import { personSchema } from '../../../src/lib/network/person';

/*
 * Model-based: random sequences of what a reader does in the weigher (choose, swap, clear people,
 * answer "have you asked them?", log) must never show or log a consent for a person that the
 * reader did not give for that person in that introduction, nor with another day.
 */

// Two people called Nguyễn Văn Anh at one company are two people.
const people = ['Nguyễn Văn Anh', 'Nguyễn Văn Anh', 'Trần Thị Lan', 'Lê Minh', 'Phạm Hoa'].map(
  (name, index) =>
    v.parse(personSchema, { id: `p${index}`, name, company: 'FPT', preference: 'ask' }),
);
const TYPED = ['Tuấn', 'tuấn ', 'Bình'];

/** One consent the reader gave: about `person`, with `partner` on the other side (or nobody). */
interface Given {
  person: string;
  partner: string | null;
  consent: Consent;
  day: string;
}

interface Model {
  given: Given[];
  day: number;
}
interface Real {
  draft: WeigherDraft;
}

const dayOf = (n: number) =>
  `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

function keys(draft: WeigherDraft) {
  return { a: sideKey(draft.a, people), b: sideKey(draft.b, people) };
}

/** What the weigher shows for each side must have been given by the reader for that pair. */
function checkShown(model: Model, draft: WeigherDraft): void {
  const now = keys(draft);
  for (const side of SIDES) {
    const person = now[side];
    const { consent, consentDate } = draft[side];
    if (person === null || consent === 'not-asked') continue;
    const partner = now[otherSide(side)];
    const source = model.given.some(
      (given) =>
        given.person === person &&
        given.consent === consent &&
        given.day === consentDate &&
        (given.partner === partner || given.partner === null),
    );
    expect(source, `${consent} shown for ${person} with ${partner ?? 'nobody'}`).toBe(true);
  }
}

class Choose implements fc.Command<Model, Real> {
  constructor(
    readonly side: Side,
    readonly choice: SideChoice,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.day += 1;
    real.draft = chooseSide(real.draft, this.side, this.choice, people);
    checkShown(model, real.draft);
  }
  toString = () => `choose(${this.side}, ${this.choice.personId || this.choice.typedName || '—'})`;
}

class Swap implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const { a, b } = real.draft;
    const pick = ({ mode, personId, typedName }: SideChoice) => ({ mode, personId, typedName });
    real.draft = chooseSide(real.draft, 'a', pick(b), people);
    real.draft = chooseSide(real.draft, 'b', pick(a), people);
    checkShown(model, real.draft);
  }
  toString = () => 'swap';
}

class Answer implements fc.Command<Model, Real> {
  constructor(
    readonly side: Side,
    readonly consent: Consent,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.day += 1;
    const day = dayOf(model.day);
    const before = real.draft[this.side].consent;
    real.draft = answerSide(real.draft, this.side, { consent: this.consent }, day);
    const now = keys(real.draft);
    const person = now[this.side];
    if (person !== null && this.consent !== 'not-asked' && this.consent !== before) {
      model.given.push({ person, partner: now[otherSide(this.side)], consent: this.consent, day });
    }
    checkShown(model, real.draft);
  }
  toString = () => `answer(${this.side}, ${this.consent})`;
}

class Log implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const input = draftToInput(real.draft, people);
    if (input === null) return;
    const record = recordFromInput(input, 'i-1', dayOf(model.day), {
      a: real.draft.a.consentDate,
      b: real.draft.b.consentDate,
    });
    const logged = [
      {
        person: partyKey(record.personA),
        partner: partyKey(record.personB),
        consent: record.consentA,
        day: record.consentADate,
      },
      {
        person: partyKey(record.personB),
        partner: partyKey(record.personA),
        consent: record.consentB,
        day: record.consentBDate,
      },
    ];
    for (const entry of logged) {
      if (entry.consent === 'not-asked') continue;
      const source = model.given.some(
        (given) =>
          given.person === entry.person &&
          given.consent === entry.consent &&
          given.day === entry.day &&
          (given.partner === entry.partner || given.partner === null),
      );
      expect(source, `logged ${entry.consent} for ${entry.person}`).toBe(true);
    }
  }
  toString = () => 'log';
}

const side = fc.constantFrom<Side>('a', 'b');
const choice: fc.Arbitrary<SideChoice> = fc.oneof(
  fc.constantFrom(
    ...people.map((person) => ({ mode: 'map' as const, personId: person.id, typedName: '' })),
  ),
  fc.constantFrom(
    ...TYPED.map((typedName) => ({ mode: 'typed' as const, personId: '', typedName })),
  ),
  fc.constant({ mode: 'map' as const, personId: '', typedName: '' }),
);
const commands = [
  fc.tuple(side, choice).map(([which, picked]) => new Choose(which, picked)),
  fc.constant(new Swap()),
  fc
    .tuple(side, fc.constantFrom(...CONSENTS))
    .map(([which, consent]) => new Answer(which, consent)),
  fc.constant(new Log()),
];

describe('the weigher’s consent, over any sequence of actions', () => {
  it('never shows or logs a consent the reader did not give for that person in that introduction', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (sequence) => {
        fc.modelRun(
          () => ({ model: { given: [], day: 0 }, real: { draft: emptyWeigherDraft() } }),
          sequence,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
