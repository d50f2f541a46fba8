import { dataKey } from '../lib/i18n/translator';
import type { Translator } from '../i18n/ui';
import { startAfresh } from '../stores/persistence';
import { storageHealth, type CollectionHealth } from '../stores/storage-health';
import { downloadText } from '../widgets/shared/download';
import { claimNotices, releaseNotices } from '../widgets/shared/notice-claim';

/**
 * The storage notices of some collections, drawn into `host` (an empty element the server
 * rendered): what the Svelte StorageNotices shows, with the same texts and the same rule that one
 * widget per page speaks for a collection (notice-claim.ts, shared with the Svelte islands).
 * Texts are set with textContent, never as HTML.
 *
 * @returns a function that stops listening and gives the claims back
 * @example const stop = mountStorageNotices(div, ['answers'], t, '/en/your-data/');
 */
export function mountStorageNotices(
  host: HTMLElement,
  collections: readonly string[],
  t: Translator<'collection' | 'storage'>,
  yourDataHref?: string,
): () => void {
  const claimant = Symbol('storage-notices');
  const owned = collections.filter((name) => claimNotices(name, claimant));
  const noRoom: Record<string, boolean> = {};

  function afresh(name: string, keepCopy: boolean): void {
    noRoom[name] = !startAfresh(name, { keepCopy }) && keepCopy;
    draw(storageHealth.get());
  }

  function draw(all: Record<string, CollectionHealth>): void {
    const shown = owned.flatMap((name) => {
      const health = all[name];
      return health && health.state !== 'ok' ? [noticeOf(name, health)] : [];
    });
    host.replaceChildren(...shown);
  }

  function noticeOf(name: string, health: Exclude<CollectionHealth, { state: 'ok' }>): Element {
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

  const unbind = owned.length > 0 ? storageHealth.subscribe(draw) : () => undefined;
  return () => {
    unbind();
    for (const name of collections) releaseNotices(name, claimant);
    host.replaceChildren();
  };
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
