import type { Translator } from '../i18n/ui';
import { storageHealth } from '../stores/storage-health';
import { claimNotices, releaseNotices } from '../widgets/shared/notice-claim';
import { problemsOf } from '../widgets/shared/storage-problems';
import type { NoticeBoxes } from './storage-notice-boxes';

/**
 * The storage notices of some collections, drawn into `host` (an empty element the server
 * rendered): what the Svelte StorageNotices shows, with the same texts and the same rule that one
 * widget per page speaks for a collection (notice-claim.ts, shared with the Svelte islands).
 * Nearly every visit has nothing to say: the boxes' code (storage-notice-boxes.ts) is fetched
 * when the first notice is due, and the notice drawn as soon as it arrives, from the health of
 * that moment. A fetch that fails is tried again at the next change of health.
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
  let boxes: NoticeBoxes | undefined;
  let fetching = false;
  let stopped = false;

  function draw(): void {
    if (stopped) return;
    const problems = problemsOf(owned, storageHealth.get());
    if (problems.length === 0) {
      host.replaceChildren();
      return;
    }
    if (boxes !== undefined) {
      host.replaceChildren(...boxes.draw(problems));
      return;
    }
    if (fetching) return;
    fetching = true;
    import('./storage-notice-boxes').then(
      ({ noticeBoxes }) => {
        boxes = noticeBoxes(t, yourDataHref, draw);
        draw();
      },
      () => {
        fetching = false;
      },
    );
  }

  const unbind = owned.length > 0 ? storageHealth.subscribe(draw) : () => undefined;
  return () => {
    stopped = true;
    unbind();
    for (const name of collections) releaseNotices(name, claimant);
    host.replaceChildren();
  };
}
