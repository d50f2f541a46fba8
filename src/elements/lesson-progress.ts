import { lessonProgress, markLessonDone, visitLesson } from '../stores/progress';
import { defineElement, elementTranslator } from './element-translator';
import { announce } from './live-region';
import { mountStorageNotices } from './storage-notices';

/**
 * `<lesson-progress>`: opening the lesson is what "visited" means (it also makes it the lesson to
 * continue); its button marks the lesson done or not, and says so to screen readers.
 */
export class LessonProgressElement extends HTMLElement {
  #stop: (() => void)[] = [];

  connectedCallback(): void {
    const toggle = this.querySelector('button');
    const label = this.querySelector('.label');
    const icon = this.querySelector<HTMLElement>('.done-icon');
    const live = this.querySelector<HTMLElement>('[role="status"]');
    const lessonId = this.dataset['lessonId'];
    if (toggle === null || lessonId === undefined || this.#stop.length > 0) return;
    const t = elementTranslator<'collection' | 'lessons' | 'storage'>(this);
    const done = (): boolean => lessonId in lessonProgress.get().done;

    const unbind = lessonProgress.subscribe((progress) => {
      const isDone = lessonId in progress.done;
      toggle.setAttribute('aria-pressed', String(isDone));
      toggle.classList.toggle('primary', !isDone);
      if (icon) icon.hidden = !isDone;
      if (label) label.textContent = t(isDone ? 'lessons.markedDone' : 'lessons.markDone');
    });
    const onClick = (): void => {
      const wasDone = done();
      markLessonDone(lessonId, !wasDone);
      if (live)
        void announce(
          live,
          t(wasDone ? 'lessons.notDoneAnnouncement' : 'lessons.doneAnnouncement'),
        );
    };
    toggle.addEventListener('click', onClick);
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const stopNotices = notices ? mountStorageNotices(notices, ['progress'], t) : () => undefined;
    visitLesson(lessonId);
    this.#stop = [unbind, () => toggle.removeEventListener('click', onClick), stopNotices];
  }

  disconnectedCallback(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }
}

defineElement('lesson-progress', LessonProgressElement);
