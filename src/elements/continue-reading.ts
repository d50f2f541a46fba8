import { nextUnfinished } from '../lib/lessons/progress';
import { lessonProgress } from '../stores/progress';
import { dataList } from './element-data';
import { defineElement, elementTranslator } from './element-translator';
import { mountStorageNotices } from './storage-notices';

interface LessonLink {
  id: string;
  title: string;
  href: string;
}

/**
 * `<continue-reading>`: lessons done out of all, and the link to the first lesson not done yet
 * ("Continue with …" once the reader has opened one; "You have finished…" when all are done).
 */
export class ContinueReadingElement extends HTMLElement {
  #stop: (() => void)[] = [];

  connectedCallback(): void {
    if (this.#stop.length > 0) return;
    const t = elementTranslator<'collection' | 'continue' | 'storage'>(this);
    const lessons = dataList<LessonLink>(this, 'lessons');
    const ids = lessons.map((lesson) => lesson.id);
    const count = this.querySelector('[data-testid="progress-count"]');
    const bar = this.querySelector('progress');
    const link = this.querySelector<HTMLAnchorElement>('a[data-next]');
    const allDone = this.querySelector<HTMLElement>('[data-all-done]');
    const notices = this.querySelector<HTMLElement>('[data-notices]');

    const unbind = lessonProgress.subscribe((progress) => {
      const done = ids.filter((id) => id in progress.done).length;
      if (count) count.textContent = t('continue.progress', { done, total: lessons.length });
      if (bar) bar.value = done;
      const next = lessons.find((lesson) => lesson.id === nextUnfinished(ids, progress));
      const started = Object.keys(progress.visited).length > 0;
      if (link) {
        link.hidden = next === undefined;
        if (next) {
          link.href = next.href;
          link.textContent = started
            ? t('continue.resume', { title: next.title })
            : t('continue.start');
        }
      }
      if (allDone) allDone.hidden = next !== undefined;
    });
    const stopNotices = notices ? mountStorageNotices(notices, ['progress'], t) : () => undefined;
    this.#stop = [unbind, stopNotices];
  }

  disconnectedCallback(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }
}

defineElement('continue-reading', ContinueReadingElement);
