import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, scenariosOf } from '../../../src/lib/practice/scenarios';
import {
  practiceComplete,
  practiceScore,
  recordChoice,
  scenarioResult,
  type PracticeChoices,
} from '../../../src/lib/practice/scoring';
import {
  choosePractice,
  emptyProgress,
  progressMigrations,
  progressSchema,
} from '../../../src/lib/lessons/progress';
import { mergeProgress } from '../../../src/lib/backup/merge-progress';

const care = scenariosOf('share-with-care');
const [tetVisit, bypassed, privacy] = care;
const t1 = '2026-12-04T10:00:00.000Z';
const t2 = '2026-12-04T10:01:00.000Z';

describe('recordChoice', () => {
  it('keeps the first choice and replaces the latest on a second try', () => {
    let choices: PracticeChoices = {};
    choices = recordChoice(choices, 'share-with-care/1', 'b', t1);
    choices = recordChoice(choices, 'share-with-care/1', 'a', t2);
    expect(choices['share-with-care/1']).toEqual({ first: 'b', last: 'a', tries: 2, at: t2 });
  });

  it('leaves the other scenarios as they were', () => {
    const before = recordChoice({}, 'share-with-care/2', 'c', t1);
    const after = recordChoice(before, 'share-with-care/1', 'a', t2);
    expect(after['share-with-care/2']).toBe(before['share-with-care/2']);
  });
});

describe('scenarioResult', () => {
  it('is unanswered, then wrong after a wrong choice, then right after the right one', () => {
    if (!tetVisit) throw new Error('lesson 5 has scenarios');
    let choices: PracticeChoices = {};
    expect(scenarioResult(tetVisit, choices)).toBe('unanswered');
    const wrong = tetVisit.correct === 'a' ? 'b' : 'a';
    choices = recordChoice(choices, tetVisit.id, wrong, t1);
    expect(scenarioResult(tetVisit, choices)).toBe('wrong');
    choices = recordChoice(choices, tetVisit.id, tetVisit.correct, t2);
    expect(scenarioResult(tetVisit, choices)).toBe('right');
  });

  it('does not read a choice stored under "__proto__" or another inherited key', () => {
    if (!tetVisit) throw new Error('lesson 5 has scenarios');
    const choices = JSON.parse(
      '{"__proto__":{"first":"a","last":"a","tries":1,"at":""}}',
    ) as PracticeChoices;
    expect(scenarioResult({ ...tetVisit, id: '__proto__' }, {})).toBe('unanswered');
    expect(scenarioResult(tetVisit, choices)).toBe('unanswered');
  });
});

describe('practiceScore', () => {
  it('counts answered, right now, and right at the first try', () => {
    if (!tetVisit || !bypassed || !privacy) throw new Error('lesson 5 has three scenarios');
    const wrongFor = (correct: string) => (correct === 'a' ? 'b' : 'a');
    let choices: PracticeChoices = {};
    choices = recordChoice(choices, tetVisit.id, tetVisit.correct, t1);
    choices = recordChoice(choices, bypassed.id, wrongFor(bypassed.correct), t1);
    choices = recordChoice(choices, bypassed.id, bypassed.correct, t2);
    expect(practiceScore(care, choices)).toEqual({ total: 3, answered: 2, right: 2, firstTry: 1 });
    expect(practiceComplete(practiceScore(care, choices))).toBe(false);
    choices = recordChoice(choices, privacy.id, privacy.correct, t2);
    expect(practiceComplete(practiceScore(care, choices))).toBe(true);
  });

  it('ignores choices for scenarios of other lessons', () => {
    const choices = recordChoice({}, 'where-networks-grow/1', 'a', t1);
    expect(practiceScore(care, choices).answered).toBe(0);
  });

  it('is never complete for a lesson without scenarios', () => {
    expect(practiceComplete(practiceScore(scenariosOf('practice'), {}))).toBe(false);
  });
});

describe('the scenarios of lessons 1–5', () => {
  it('give each of lessons 1–5 two or three scenarios', () => {
    for (const lesson of [
      'network-as-resource',
      'where-networks-grow',
      'needs-without-manipulation',
      'social-media-with-focus',
      'share-with-care',
    ]) {
      expect(scenariosOf(lesson).length, lesson).toBeGreaterThanOrEqual(2);
      expect(scenariosOf(lesson).length, lesson).toBeLessThanOrEqual(3);
    }
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  it('do not always put the right answer in the same place', () => {
    expect(new Set(SCENARIOS.map((s) => s.correct)).size).toBe(3);
  });
});

describe('lesson progress with practice choices', () => {
  it('reads a version-1 value (no practice) and records a choice into it', () => {
    const stored = { visited: { 'network-as-resource': t1 }, done: {} };
    const migrated = v.parse(progressSchema, progressMigrations[1](stored));
    expect(migrated.visited).toEqual(stored.visited);
    const next = choosePractice(migrated, 'network-as-resource/1', 'b', t2);
    expect(next.practice?.['network-as-resource/1']?.last).toBe('b');
    expect(next.visited).toEqual(stored.visited);
  });

  it('refuses a stored choice that is not one of the options, rather than guessing', () => {
    const bad = {
      ...emptyProgress(),
      practice: { 'share-with-care/1': { first: 'z', last: 'a', tries: 1, at: t1 } },
    };
    expect(v.safeParse(progressSchema, bad).success).toBe(false);
  });

  it('keeps the choices of both browsers when a backup is merged, this browser winning', () => {
    const here = choosePractice(emptyProgress(), 'share-with-care/1', 'a', t2);
    const there = choosePractice(
      choosePractice(emptyProgress(), 'share-with-care/1', 'b', t1),
      'share-with-care/2',
      'b',
      t1,
    );
    const merged = mergeProgress(here, there);
    expect(merged.practice?.['share-with-care/1']?.last).toBe('a');
    expect(merged.practice?.['share-with-care/2']?.last).toBe('b');
  });
});
