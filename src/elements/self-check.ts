import { answerText } from '../lib/answers/answer-book';
import { scenariosOf } from '../lib/practice/scenarios';
import { practiceScore } from '../lib/practice/scoring';
import { answers } from '../stores/answers';
import { lessonProgress } from '../stores/progress';
import { defineElement, elementTranslator } from './element-translator';

/**
 * `<self-check>`: its answer boxes are `<answer-box>` elements of their own; at the end of the path
 * it also shows each question's answer from before the lessons, and each lesson's practice score.
 */
export class SelfCheckElement extends HTMLElement {
  #stop: (() => void)[] = [];

  connectedCallback(): void {
    if (this.#stop.length > 0) return;
    const t = elementTranslator<'practice'>(this);
    const earlier = [...this.querySelectorAll<HTMLElement>('[data-earlier]')];
    const scores = [...this.querySelectorAll<HTMLElement>('[data-lesson-id]')];
    if (earlier.length > 0)
      this.#stop.push(
        answers.subscribe((book) => {
          for (const details of earlier) {
            const text = answerText(book, details.dataset['earlier'] ?? '');
            const shown = details.querySelector<HTMLElement>('.earlier-text');
            const none = details.querySelector<HTMLElement>('.none');
            if (shown) {
              shown.textContent = text;
              shown.hidden = text.trim() === '';
            }
            if (none) none.hidden = text.trim() !== '';
          }
        }),
      );
    if (scores.length > 0)
      this.#stop.push(
        lessonProgress.subscribe((progress) => {
          for (const line of scores) {
            const score = practiceScore(
              scenariosOf(line.dataset['lessonId'] ?? ''),
              progress.practice ?? {},
            );
            const slot = line.querySelector('[data-score]');
            if (slot)
              slot.textContent =
                score.answered === 0
                  ? t('practice.ui.none')
                  : t('practice.ui.score', { right: score.right, total: score.total });
          }
        }),
      );
  }

  disconnectedCallback(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }
}

defineElement('self-check', SelfCheckElement);
