import { atom } from 'nanostores';
import type { MergeUndo } from '../lib/network/merge-people';
import { emptyNetwork, type Network } from '../lib/network/network';
import { networkCodec } from '../lib/network/network-codec';
import type { PlaceBefore } from '../lib/network/place-people';
import type { RemovedPerson } from '../lib/network/remove-person';
import { prepareStoredText } from '../lib/network/stored-text';
import { persistentCollection } from './persistence';
import { routeThroughSample } from './sample-mode';

/*
 * The map as every page reads it. What changes it is in network-actions.ts (adding someone) and
 * network-edits.ts, -merge.ts, -sorting.ts (the rest, fetched when used), loaded only by the
 * map's island: the worksheet, the weigher, the log and the spread exercise read the map and
 * never download the code that merges, sorts or places people.
 */

/** The reader's network map, kept in this browser and in step with their other tabs. */
export const network = persistentCollection<Network>({
  name: 'network',
  ...networkCodec,
  initial: emptyNetwork,
  // A map read back from IndexedDB has no record's text cached: its first write serialises all
  // 30,000 people, a slice at a time (persistence-write.ts).
  prepareText: prepareStoredText,
  // Tens of thousands of imported contacts may not fit in localStorage even written compactly:
  // past about a million characters the map moves to IndexedDB.
  spill: true,
  // 330,000 characters at 1,000 people: written once the edit is on screen (persistence-write.ts).
  writeAfterPaint: true,
});

/**
 * Where the map's actions (network-actions.ts, network-edits.ts, …) write: the reader's map, or while they explore the
 * sample network an in-memory copy of it (sample-mode.ts). Every action writes through
 * `mapRoute.target()`, never through `network`, so nothing done to the sample reaches the
 * reader's stored map.
 */
export const mapRoute = routeThroughSample(network, (language, _own, sample) =>
  sample.sampleNetwork(language),
);

/** The map on screen: the reader's own, or the sample copy while they explore it. Read-only. */
export const mapOnScreen = mapRoute.shown;

/** The most changes the reader can undo, newest first; only kept while the page is open. */
export const UNDO_LIMIT = 20;

/** One change the undo bar can take back, with what taking it back needs. */
export type MapUndo =
  | { kind: 'delete'; removed: RemovedPerson }
  | { kind: 'merge'; undo: MergeUndo; name: string; otherName: string }
  | { kind: 'move'; before: PlaceBefore[] };

/** Changes made in this tab that can be undone (deletions, merges, moves of many), oldest first. */
export const undoHistory = atom<readonly MapUndo[]>([]);

/**
 * Where the actions record what can be undone. The sample has its own undo: taking back a change
 * to the sample never touches the reader's map.
 */
export const undoRoute = routeThroughSample(undoHistory, (): readonly MapUndo[] => []);

/** The undo bar's changes for the map on screen (the sample's own while it is shown). */
export const undoOnScreen = undoRoute.shown;
