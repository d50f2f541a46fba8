import { lessonProgress } from '../stores/progress';
import { defineElement, elementTranslator } from './element-translator';

/** `<lesson-status>`: a lesson's badge (new, visited, done), kept in step with the stored progress. */
export class LessonStatusElement extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const lessonId = this.dataset['lessonId'];
    if (lessonId === undefined || this.#stop !== undefined) return;
    const t = elementTranslator<'lessons'>(this);
    this.#stop = lessonProgress.subscribe((progress) => {
      const status =
        lessonId in progress.done ? 'done' : lessonId in progress.visited ? 'visited' : 'new';
      this.className = `${this.className.replace(/\bstatus-\w+/g, '').trim()} status-${status}`;
      this.dataset['status'] = status;
      this.textContent = t(`lessons.status.${status}`);
    });
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

defineElement('lesson-status', LessonStatusElement);
