import { fireEvent, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ContinueReading from '../../../src/elements/ContinueReading.astro';
import DueList from '../../../src/elements/DueList.astro';
import { closePage, openPage, render } from './page';
import { BROKEN_PROGRESS, storedProgress } from './progress-data';

const LESSONS = [
  { id: 'network-as-resource', order: 1, title: 'Your network', href: '/en/lessons/one/' },
  { id: 'where-networks-grow', order: 2, title: 'Where networks grow', href: '/en/lessons/two/' },
  { id: 'practice', order: 3, title: 'Practice', href: '/en/lessons/practice/' },
];
const TODAY = '2026-12-04';
const at = '2026-12-01T08:00:00.000Z';

async function home(storage: Record<string, string> = {}) {
  const html = [
    await render(ContinueReading, {
      locale: 'en',
      lessons: LESSONS,
      worksheetHref: '/en/worksheet/',
    }),
    await render(DueList, {
      locale: 'en',
      lessons: LESSONS,
      introductionsHref: '/en/introductions/',
      focusPlanHref: '/en/lessons/practice/#focus-plan-heading',
    }),
  ].join('');
  const page = within(openPage(html, storage).body);
  await import('../../../src/elements/continue-reading');
  await import('../../../src/elements/due-list');
  // A notice's boxes are fetched when the first notice is due: let that fetch land.
  await vi.dynamicImportSettled();
  return page;
}

/** An introduction log with one record, as the introductions store saves it (version 2). */
function storedLog(record: Record<string, unknown>): Record<string, string> {
  return {
    'syn:introductions': JSON.stringify({
      v: 2,
      data: [{ id: 'r1', date: '2026-11-20', ...record }],
    }),
  };
}

const typed = (name: string) => ({ kind: 'typed', name });

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${TODAY}T09:00:00`) }));
afterEach(() => {
  closePage();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<continue-reading>', () => {
  it('invites a first-time reader to the first lesson, already in the server HTML', async () => {
    const html = await render(ContinueReading, { locale: 'vi', lessons: LESSONS });
    expect(html).not.toContain('astro-island');
    const page = within(openPage(html).body);
    expect(page.getByRole('link', { name: 'Bắt đầu từ bài đầu tiên' })).toHaveProperty(
      'href',
      'http://localhost/en/lessons/one/',
    );
  });

  it('counts the lessons done and leads to the first one not done', async () => {
    const page = await home(
      storedProgress({
        visited: { 'network-as-resource': at, practice: at },
        done: { 'network-as-resource': at, practice: at },
      }),
    );
    expect(page.getByTestId('progress-count').textContent).toBe('2 of 3 lessons done');
    expect(document.querySelector('progress')?.value).toBe(2);
    const next = page.getByRole('link', { name: 'Continue with “Where networks grow”' });
    expect(next.getAttribute('href')).toBe('/en/lessons/two/');
  });

  it('sends a reader who finished every lesson to their worksheet', async () => {
    const all = Object.fromEntries(LESSONS.map((lesson) => [lesson.id, at]));
    const page = await home(storedProgress({ visited: all, done: all }));
    expect(page.queryByRole('link', { name: /Continue with|Start with/ })).toBeNull();
    expect(
      page
        .getByRole('link', { name: 'You have finished every lesson. Review your worksheet.' })
        .getAttribute('href'),
    ).toBe('/en/worksheet/');
  });

  it('tells the reader when their progress could not be read', async () => {
    const page = await home(BROKEN_PROGRESS);
    expect(page.getAllByRole('alert')).toHaveLength(1);
    expect(page.getByRole('alert').textContent).toContain('Lesson progress');
  });
});

describe('<due-list>', () => {
  it('says it is looking in the server HTML, the same one line as “nothing due”', async () => {
    const html = await render(DueList, {
      locale: 'en',
      lessons: LESSONS,
      introductionsHref: '/i/',
      focusPlanHref: '/f/',
    });
    expect(html).toContain('Looking for what is due…');
    const page = await home();
    expect(page.queryByText('Looking for what is due…')).toBeNull();
    expect(page.getByRole('region', { name: 'Coming up' }).querySelectorAll('p')).toHaveLength(1);
    expect(page.queryByRole('list')).toBeNull();
  });

  it('lists an overdue follow-up and a half-read lesson, each with a link and a calendar file', async () => {
    const page = await home({
      ...storedLog({
        personA: typed('Nguyễn Văn Anh'),
        personB: typed('Trần Thị Bình'),
        followUp: '2026-12-01',
        purpose: 'Tìm việc ở Đà Nẵng',
      }),
      ...storedProgress({ visited: { 'where-networks-grow': at } }),
    });
    const items = page.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('a')?.textContent)).toEqual([
      'Follow up on introducing Nguyễn Văn Anh to Trần Thị Bình',
      'Continue lesson 2: Where networks grow',
    ]);
    expect(items[0]?.classList.contains('overdue')).toBe(true);
    expect(items[0]?.querySelector('.when')?.textContent).toBe('3 days overdue');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/en/introductions/');
    expect(items[1]?.querySelector('.when')?.textContent).toBe('Today');

    let file: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      file = blob;
      return 'blob:calendar';
    });
    URL.revokeObjectURL = vi.fn();
    fireEvent.click(
      page.getByRole('button', {
        name: 'Add to calendar (.ics file): Follow up on introducing Nguyễn Văn Anh to Trần Thị Bình',
      }),
    );
    // Long lines of an .ics file are folded (RFC 5545 §3.1): unfolded before reading.
    const calendar = ((await file?.text()) ?? '').replace(/\r\n /g, '');
    // Overdue: the reminder is put on today, not in the past.
    expect(calendar).toContain('DTSTART;VALUE=DATE:20261204');
    expect(calendar).toContain('Tìm việc ở Đà Nẵng');
  });

  it('names the people of a follow-up from the reader’s map, once the map is read', async () => {
    const network = {
      'syn:network': JSON.stringify({
        v: 1,
        data: { people: [{ id: 'p1', name: 'Lê Minh' }], ties: [] },
      }),
    };
    const page = await home({
      ...network,
      ...storedLog({
        personA: { kind: 'person', personId: 'p1' },
        personB: { kind: 'person', personId: 'gone' },
        followUp: TODAY,
      }),
    });
    await vi.waitFor(() =>
      expect(page.getByRole('link', { name: /^Follow up/ }).textContent).toBe(
        'Follow up on introducing Lê Minh to someone removed from your map',
      ),
    );
  });
});
