import type { Translator } from '../../i18n/ui';
import { dataKey } from '../../lib/i18n/translator';
import type { Reason } from '../../lib/intro/reasons';
import type { VerdictResult } from '../../lib/intro/verdict';
import { otherSide, type Asker, type FactorId, type Side } from '../../lib/intro/weigher-input';
import { capitalise } from './capitalise';

/** What the sentences need besides the reason: names of both sides and who asked. */
export interface ReasonContext {
  t: Translator<'intro' | 'trust'>;
  locale: string;
  names: Record<Side, string>;
  asker: Asker;
}

/** The side a factor is about, for the per-person factors. */
const FACTOR_SIDE: Partial<Record<FactorId, Side>> = {
  preferenceA: 'a',
  preferenceB: 'b',
  trustA: 'a',
  trustB: 'b',
  benefitA: 'a',
  benefitB: 'b',
};

/** The key stem shared by the two sides of a per-person factor (`trustA` → `trust`). */
function factorKind(factor: FactorId): string {
  return FACTOR_SIDE[factor] ? factor.slice(0, -1) : factor;
}

/** The name a factor sentence is about: that side's, or the asker's for reciprocity. */
function factorPerson(factor: FactorId, context: ReasonContext): string {
  const side = FACTOR_SIDE[factor] ?? (context.asker === 'reader' ? undefined : context.asker);
  return side ? context.names[side] : '';
}

/**
 * A factor's short name for lists and tables, with the person's name where it has one.
 * @example factorName('trustB', context) // 'Trust in Lan'
 */
export function factorName(factor: FactorId, context: ReasonContext): string {
  const side = FACTOR_SIDE[factor];
  const name = context.t(
    dataKey(`intro.factorName.${factorKind(factor)}`),
    side ? { name: context.names[side] } : {},
  );
  return capitalise(name, context.locale);
}

/** The verdict as a headline and the next step as a sentence, with names in place of sides. */
export function verdictWords(
  result: VerdictResult,
  context: ReasonContext,
): { headline: string; body: string } {
  const { t, names } = context;
  if (result.verdict === 'ask-first' && result.askSide) {
    const params = { name: names[result.askSide], other: names[otherSide(result.askSide)] };
    const why = result.askWhy ? t(`intro.askWhy.${result.askWhy}`, params) : '';
    return {
      headline: capitalise(t('intro.verdict.ask-first', params), context.locale),
      body: [why, t('intro.verdict.ask-first.body', params)].filter(Boolean).join(' '),
    };
  }
  const bothYes = result.reasons.some((reason) => reason.code === 'both-consented');
  return {
    headline: t(`intro.verdict.${result.verdict}`),
    body:
      result.verdict === 'double-opt-in' && bothYes
        ? t('intro.verdict.both-yes.body')
        : t(`intro.verdict.${result.verdict}.body`),
  };
}

/** How an answer reads in the "show the working" table. */
export function answerLabel(
  factor: FactorId,
  answer: string | number,
  t: Translator<'intro' | 'trust'>,
): string {
  if (answer === 'not-applicable') return t('intro.working.notApplicable');
  if (answer === 'unknown') return t('intro.working.notAnswered');
  const kind = factorKind(factor);
  if (kind === 'preference') return t(dataKey(`intro.willingness.${answer}`));
  if (kind === 'trust') return t(dataKey(`trust.${answer}`));
  return t(dataKey(`intro.${kind}.${answer}`));
}

/** One factor's contribution as a sentence ("You trust Lan 4 out of 5."). */
export function factorSentence(
  factor: FactorId,
  answer: string | number,
  context: ReasonContext,
): string {
  const name = factorPerson(factor, context);
  const kind = factorKind(factor);
  const sentence =
    kind === 'trust'
      ? context.t('intro.why.trust', { name, trust: answer })
      : context.t(dataKey(`intro.why.${kind}.${answer}`), { name });
  return capitalise(sentence, context.locale);
}

/** A list of words joined the way the reader's language joins them ("a, b and c"). */
function joinList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * One reason of the verdict as a sentence in the reader's language, with names in place of sides
 * and words in place of codes: every reason code and every parameter is translated.
 */
export function reasonSentence(reason: Reason, context: ReasonContext): string {
  return capitalise(uncapitalisedSentence(reason, context), context.locale);
}

function uncapitalisedSentence(reason: Reason, context: ReasonContext): string {
  const { t } = context;
  switch (reason.code) {
    case 'factor-for':
    case 'factor-against':
      return factorSentence(reason.params.factor, reason.params.answer, context);
    case 'missing-information':
      return t('intro.reason.missing-information', {
        factors: joinList(
          reason.params.factors.map((factor) => factorName(factor, context)),
          context.locale,
        ),
      });
    case 'too-little-information':
      return t('intro.reason.too-little-information', {
        known: Math.round(reason.params.knownShare * 100),
        needed: Math.round(reason.params.minKnownShare * 100),
      });
    case 'sensitive-low-trust':
      return t('intro.reason.sensitive-low-trust', {
        name: context.names[reason.params.side],
        trust: reason.params.trust,
      });
    case 'preference-no':
    case 'consent-no':
    case 'preference-conflict':
    case 'sensitive-unknown-trust':
    case 'ask-preference-not-asked':
    case 'awaiting-answer':
      return t(`intro.reason.${reason.code}`, { name: context.names[reason.params.side] });
    case 'both-consented':
    case 'score-high':
    case 'score-mixed':
    case 'score-low':
      return t(`intro.reason.${reason.code}`);
  }
}
