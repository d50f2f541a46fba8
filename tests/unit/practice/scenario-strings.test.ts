import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { scenarioKey } from '../../../src/lib/practice/scenario-key';
import { OPTION_IDS, SCENARIOS } from '../../../src/lib/practice/scenarios';

describe('the words of every scenario', () => {
  it('exist in both languages: a prompt, each option and why it is or is not right', () => {
    for (const strings of [vi, en] as Record<string, string>[]) {
      for (const scenario of SCENARIOS) {
        const keys = [
          scenarioKey(scenario, 'prompt'),
          ...OPTION_IDS.flatMap((o) => [
            scenarioKey(scenario, o),
            scenarioKey(scenario, `${o}.why`),
          ]),
        ];
        for (const key of keys) expect(strings[key], key).toBeTruthy();
      }
    }
  });

  it('explain the right option as right and the others as not', () => {
    for (const [strings, right] of [
      [vi, 'Đúng.'],
      [en, 'Right.'],
    ] as const) {
      for (const scenario of SCENARIOS) {
        for (const option of OPTION_IDS) {
          const why =
            (strings as Record<string, string>)[scenarioKey(scenario, `${option}.why`)] ?? '';
          expect(why.startsWith(right), `${scenario.id} ${option}`).toBe(
            option === scenario.correct,
          );
        }
      }
    }
  });
});

/** Which `widgets` id each exercise component stands for in a lesson's MDX. */
const COMPONENT_WIDGET: Record<string, string> = {
  SelfCheckExercise: 'self-check',
  ImportExercise: 'import',
  IntroductionExercise: 'introduction-weigher',
  FocusPlanExercise: 'focus-plan',
  RetrievalPracticeExercise: 'retrieval-practice',
  SpreadExercise: 'spread',
};

describe('each lesson’s widgets frontmatter', () => {
  it('lists exactly the exercises the lesson embeds, plus its reflection', () => {
    for (const locale of ['vi', 'en']) {
      for (const id of [
        'network-as-resource',
        'where-networks-grow',
        'needs-without-manipulation',
        'social-media-with-focus',
        'share-with-care',
        'practice',
      ]) {
        const source = readFileSync(`content/lessons/${locale}/${id}.mdx`, 'utf8');
        const listed = /^widgets: \[(.*)\]$/m.exec(source)?.[1] ?? '';
        const widgets = new Set([...listed.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]));
        const embedded = new Set(['reflection']);
        for (const tag of source.matchAll(/^<([A-Z]\w+)([^>]*)\/>/gm)) {
          const name = tag[1] ?? '';
          if (name === 'NetworkMapExercise') {
            embedded.add(/view="lens"/.test(tag[2] ?? '') ? 'diversity-lens' : 'network-map');
          } else if (COMPONENT_WIDGET[name]) embedded.add(COMPONENT_WIDGET[name]);
        }
        expect(widgets, `${locale}/${id}`).toEqual(embedded);
      }
    }
  });
});
