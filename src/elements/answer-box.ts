import { answerText } from '../lib/answers/answer-book';
import { countWords } from '../lib/answers/word-count';
import { answers, saveAnswer } from '../stores/answers';
import { storageHealth } from '../stores/storage-health';
import { DraftField } from '../widgets/shared/draft-field';
import { savedLabel } from '../widgets/shared/saved-time';
import { defineElement, elementLocale, elementTranslator } from './element-translator';
import { mountStorageNotices } from './storage-notices';

/** A change is "being typed" for this long after the last keystroke. */
const TYPING_MS = 3000;
const SAVE_AFTER_MS = 400;

/**
 * `<answer-box>`: the reader's answer to one question (AnswerBox.astro renders its HTML). It reads
 * the saved text into the box, saves what is typed a moment after a pause (and at once on blur,
 * pagehide, or when the box leaves the page: DraftField), and follows other tabs without writing
 * over words being typed here.
 */
export class AnswerBoxElement extends HTMLElement {
  #stop: (() => void)[] = [];
  #otherTab: string | undefined;
  #writing = false;
  #pending = false;

  connectedCallback(): void {
    const box = this.querySelector('textarea');
    if (box === null || this.#stop.length > 0) return;
    const t = elementTranslator<'answers' | 'collection' | 'storage'>(this);
    const locale = elementLocale(this);
    const answerId = this.dataset['answerId'] ?? '';
    const words = this.querySelector<HTMLElement>('.words');
    const status = this.querySelector<HTMLElement>('[data-testid="save-status"]');
    const otherWrap = this.querySelector<HTMLElement>('.other-tab-wrap');

    const showStatus = (): void => {
      if (status === null) return;
      const health = storageHealth.get()['answers'];
      const saved = answers.get().answers[answerId];
      const danger = health !== undefined && health.state !== 'ok';
      const text = danger
        ? t('answers.notSaved')
        : this.#pending
          ? t('storage.saving')
          : saved
            ? savedLabel(t, locale, saved.updatedAt)
            : '';
      status.textContent = text;
      status.hidden = text === '';
      status.classList.toggle('danger', danger);
    };
    const showWords = (): void => {
      if (words) words.textContent = t('answers.words', { count: countWords(box.value) });
    };

    const field = new DraftField(
      (value: string) => {
        this.#writing = true;
        try {
          saveAnswer(answerId, value);
        } finally {
          this.#writing = false;
        }
      },
      {
        delayMs: SAVE_AFTER_MS,
        typingMs: TYPING_MS,
        onpending: (now) => {
          this.#pending = now;
          showStatus();
        },
      },
    );

    const setText = (text: string): void => {
      box.value = text;
      showWords();
    };
    const showOtherTab = (text: string | undefined): void => {
      this.#otherTab = text;
      if (otherWrap === null) return;
      if (text === undefined) {
        otherWrap.replaceChildren();
        return;
      }
      if (otherWrap.firstChild !== null) return;
      const notice = document.createElement('div');
      notice.className = 'notice other-tab';
      const line = document.createElement('p');
      line.textContent = t('answers.otherTab');
      const actions = document.createElement('div');
      actions.className = 'actions';
      actions.append(
        button(t('answers.useOtherTab'), () => {
          if (this.#otherTab === undefined) return;
          setText(this.#otherTab);
          field.saveNow(box.value);
          showOtherTab(undefined);
        }),
        button(t('answers.keepMine'), () => {
          showOtherTab(undefined);
          field.saveNow(box.value);
        }),
      );
      notice.append(line, actions);
      otherWrap.replaceChildren(notice);
    };

    const onInput = (): void => {
      showWords();
      field.input(box.value);
    };
    const onFocus = (): void => field.focus();
    const onBlur = (): void => field.blur();
    box.addEventListener('input', onInput);
    box.addEventListener('focus', onFocus);
    box.addEventListener('blur', onBlur);

    // Another tab (or the "Your data" page) changed the answers: follow it, unless the reader is
    // typing in this box right now; then their text stays and the other version is offered.
    const unbindAnswers = answers.listen((book) => {
      showStatus();
      if (this.#writing) return;
      const incoming = answerText(book, answerId);
      if (incoming === box.value) showOtherTab(undefined);
      else if (field.typing()) showOtherTab(incoming);
      else {
        setText(incoming);
        showOtherTab(undefined);
      }
    });
    const unbindHealth = storageHealth.listen(showStatus);
    setText(answerText(answers.get(), answerId));
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const stopNotices = notices
      ? mountStorageNotices(notices, ['answers'], t, this.dataset['yourData'])
      : () => undefined;

    showStatus();
    box.readOnly = false;
    box.removeAttribute('aria-busy');
    box.removeAttribute('placeholder');
    this.#stop = [
      () => {
        box.removeEventListener('input', onInput);
        box.removeEventListener('focus', onFocus);
        box.removeEventListener('blur', onBlur);
      },
      unbindAnswers,
      unbindHealth,
      stopNotices,
      () => field.dispose(),
    ];
  }

  disconnectedCallback(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }
}

function button(label: string, onclick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = label;
  node.addEventListener('click', onclick);
  return node;
}

defineElement('answer-box', AnswerBoxElement);
