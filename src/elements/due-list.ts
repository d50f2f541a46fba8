import { buildCalendar, calendarFileName, type CalendarEvent } from '../lib/calendar/ics';
import { formatDay } from '../lib/dates/format-day';
import { localToday } from '../lib/dates/local-day';
import { partyName, type PartyRef } from '../lib/intro/party';
import type { Person } from '../lib/network/person';
import { dueList, type DueItem } from '../lib/reminders/due-list';
import { focusPlan } from '../stores/focus-plan';
import { introductions } from '../stores/introductions';
import { lessonProgress } from '../stores/progress';
import { downloadText } from '../widgets/shared/download';
import { dataList } from './element-data';
import { defineElement, elementLocale, elementTranslator } from './element-translator';

interface LessonLink {
  id: string;
  order: number;
  title: string;
  href: string;
}

/**
 * `<due-list>`: what is due within a week (follow-ups of introductions, the social-media plan's
 * review and check-in, lessons left half-read), each with a link and an "Add to calendar" file.
 * Recomputed when any of the stores it reads changes (another tab, an import). The map (the
 * biggest store) is read only when a follow-up names someone on it: most readers have none.
 */
export class DueListElement extends HTMLElement {
  #stop: (() => void)[] = [];

  connectedCallback(): void {
    const list = this.querySelector('ul');
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    const row = this.querySelector('template');
    if (list === null || empty === null || row === null || this.#stop.length > 0) return;
    const t = elementTranslator<'due'>(this);
    const locale = elementLocale(this);
    const lessons = dataList<LessonLink>(this, 'lessons');
    const introductionsHref = this.dataset['introductions'] ?? '#';
    const focusPlanHref = this.dataset['focusPlan'] ?? '#';
    const today = localToday();
    const lessonOf = (id: string) => lessons.find((lesson) => lesson.id === id);

    /** The people on the map, once read (only when a follow-up needs their names). */
    let people: readonly Person[] | undefined;
    let readingMap = false;
    const nameOf = (party: PartyRef): string => partyName(party, people ?? []) ?? t('due.someone');
    const readMap = (): void => {
      readingMap = true;
      import('../stores/network')
        .then(({ network }) => {
          if (!this.isConnected) return;
          this.#stop.push(
            network.subscribe((map) => {
              people = map.people;
              draw();
            }),
          );
        })
        .catch(() => {
          // Offline without the map's file: the follow-ups are listed without the names.
          people = [];
          draw();
        });
    };
    const title = (item: DueItem): string => {
      switch (item.kind) {
        case 'follow-up':
          return t('due.followUp', {
            a: nameOf(item.record.personA),
            b: nameOf(item.record.personB),
          });
        case 'review':
          return t('due.review');
        case 'check-in':
          return t('due.checkIn');
        case 'lesson': {
          const lesson = lessonOf(item.lessonId);
          return t('due.lesson', { number: lesson?.order ?? '', title: lesson?.title ?? '' });
        }
      }
    };
    const description = (item: DueItem): string => {
      switch (item.kind) {
        case 'follow-up':
          return [t('due.followUpHint'), item.record.purpose]
            .filter((part) => part !== '')
            .join('\n');
        case 'review':
          return t('due.reviewHint');
        case 'check-in':
          return t('due.checkInHint');
        case 'lesson':
          return '';
      }
    };
    const when = (item: DueItem): string => {
      if (item.daysUntil < 0) return t('due.overdue', { days: -item.daysUntil });
      if (item.daysUntil === 0) return t('due.today');
      return t('due.on', { day: formatDay(item.day, locale, 'day-month') });
    };
    const href = (item: DueItem): string => {
      if (item.kind === 'follow-up') return introductionsHref;
      if (item.kind === 'lesson') return lessonOf(item.lessonId)?.href ?? '#';
      return focusPlanHref;
    };
    const addToCalendar = (item: DueItem): void => {
      // Overdue items go in the calendar for today: a reminder in the past would never ring.
      const event: CalendarEvent = {
        uid: `${item.key}@share-your-network`,
        day: item.daysUntil < 0 ? today : item.day,
        summary: title(item),
        description: description(item),
      };
      downloadText(
        calendarFileName(event.summary),
        buildCalendar([event], new Date()),
        'text/calendar',
      );
    };

    const draw = (): void => {
      const items = dueList({
        log: [...introductions.get()],
        plan: focusPlan.get(),
        progress: lessonProgress.get(),
        lessonIds: lessons.map((lesson) => lesson.id),
        today,
      });
      const namesOnMap = items.some(
        (item) =>
          item.kind === 'follow-up' &&
          (item.record.personA.kind === 'person' || item.record.personB.kind === 'person'),
      );
      if (namesOnMap && people === undefined) {
        // "Looking for what is due…" stays until the names are in.
        if (!readingMap) readMap();
        return;
      }
      empty.textContent = t('due.empty');
      empty.hidden = items.length > 0;
      list.hidden = items.length === 0;
      list.replaceChildren(
        ...items.map((item) => {
          const line = row.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
          line.classList.toggle('overdue', item.daysUntil < 0);
          const link = line.querySelector('a');
          if (link) {
            link.href = href(item);
            link.textContent = title(item);
          }
          const date = line.querySelector('.when');
          if (date) date.textContent = when(item);
          const button = line.querySelector('button');
          button?.setAttribute('aria-label', t('due.addToCalendarFor', { title: title(item) }));
          button?.addEventListener('click', () => addToCalendar(item));
          return line;
        }),
      );
    };
    // Each store calls back at once when subscribed; the list is drawn once they all are.
    let ready = false;
    const redraw = (): void => {
      if (ready) draw();
    };
    this.#stop = [introductions, focusPlan, lessonProgress].map((store) => store.subscribe(redraw));
    ready = true;
    draw();
  }

  disconnectedCallback(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }
}

defineElement('due-list', DueListElement);
