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
  /** False until the first read is done (a large map may have to come from IndexedDB). */
  ready: boolean;
  network: SavedRead<Network>;
  introductions: SavedRead<IntroductionLog>;
}

async function read(): Promise<SavedSources> {
  const [network, introductions] = await Promise.all([
    readStoredText(storageKey('network')).catch(() => undefined),
    readStoredText(storageKey('introductions')).catch(() => undefined),
  ]);
  return {
    ready: true,
    network: readSavedNetwork(network),
    introductions: readSavedIntroductions(introductions),
  };
}

/**
 * The network map and the introduction log as saved by their exercises, read only: the worksheet
 * prints whatever exists so far and never writes to these collections. Read when first watched,
 * and again whenever another tab saves.
 */
export const savedSources = atom<SavedSources>({
  ready: false,
  network: { kind: 'none' },
  introductions: { kind: 'none' },
});

/** Reads are numbered so that a slow, older read never replaces a newer one. */
let latest = 0;
function refreshSources(): void {
  const sequence = ++latest;
  void read().then((sources) => {
    if (sequence === latest) savedSources.set(sources);
  });
}

onMount(savedSources, () => {
  refreshSources();
  if (typeof window === 'undefined') return undefined;
  const refresh = (event: StorageEvent) => {
    if (
      event.key === null ||
      event.key === storageKey('network') ||
      event.key === storageKey('introductions')
    ) {
      refreshSources();
    }
  };
  window.addEventListener('storage', refresh);
  return () => window.removeEventListener('storage', refresh);
});
