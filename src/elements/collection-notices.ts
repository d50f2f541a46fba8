import { defineElement, elementTranslator } from './element-translator';
import { mountStorageNotices } from './storage-notices';

/**
 * `<collection-notices data-collections="progress">`: the storage notices of those collections.
 * It reads no store itself: the page's other elements do (the lesson badges read the progress),
 * and what they find wrong is told here.
 */
export class CollectionNoticesElement extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    if (this.#stop !== undefined) return;
    const collections = (this.dataset['collections'] ?? '').split(' ').filter(Boolean);
    this.#stop = mountStorageNotices(this, collections, elementTranslator(this));
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

defineElement('collection-notices', CollectionNoticesElement);
