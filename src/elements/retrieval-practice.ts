import { OPTION_IDS, scenariosOf, type OptionId } from '../lib/practice/scenarios';
import { practiceScore } from '../lib/practice/scoring';
import { checkPracticeChoice, lessonProgress } from '../stores/progress';
import { defineElement, elementTranslator } from './element-translator';
import { mountStorageNotices } from './storage-notices';

/** What the reader is doing in one scenario here, until it matches what is stored. */
interface LocalChoice {
  choice: OptionId | undefined;
  checked: boolean;
}

/**
 * `<retrieval-practice>`: a lesson's scenarios. Choosing an option and pressing "Check" records the
 * choice (stores/progress.ts) and shows why each option is right or not; "Choose again" clears it
 * here. Focus follows: to the verdict after checking, to the first option after "Choose again".
 */
export class RetrievalPracticeElement extends HTMLElement {
  #stop: (() => void)[] = [];

  connectedCallback(): void {
    const lessonId = this.dataset['lessonId'];
    if (lessonId === undefined || this.#stop.length > 0) return;
    const t = elementTranslator<'collection' | 'practice' | 'storage'>(this);
    const scenarios = scenariosOf(lessonId);
    const local: Record<string, LocalChoice> = {};
    const missing: Record<string, boolean> = {};
    const stored = () => lessonProgress.get().practice ?? {};
    const choiceOf = (id: string): OptionId | undefined =>
      local[id] ? local[id].choice : stored()[id]?.last;
    const isChecked = (id: string): boolean =>
      local[id] ? local[id].checked : stored()[id] !== undefined;
    const score = this.querySelector('[data-testid="practice-score"]');

    const draw = (): void => {
      for (const scenario of scenarios) {
        const form = this.querySelector<HTMLFormElement>(`form[data-scenario="${scenario.id}"]`);
        if (form === null) continue;
        const choice = choiceOf(scenario.id);
        const checked = isChecked(scenario.id);
        for (const option of OPTION_IDS) {
          const box = form.querySelector<HTMLElement>(`[data-option="${option}"]`);
          const radio = box?.querySelector('input');
          const why = box?.querySelector<HTMLElement>('.why');
          if (!box || !radio || !why) continue;
          const right = option === scenario.correct;
          const chosen = choice === option;
          box.classList.toggle('shown', checked);
          box.classList.toggle('right', checked && right);
          box.classList.toggle('chosen', checked && chosen);
          radio.checked = chosen;
          radio.disabled = checked;
          if (checked) radio.setAttribute('aria-describedby', why.id);
          else radio.removeAttribute('aria-describedby');
          why.hidden = !checked;
          const verdict = why.querySelector('strong');
          if (verdict) verdict.textContent = verdictLabel(right, chosen);
        }
        const fieldset = form.querySelector('fieldset');
        const error = form.querySelector<HTMLElement>('.error');
        if (error) error.hidden = missing[scenario.id] !== true;
        if (missing[scenario.id] === true && error)
          fieldset?.setAttribute('aria-describedby', error.id);
        else fieldset?.removeAttribute('aria-describedby');
        const result = form.querySelector<HTMLElement>('.result');
        if (result) {
          result.classList.toggle('right', checked && choice === scenario.correct);
          result.textContent = checked
            ? t(choice === scenario.correct ? 'practice.ui.right' : 'practice.ui.wrong')
            : '';
        }
        const retry = form.querySelector<HTMLElement>('[data-retry]');
        const check = form.querySelector<HTMLElement>('[data-check]');
        if (retry) retry.hidden = !checked;
        if (check) check.hidden = checked;
      }
      const now = practiceScore(scenarios, stored());
      if (score) score.textContent = t('practice.ui.score', { right: now.right, total: now.total });
    };

    /** "The right option", "Not this one", with "· Your choice" on the reader's own. */
    const verdictLabel = (right: boolean, chosen: boolean): string => {
      const verdict = t(right ? 'practice.ui.isRight' : 'practice.ui.isWrong');
      return `${chosen ? `${verdict} · ${t('practice.ui.yourChoice')}` : verdict}:`;
    };

    const onChange = (event: Event): void => {
      const radio = event.target;
      if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio') return;
      const id = radio.form?.dataset['scenario'];
      if (id === undefined) return;
      local[id] = { choice: radio.value as OptionId, checked: false };
      missing[id] = false;
      draw();
    };
    const onSubmit = (event: SubmitEvent): void => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      event.preventDefault();
      const id = form.dataset['scenario'];
      if (id === undefined) return;
      const choice = choiceOf(id);
      if (choice === undefined) {
        missing[id] = true;
        draw();
        return;
      }
      checkPracticeChoice(id, choice);
      local[id] = { choice, checked: true };
      draw();
      form.querySelector<HTMLElement>('.result')?.focus();
    };
    const onClick = (event: MouseEvent): void => {
      const retry = event.target instanceof Element ? event.target.closest('[data-retry]') : null;
      const form = retry?.closest('form');
      const id = form?.dataset['scenario'];
      if (!form || id === undefined) return;
      local[id] = { choice: undefined, checked: false };
      draw();
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    };

    // An option picked before the script ran counts as the reader's choice.
    for (const scenario of scenarios) {
      const picked = this.querySelector<HTMLInputElement>(
        `form[data-scenario="${scenario.id}"] input[type="radio"]:checked`,
      );
      if (picked && stored()[scenario.id] === undefined)
        local[scenario.id] = { choice: picked.value as OptionId, checked: false };
    }
    this.addEventListener('change', onChange);
    this.addEventListener('submit', onSubmit);
    this.addEventListener('click', onClick);
    const unbind = lessonProgress.listen(draw);
    draw();
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const stopNotices = notices ? mountStorageNotices(notices, ['progress'], t) : () => undefined;
    this.#stop = [
      unbind,
      stopNotices,
      () => {
        this.removeEventListener('change', onChange);
        this.removeEventListener('submit', onSubmit);
        this.removeEventListener('click', onClick);
      },
    ];
  }

  disconnectedCallback(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }
}

defineElement('retrieval-practice', RetrievalPracticeElement);
