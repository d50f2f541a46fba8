/*
 * What the weigher needs only once both people are chosen and there is a verdict to show: the
 * weighing itself, its weights (their store: the sliders that change them are opened from the
 * weigher, so this part is in by then), its wording, the card's body, and what the drafts and
 * "add to the log" (shown only with a verdict) use, with the log's store itself (a page without the
 * log on it needs that store only to add to it). Fetched as one part (IntroductionWeigher)
 * then, or as soon as the reader points at or moves into the weigher; the questions, which the
 * first click or key answers, are drawn without it.
 */
import { draftStatus } from '../../lib/intro/draft-status';
import { recordFromInput } from '../../lib/intro/record-from-input';
import { introductionVerdict } from '../../lib/intro/verdict';
import { addIntroduction, newRecordId, recordToEdit } from '../../stores/introductions';
import {
  resetWeights,
  setFactorWeight,
  setWeightThreshold,
  weightsOnScreen,
} from '../../stores/intro-weights';
import { verdictWords } from './reason-text';
import VerdictBody from './VerdictBody.svelte';

export default {
  introductionVerdict,
  verdictWords,
  VerdictBody,
  draftStatus,
  recordFromInput,
  addIntroduction,
  newRecordId,
  recordToEdit,
  weightsOnScreen,
  setFactorWeight,
  setWeightThreshold,
  resetWeights,
};
