import { readFactors, type FactorReading } from './factor-values';
import type { Reason } from './reasons';
import { DEFAULT_WEIGHTS, type Weights } from './weights';
import { SIDES, type FactorId, type Side, type WeigherInput } from './weigher-input';
import { askSideWhy, chooseAskSide, type AskWhy } from './ask-side';

/** The weigher's advice: introduce with a double opt-in, ask one side first, or do not introduce. */
export type Verdict = 'double-opt-in' | 'ask-first' | 'do-not';

/** One factor in the "show the working" view: its reading, its weight and the points it added. */
export interface FactorWorking extends FactorReading {
  weight: number;
  points: number;
}

/** Everything the weigher concluded, and how. */
export interface VerdictResult {
  verdict: Verdict;
  /** For `ask-first`: the side to ask before the other; otherwise null. */
  askSide: Side | null;
  /** For `ask-first`: why that side comes first, so the advice can say so. */
  askWhy?: AskWhy;
  /**
   * `rule`: a hard rule stopped it, or both sides already said yes; `cap`: a rule held it at "ask
   * first"; `score`: the weighted score alone.
   */
  decidedBy: 'rule' | 'cap' | 'score';
  /** Most influential first: rules, then missing information, the score band, then each factor. */
  reasons: Reason[];
  working: FactorWorking[];
  /** The weighted sum of every factor, rounded to two decimals. */
  score: number;
  /** Share of the applicable weight whose answer is known (0–1, two decimals). */
  knownShare: number;
  confidence: 'high' | 'medium' | 'low';
  /** Factors answered "unknown", in `FACTOR_IDS` order. */
  missing: FactorId[];
}

/** At or above this share of known weight, confidence is high (if it clears `minKnownShare`). */
const HIGH_CONFIDENCE_SHARE = 0.8;
/** Guards band comparisons against floating-point sums such as 2.4999999. */
const EPSILON = 1e-9;

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Rules that stop the introduction whatever the weights: a "no", or secrets for someone untrusted. */
function stopReasons(input: WeigherInput, weights: Weights): Reason[] {
  const reasons: Reason[] = [];
  for (const side of SIDES) {
    if (input[side].preference === 'no') reasons.push({ code: 'preference-no', params: { side } });
  }
  for (const side of SIDES) {
    if (input[side].consent === 'no') reasons.push({ code: 'consent-no', params: { side } });
  }
  for (const side of SIDES) {
    const { preference, consent } = input[side];
    if (preference === 'no' && consent === 'yes') {
      reasons.push({ code: 'preference-conflict', params: { side, preference, consent } });
    }
  }
  for (const side of SIDES) {
    const trust = input[side].trust;
    if (input.sensitivity === 'high' && trust !== 'unknown' && trust <= weights.lowTrustMax) {
      const params = { side, trust, lowTrustMax: weights.lowTrustMax };
      reasons.push({ code: 'sensitive-low-trust', params });
    }
  }
  return reasons;
}

/** Rules that allow at best "ask first": someone still to ask or to hear from, or too little known. */
function capReasons(input: WeigherInput, weights: Weights, knownShare: number): Reason[] {
  const reasons: Reason[] = [];
  for (const side of SIDES) {
    if (input[side].consent === 'asked')
      reasons.push({ code: 'awaiting-answer', params: { side } });
  }
  for (const side of SIDES) {
    const { preference, consent } = input[side];
    if (preference === 'ask' && consent === 'not-asked') {
      reasons.push({ code: 'ask-preference-not-asked', params: { side } });
    }
  }
  for (const side of SIDES) {
    if (input.sensitivity === 'high' && input[side].trust === 'unknown') {
      reasons.push({ code: 'sensitive-unknown-trust', params: { side } });
    }
  }
  if (knownShare + EPSILON < weights.minKnownShare) {
    const params = { knownShare: round2(knownShare), minKnownShare: weights.minKnownShare };
    reasons.push({ code: 'too-little-information', params });
  }
  return reasons;
}

function factorReasons(working: FactorWorking[]): Reason[] {
  return working
    .filter((item) => item.points !== 0)
    .sort((x, y) => Math.abs(y.points) - Math.abs(x.points))
    .map((item) => ({
      code: item.points > 0 ? 'factor-for' : 'factor-against',
      params: { factor: item.factor, answer: item.answer, points: item.points },
    }));
}

/**
 * Weighs an introduction. Hard rules come first and no weight can undo them: a side whose preference
 * is "do not introduce me" or who said no to this introduction stops it (that reason first), and so
 * does sharing something highly sensitive with someone trusted at or below `lowTrustMax`. Then the
 * factors are weighted and summed: at or above `goAt` recommends a double opt-in, below `stopBelow`
 * recommends not introducing, and in between asks one side first. A side that wants to be asked and
 * has not been, a side whose answer is awaited, high sensitivity with unknown trust, or too little
 * known (`minKnownShare`) hold the verdict at "ask first" at best. When both sides already said yes
 * nobody is left to ask, so "ask first" becomes a go-ahead.
 * @param weights reader-adjusted weights, already read with `sanitizeWeights`
 * @example introductionVerdict(input).verdict // 'ask-first'
 */
export function introductionVerdict(
  input: WeigherInput,
  weights: Weights = DEFAULT_WEIGHTS,
): VerdictResult {
  const working: FactorWorking[] = readFactors(input).map((reading) => {
    const weight = reading.applicable ? weights.factors[reading.factor] : 0;
    return {
      ...reading,
      weight,
      points: reading.value === null ? 0 : round2(reading.value * weight),
    };
  });
  const rawScore = working.reduce(
    (sum, item) => sum + (item.value === null ? 0 : item.value * item.weight),
    0,
  );
  const missing = working.filter((item) => item.applicable && item.value === null);
  const totalWeight = working.reduce((sum, item) => sum + item.weight, 0);
  const unknownWeight = missing.reduce((sum, item) => sum + item.weight, 0);
  const knownShare = totalWeight === 0 ? 1 : (totalWeight - unknownWeight) / totalWeight;
  const confidence =
    knownShare + EPSILON < weights.minKnownShare
      ? 'low'
      : knownShare + EPSILON >= HIGH_CONFIDENCE_SHARE
        ? 'high'
        : 'medium';

  const missingReasons: Reason[] =
    missing.length > 0
      ? [{ code: 'missing-information', params: { factors: missing.map((item) => item.factor) } }]
      : [];
  const base = {
    working,
    score: round2(rawScore),
    knownShare: round2(knownShare),
    confidence,
    missing: missing.map((item) => item.factor),
  } as const;

  const stops = stopReasons(input, weights);
  if (stops.length > 0) {
    const reasons = [...stops, ...missingReasons, ...factorReasons(working)];
    return { ...base, verdict: 'do-not', askSide: null, decidedBy: 'rule', reasons };
  }

  const bands = { score: round2(rawScore), goAt: weights.goAt, stopBelow: weights.stopBelow };
  if (rawScore + EPSILON < weights.stopBelow) {
    const reasons: Reason[] = [
      ...missingReasons,
      { code: 'score-low', params: bands },
      ...factorReasons(working),
    ];
    return { ...base, verdict: 'do-not', askSide: null, decidedBy: 'score', reasons };
  }

  const caps = capReasons(input, weights, knownShare);
  const scoreHigh = rawScore + EPSILON >= weights.goAt;
  const scoreReason: Reason = { code: scoreHigh ? 'score-high' : 'score-mixed', params: bands };
  const askSide = scoreHigh && caps.length === 0 ? null : chooseAskSide(input, caps);
  const bothConsented = input.a.consent === 'yes' && input.b.consent === 'yes';
  const lead: Reason[] = bothConsented ? [{ code: 'both-consented', params: {} }] : [];
  const reasons = [...lead, ...caps, ...missingReasons, scoreReason, ...factorReasons(working)];
  if (askSide === null) {
    // Either the score cleared `goAt` with nothing holding it back, or both sides already said yes.
    const decidedBy = scoreHigh && caps.length === 0 ? 'score' : 'rule';
    return { ...base, verdict: 'double-opt-in', askSide: null, decidedBy, reasons };
  }
  const decidedBy = scoreHigh ? 'cap' : 'score';
  const askWhy = askSideWhy(input, caps, askSide);
  return { ...base, verdict: 'ask-first', askSide, askWhy, decidedBy, reasons };
}
