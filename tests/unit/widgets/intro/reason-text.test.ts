import { describe, expect, it } from 'vitest';
import { pickStrings } from '../../../../src/i18n/ui';
import { translator } from '../../../../src/lib/i18n/translator';
import { REASON_CODES, type Reason } from '../../../../src/lib/intro/reasons';
import { introductionVerdict } from '../../../../src/lib/intro/verdict';
import { FACTOR_IDS } from '../../../../src/lib/intro/weigher-input';
import {
  answerLabel,
  factorName,
  factorSentence,
  reasonSentence,
  verdictWords,
  type ReasonContext,
} from '../../../../src/widgets/intro/reason-text';
import { capitalise } from '../../../../src/widgets/intro/capitalise';
import { blankInput, goodInput } from '../../intro/weigher-fixtures';

function contextFor(locale: 'vi' | 'en', asker: ReasonContext['asker'] = 'a'): ReasonContext {
  const t = translator(locale, pickStrings(locale, ['intro.', 'trust.']));
  return { t, locale, names: { a: 'Minh', b: 'Lan' }, asker };
}

/** One reason of every code, with parameters as the verdict gives them. */
const EVERY_REASON: Reason[] = [
  { code: 'preference-no', params: { side: 'a' } },
  { code: 'consent-no', params: { side: 'b' } },
  { code: 'preference-conflict', params: { side: 'a', preference: 'no', consent: 'yes' } },
  { code: 'sensitive-low-trust', params: { side: 'b', trust: 2, lowTrustMax: 2 } },
  { code: 'sensitive-unknown-trust', params: { side: 'a' } },
  { code: 'ask-preference-not-asked', params: { side: 'b' } },
  { code: 'awaiting-answer', params: { side: 'a' } },
  { code: 'too-little-information', params: { knownShare: 0.27, minKnownShare: 0.5 } },
  { code: 'both-consented', params: {} },
  { code: 'missing-information', params: { factors: ['trustA', 'sensitivity'] } },
  { code: 'score-high', params: { score: 5, goAt: 2.5, stopBelow: 0 } },
  { code: 'score-mixed', params: { score: 1, goAt: 2.5, stopBelow: 0 } },
  { code: 'score-low', params: { score: -2, goAt: 2.5, stopBelow: 0 } },
  { code: 'factor-for', params: { factor: 'trustA', answer: 4, points: 0.5 } },
  { code: 'factor-against', params: { factor: 'reciprocity', answer: 'took-quiet', points: -1.5 } },
];

/** A sentence shows no untranslated key, placeholder or raw code. */
function expectTranslated(sentence: string) {
  expect(sentence).not.toMatch(/intro\.|[{}]|undefined|NaN/);
  expect(sentence.length).toBeGreaterThan(3);
}

describe('reasonSentence', () => {
  it('covers every reason code', () => {
    expect(EVERY_REASON.map((reason) => reason.code).sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(['vi', 'en'] as const)('translates every reason and its parameters (%s)', (locale) => {
    for (const reason of EVERY_REASON) expectTranslated(reasonSentence(reason, contextFor(locale)));
  });

  it('names the side and writes shares as percentages', () => {
    const en = contextFor('en');
    expect(reasonSentence(EVERY_REASON[0] as Reason, en)).toMatch(/^Minh does not want/);
    // knownShare 0.27 → 27 %, minKnownShare 0.5 → 50 %.
    expect(reasonSentence(EVERY_REASON[7] as Reason, en)).toContain('only 27% of what counts');
    expect(reasonSentence(EVERY_REASON[7] as Reason, en)).toContain('at least 50%');
  });

  it('lists missing factors by name, joined the language’s way', () => {
    expect(reasonSentence(EVERY_REASON[9] as Reason, contextFor('en'))).toBe(
      'Not answered yet: Trust in Minh and Sensitivity.',
    );
    expect(reasonSentence(EVERY_REASON[9] as Reason, contextFor('vi'))).toBe(
      'Chưa trả lời: Mức tin tưởng dành cho Minh và Độ nhạy cảm.',
    );
  });

  it.each(['vi', 'en'] as const)('translates every reason a real verdict gives (%s)', (locale) => {
    const inputs = [
      blankInput(),
      goodInput(),
      goodInput((draft) => {
        draft.b['preference'] = 'no';
        draft['asker'] = 'b';
        draft['reciprocity'] = 'took-quiet';
      }),
    ];
    for (const input of inputs) {
      for (const reason of introductionVerdict(input).reasons) {
        expectTranslated(reasonSentence(reason, contextFor(locale)));
      }
    }
  });
});

describe('factorSentence', () => {
  it.each(['vi', 'en'] as const)('has a sentence for every answer that scores (%s)', (locale) => {
    const context = contextFor(locale);
    const answers: Record<string, (string | number)[]> = {
      preference: ['said-yes', 'open', 'ask', 'no', 'said-no'],
      sensitivity: ['low', 'medium', 'high'],
      trust: [1, 2, 3, 4, 5],
      reciprocity: ['returned', 'took-quiet'],
      bypassRisk: ['low', 'medium', 'high'],
      benefit: ['none', 'some', 'much'],
      benefitReader: ['none', 'some', 'much'],
      sharedContext: ['yes', 'no'],
    };
    for (const factor of FACTOR_IDS) {
      const kind = /[AB]$/.test(factor) ? factor.slice(0, -1) : factor;
      for (const answer of answers[kind] ?? []) {
        expectTranslated(factorSentence(factor, answer, context));
      }
    }
  });

  it('speaks of the asker for reciprocity', () => {
    expect(factorSentence('reciprocity', 'returned', contextFor('en', 'b'))).toBe(
      'Lan has credited you or helped back before.',
    );
  });
});

describe('factorName', () => {
  it('names per-person factors after the person, capitalised', () => {
    const context = { ...contextFor('vi'), names: { a: 'người thứ nhất', b: 'Lan' } };
    expect(factorName('preferenceA', context)).toBe('Mong muốn của người thứ nhất');
    expect(factorName('trustB', context)).toBe('Mức tin tưởng dành cho Lan');
    expect(factorName('bypassRisk', context)).toBe('Nguy cơ bị gạt ra');
  });
});

describe('answerLabel', () => {
  it('words answers, unknowns and answers that do not apply', () => {
    const { t } = contextFor('en');
    // Trust is worded as on the map (trust.*), so both exercises say the same.
    expect(answerLabel('trustA', 4, t)).toBe('4 — a lot');
    expect(answerLabel('preferenceB', 'said-no', t)).toBe('said no');
    expect(answerLabel('bypassRisk', 'high', t)).toBe('Very likely');
    expect(answerLabel('sensitivity', 'unknown', t)).toBe('not answered');
    expect(answerLabel('reciprocity', 'not-applicable', t)).toBe('does not apply');
  });
});

describe('verdictWords', () => {
  it('names the side to ask first and the other one', () => {
    const result = introductionVerdict(blankInput({ sensitivity: 'low' }));
    const words = verdictWords(
      { ...result, verdict: 'ask-first', askSide: 'b', askWhy: 'trusted-less' },
      contextFor('en'),
    );
    expect(words).toEqual({
      headline: 'Ask Lan first',
      body: 'You trust Lan less than Minh. Ask Lan whether they want this introduction before you say anything to Minh.',
    });
  });

  it('says the introduction can be sent when both said yes', () => {
    const input = goodInput((draft) => {
      draft.a['consent'] = 'yes';
      draft.b['consent'] = 'yes';
    });
    expect(verdictWords(introductionVerdict(input), contextFor('en')).body).toBe(
      'Both have said yes. You can send the introduction.',
    );
  });
});

describe('capitalise', () => {
  it('raises the first letter, Vietnamese included', () => {
    expect(capitalise('đừng giới thiệu', 'vi')).toBe('Đừng giới thiệu');
    expect(capitalise('', 'en')).toBe('');
  });
});
