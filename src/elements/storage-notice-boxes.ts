import { dataKey } from '../lib/i18n/translator';
import type { Translator } from '../i18n/ui';
import { startAfresh } from '../stores/workbook-actions';
import { downloadText } from '../widgets/shared/download';
import type { StorageProblem } from '../widgets/shared/storage-problems';

/**
 * The boxes of the storage notices drawn by storage-notices.ts: what the Svelte StorageNoticeList
 * shows, with the same texts. Fetched only when a notice is to be shown. Texts are set with
 * textContent, never as HTML.
 */
export interface NoticeBoxes {
  /** The elements for these problems, with their buttons wired. */
  draw(problems: readonly StorageProblem[]): Element[];
}

/**
 * @param redraw called after the reader's choice changed what a notice says
 * @example boxes(t, '/en/your-data/', () => draw()).draw(problems)
 */
export function noticeBoxes(
  t: Translator<'collection' | 'storage'>,
  yourDataHref: string | undefined,
  redraw: () => void,
): NoticeBoxes {
  const noRoom: Record<string, boolean> = {};

  function afresh(name: string, keepCopy: boolean): void {
    noRoom[name] = !startAfresh(name, { keepCopy }) && keepCopy;
    redraw();
  }

  function noticeOf({ name, health }: StorageProblem): Element {
    const what = t(dataKey(`collection.${name}`));
    if (health.state === 'loading') {
      const line = element('p', t('storage.loading', { what }), 'loading');
      line.setAttribute('role', 'status');
      return line;
    }
    if (health.state === 'unsaved') {
      const box = alertBox('notice notice-danger storage-notice');
      box.append(
        element('p', t('storage.unsaved.title'), 'title'),
        element('p', t(`storage.unsaved.${health.reason}`)),
      );
      if (yourDataHref !== undefined) {
        const link = element('a', t('storage.yourData'));
        link.setAttribute('href', yourDataHref);
        box.append(wrap('p', link));
      }
      return box;
    }
    const box = alertBox('notice storage-notice');
    const count = health.state === 'repaired' ? health.count : 0;
    box.append(
      element('p', t(`storage.${health.state}.title`, { what }), 'title'),
      element('p', t(`storage.${health.state}.body`, { count })),
    );
    if (noRoom[name] === true) box.append(element('p', t('storage.noRoomForCopy')));
    const download = button(t('storage.download'), () =>
      downloadText(`share-your-network-${name}-original.json`, health.raw),
    );
    const repaired = health.state === 'repaired';
    const choice =
      noRoom[name] === true
        ? button(
            t(repaired ? 'storage.keepRepairedNoCopy' : 'storage.startAfreshNoCopy'),
            () => afresh(name, false),
            'danger',
          )
        : button(t(repaired ? 'storage.keepRepaired' : 'storage.startAfresh'), () =>
            afresh(name, true),
          );
    const actions = element('div', '', 'actions');
    actions.append(download, choice);
    box.append(actions);
    return box;
  }

  return { draw: (problems) => problems.map(noticeOf) };
}

function element<T extends keyof HTMLElementTagNameMap>(
  tag: T,
  text: string,
  className?: string,
): HTMLElementTagNameMap[T] {
  const node = document.createElement(tag);
  if (text !== '') node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function wrap(tag: 'p', child: Element): HTMLParagraphElement {
  const node = document.createElement(tag);
  node.append(child);
  return node;
}

function alertBox(className: string): HTMLDivElement {
  const box = element('div', '', className);
  box.setAttribute('role', 'alert');
  return box;
}

function button(label: string, onclick: () => void, className?: string): HTMLButtonElement {
  const node = element('button', label, className);
  node.type = 'button';
  node.addEventListener('click', onclick);
  return node;
}
