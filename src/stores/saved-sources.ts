import { atom, onMount } from 'nanostores';
import type { IntroductionLog } from '../lib/intro/introduction-record';
import type { Network } from '../lib/network/network';
import { storageKey } from '../lib/storage/storage-key';
import type { SavedRead } from '../lib/worksheet/saved-collection';
import { readSavedIntroductions } from '../lib/worksheet/saved-introductions';
import { readSavedNetwork } from '../lib/worksheet/saved-network';
import { readStoredText } from './persistence';

/** What the worksheet prints from the collections other exercises keep. */
export interface SavedSources {
  network: SavedRead<Network>;
  introductions: SavedRead<IntroductionLog>;
}

function read(): SavedSources {
  return {
    network: readSavedNetwork(readStoredText(storageKey('network'))),
    introductions: readSavedIntroductions(readStoredText(storageKey('introductions'))),
  };
}

/**
 * The network map and the introduction log as saved by their exercises, read only: the worksheet
 * prints whatever exists so far and never writes to these collections. Read when first watched,
 * and again whenever another tab saves.
 */
export const savedSources = atom<SavedSources>({
  network: { kind: 'none' },
  introductions: { kind: 'none' },
});

onMount(savedSources, () => {
  savedSources.set(read());
  if (typeof window === 'undefined') return undefined;
  const refresh = (event: StorageEvent) => {
    if (
      event.key === null ||
      event.key === storageKey('network') ||
      event.key === storageKey('introductions')
    ) {
      savedSources.set(read());
    }
  };
  window.addEventListener('storage', refresh);
  return () => window.removeEventListener('storage', refresh);
});
