import fc from 'fast-check';
import type { Workbook } from '../../../src/lib/backup/backup-format';
import type { IntroductionRecord } from '../../../src/lib/intro/introduction-record';
import type { Progress } from '../../../src/lib/lessons/progress';
import type { Network } from '../../../src/lib/network/network';
import { BUILTIN_CONTEXTS, PREFERENCES, RINGS, type Person } from '../../../src/lib/network/person';

/**
 * Text a reader may type or import: full Unicode graphemes (Vietnamese, CJK, emoji with skin tones
 * and joiners), lone surrogates and control characters, HTML and formula look-alikes, and empty.
 */
export const anyText = (maxLength = 30) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom(
      '',
      ' ',
      'Nguyễn Thị Ánh',
      '👩🏽‍💻 Lan',
      '李小龙',
      '<img src=x onerror=alert(1)>',
      '=1+1',
    ),
  );

/** Objects as JSON.parse makes them: fast-check may otherwise drop their prototype. */
const PLAIN = { noNullPrototype: true } as const;

const tag = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constant('🎉'),
);
const isoTime = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const partialDate = fc.oneof(
  fc.integer({ min: 1950, max: 2039 }).map(String),
  fc
    .tuple(fc.integer({ min: 1950, max: 2039 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${String(y)}-${String(m).padStart(2, '0')}`),
  fc
    .date({ min: new Date('1950-01-01'), max: new Date('2039-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

/** A person as the map stores them, every field set (`since` present or absent). */
export const personArb = (id: string): fc.Arbitrary<Person> =>
  fc.record(
    {
      id: fc.constant(id),
      name: anyText(),
      contexts: fc.uniqueArray(fc.constantFrom(...BUILTIN_CONTEXTS, 'c1', 'c2'), { maxLength: 3 }),
      ring: fc.constantFrom(...RINGS),
      trust: fc.integer({ min: 1, max: 5 }),
      knowsAbout: fc.array(tag, { maxLength: 3 }),
      learnFrom: fc.array(tag, { maxLength: 2 }),
      needs: fc.array(tag, { maxLength: 2 }),
      company: anyText(),
      position: anyText(),
      email: anyText(),
      url: fc.oneof(fc.constant(''), fc.webUrl()),
      metWhere: anyText(),
      since: partialDate,
      preference: fc.constantFrom(...PREFERENCES),
      notes: anyText(200),
      addedAt: fc.oneof(fc.constant(''), isoTime),
    },
    {
      noNullPrototype: true,
      requiredKeys: [
        'id',
        'name',
        'contexts',
        'ring',
        'trust',
        'knowsAbout',
        'learnFrom',
        'needs',
        'company',
        'position',
        'email',
        'url',
        'metWhere',
        'preference',
        'notes',
        'addedAt',
      ],
    },
  );

/** A valid map: unique ids, ties between people on it in stored order, two custom contexts. */
export const networkArb: fc.Arbitrary<Network> = fc
  .integer({ min: 0, max: 8 })
  .chain((size) =>
    fc.record({
      people: fc.tuple(...Array.from({ length: size }, (_, i) => personArb(`p${String(i + 1)}`))),
      pairs: fc.uniqueArray(
        fc.tuple(
          fc.integer({ min: 1, max: Math.max(size, 1) }),
          fc.integer({ min: 1, max: Math.max(size, 1) }),
        ),
        {
          maxLength: size,
          selector: ([a, b]) => `${String(Math.min(a, b))}-${String(Math.max(a, b))}`,
        },
      ),
      strong: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      labels: fc.tuple(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 }),
        fc.constant('Câu lạc bộ chạy Hà Nội 🏃'),
      ),
      issues: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), {
        maxLength: 3,
      }),
    }),
  )
  .map(({ people, pairs, strong, labels, issues }) => ({
    people: [...people],
    ties: pairs
      .filter(([a, b]) => a !== b && a <= people.length && b <= people.length)
      .map(([a, b], index) => {
        const [x, y] = [`p${String(a)}`, `p${String(b)}`].sort() as [string, string];
        return {
          a: x,
          b: y,
          strength: strong[index] === true ? ('strong' as const) : ('weak' as const),
        };
      }),
    customContexts: [
      { id: 'c1', label: labels[0] },
      { id: 'c2', label: labels[1] },
    ],
    issues,
  }));

const lessonIds = fc.constantFrom('network-as-resource', 'where-networks-grow', 'practice', 'x');

/** Lesson progress: visits and completions by lesson id, the last lesson opened or not. */
export const progressArb: fc.Arbitrary<Progress> = fc.record(
  {
    visited: fc.dictionary(lessonIds, isoTime, { noNullPrototype: true, maxKeys: 4 }),
    done: fc.dictionary(lessonIds, isoTime, { noNullPrototype: true, maxKeys: 4 }),
    last: lessonIds,
  },
  { noNullPrototype: true, requiredKeys: ['visited', 'done'] },
);

/** Answers by id as the worksheet stores them; texts may be long, empty or any Unicode. */
export const answersArb = fc.record(
  {
    answers: fc.dictionary(
      fc.constantFrom(
        'q-a',
        'q-b',
        'q-d',
        'reflect-practice',
        'reflect-share-with-care',
        'before-1',
        'after-3',
      ),
      fc.record({ text: anyText(500), updatedAt: fc.oneof(fc.constant(''), isoTime) }, PLAIN),
      { noNullPrototype: true, maxKeys: 5 },
    ),
    unreadable: fc.constant({}),
  },
  PLAIN,
);

/** A focus plan: at most three goals with unique ids, check-ins in distinct ISO weeks. */
export const focusPlanArb = fc.record(
  {
    goals: fc.uniqueArray(
      fc.record(
        {
          id: fc.stringMatching(/^g-[a-z0-9]{1,8}$/),
          platform: anyText(200),
          minutesPerWeek: fc.option(fc.integer({ min: 0, max: 7 * 24 * 60 }), { nil: null }),
          offer: anyText(500),
        },
        PLAIN,
      ),
      { maxLength: 3, selector: (goal) => goal.id },
    ),
    checkIns: fc.uniqueArray(
      fc.record(
        {
          week: fc
            .tuple(fc.integer({ min: 2000, max: 2039 }), fc.integer({ min: 1, max: 52 }))
            .map(([year, week]) => `${String(year)}-W${String(week).padStart(2, '0')}`),
          minutes: fc.integer({ min: 0, max: 7 * 24 * 60 }),
          connected: fc.boolean(),
          note: anyText(200),
        },
        PLAIN,
      ),
      { maxLength: 6, selector: (checkIn) => checkIn.week },
    ),
    unreadable: fc.constant([]),
  },
  PLAIN,
);

/** An introduction log with unique ids. */
export const introductionsArb: fc.Arbitrary<IntroductionRecord[]> = fc.uniqueArray(
  fc.record(
    {
      id: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }),
      personA: fc.oneof(
        fc.record(
          { kind: fc.constant('person' as const), personId: fc.constantFrom('p1', 'p2') },
          PLAIN,
        ),
        fc.record(
          {
            kind: fc.constant('typed' as const),
            name: fc.constantFrom('Minh', 'Lan 🌸', 'Zoë'),
          },
          PLAIN,
        ),
      ),
      personB: fc.record(
        { kind: fc.constant('person' as const), personId: fc.constantFrom('p3') },
        PLAIN,
      ),
      direction: fc.constantFrom('given' as const, 'received' as const),
      purpose: anyText(100),
      date: fc.constantFrom('2024-02-29', '2026-01-05'),
      consentA: fc.constantFrom(
        'not-asked' as const,
        'asked' as const,
        'yes' as const,
        'no' as const,
      ),
      consentB: fc.constantFrom('not-asked' as const, 'yes' as const),
      followUp: fc.constant('2026-02-01'),
      outcome: fc.constantFrom('good' as const, 'pending' as const, 'bad' as const),
      acknowledged: fc.constantFrom(true, false, 'unknown' as const),
      notes: anyText(100),
    },
    {
      noNullPrototype: true,
      requiredKeys: [
        'id',
        'personA',
        'personB',
        'direction',
        'purpose',
        'date',
        'consentA',
        'consentB',
        'outcome',
        'acknowledged',
        'notes',
      ],
    },
  ),
  { maxLength: 4, selector: (record) => record.id },
);

/**
 * Data as a browser holds it: whatever JSON.parse gave back (so `-0` is already `0`, and a
 * `__proto__` key is an ordinary own key).
 */
const storedJson = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/**
 * A workbook: any mix of the known collections, plus collections a later version might add
 * (their data any JSON), each under its schema version.
 */
export const workbookArb: fc.Arbitrary<Workbook> = fc
  .record(
    {
      network: networkArb,
      progress: progressArb,
      answers: answersArb,
      'focus-plan': focusPlanArb,
      introductions: introductionsArb,
      settings: fc.record({ theme: fc.constantFrom('light', 'dark', 'system') }, PLAIN),
      extra: fc.dictionary(
        fc
          .stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
          .filter(
            (name) =>
              ![
                'network',
                'progress',
                'answers',
                'focus-plan',
                'introductions',
                'settings',
              ].includes(name),
          ),
        fc.record({ v: fc.integer({ min: 1, max: 9 }), data: storedJson }, PLAIN),
        { noNullPrototype: true, maxKeys: 3 },
      ),
    },
    { noNullPrototype: true, requiredKeys: ['extra'] },
  )
  .map(({ extra, ...known }) => {
    const workbook: Workbook = { ...extra };
    for (const [name, data] of Object.entries(known)) workbook[name] = { v: 1, data };
    return workbook;
  });
