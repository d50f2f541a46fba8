import type { Network } from './network';
import type { Person, Ring } from './person';
import {
  IMPORTED_CONTEXT,
  isUnsorted,
  placePeople,
  restorePlaces,
  type PlaceBefore,
} from './place-people';

/** One card dealt with, newest last, for undo. */
export type SortStep = { kind: 'sorted'; before: PlaceBefore } | { kind: 'skipped'; id: string };

/**
 * A run through the unsorted people, one card at a time (Network Canvas's "bins": each card goes
 * into one ring and one context). Each card needs both; the reader presses them in either order
 * and the second one files the card. A card whose person already has a context besides Imported
 * (the import guessed "workplace" from a job title) is filed by a ring alone.
 */
export interface SortSession {
  /** Ids still to sort; the first is on the card. */
  queue: readonly string[];
  /** How many people were unsorted when the session began: "sorted of total". */
  total: number;
  /** The half-made choice for the card on screen. */
  pending: { ring?: Ring; context?: string };
  history: readonly SortStep[];
}

export type SortAction =
  | { kind: 'ring'; ring: Ring }
  | { kind: 'context'; context: string }
  | { kind: 'skip' }
  | { kind: 'undo' };

/** What a step did, for the screen-reader announcement. */
export type SortOutcome = 'sorted' | 'pending' | 'skipped' | 'undone' | 'cleared' | 'none';

/** Starts a session with everyone unsorted on the map, in map order. */
export function startSorting(network: Network): SortSession {
  const queue = network.people.filter(isUnsorted).map((person) => person.id);
  return { queue, total: queue.length, pending: {}, history: [] };
}

/** How many of the session's people are sorted (or left the map meanwhile). */
export function sortedCount(session: SortSession): number {
  return Math.max(0, session.total - session.queue.length);
}

/** Drops from the queue whoever left the map or was sorted elsewhere (another tab, the list). */
export function tidyQueue(session: SortSession, network: Network): SortSession {
  const waiting = new Set(network.people.filter(isUnsorted).map((person) => person.id));
  const queue = session.queue.filter((id) => waiting.has(id));
  return queue.length === session.queue.length ? session : { ...session, queue, pending: {} };
}

/** The person on the card, or undefined when everyone is sorted. */
export function currentPerson(session: SortSession, network: Network): Person | undefined {
  const id = session.queue[0];
  return id === undefined ? undefined : network.people.find((person) => person.id === id);
}

/** The context that files a card besides the one chosen: one the import guessed, if any. */
function knownContext(person: Person): string | undefined {
  return person.contexts.find((context) => context !== IMPORTED_CONTEXT);
}

/**
 * Applies one key press (or click) of the sorting mode.
 * @returns the next session, the network (changed only when a card was filed or unfiled) and
 *   what happened
 */
export function sortStep(
  start: SortSession,
  network: Network,
  action: SortAction,
): { session: SortSession; network: Network; outcome: SortOutcome } {
  const session = tidyQueue(start, network);
  const person = currentPerson(session, network);
  const unchanged = { session, network, outcome: 'none' as SortOutcome };
  switch (action.kind) {
    case 'undo':
      return undo(session, network);
    case 'skip': {
      if (person === undefined) return unchanged;
      const queue = [...session.queue.slice(1), person.id];
      const history = [...session.history, { kind: 'skipped' as const, id: person.id }];
      return { session: { ...session, queue, history, pending: {} }, network, outcome: 'skipped' };
    }
    case 'ring':
    case 'context': {
      if (person === undefined) return unchanged;
      const pending =
        action.kind === 'ring'
          ? { ...session.pending, ring: action.ring }
          : { ...session.pending, context: action.context };
      const ring = pending.ring;
      const context =
        pending.context ?? (action.kind === 'ring' ? knownContext(person) : undefined);
      if (ring === undefined || context === undefined) {
        return { session: { ...session, pending }, network, outcome: 'pending' };
      }
      const placed = placePeople(network, [person.id], { ring, context });
      const before = placed.before[0] ?? { id: person.id, ring, contexts: person.contexts };
      return {
        session: {
          ...session,
          queue: session.queue.slice(1),
          pending: {},
          history: [...session.history, { kind: 'sorted', before }],
        },
        network: placed.network,
        outcome: 'sorted',
      };
    }
  }
}

/** Clears a half-made choice, or else takes back the last card filed or skipped. */
function undo(
  session: SortSession,
  network: Network,
): { session: SortSession; network: Network; outcome: SortOutcome } {
  if (session.pending.ring !== undefined || session.pending.context !== undefined) {
    return { session: { ...session, pending: {} }, network, outcome: 'cleared' };
  }
  const last = session.history.at(-1);
  if (last === undefined) return { session, network, outcome: 'none' };
  const history = session.history.slice(0, -1);
  if (last.kind === 'skipped') {
    // The skipped card went to the back of the queue: it comes back to the front.
    const rest = session.queue.filter((id) => id !== last.id);
    const queue = rest.length === session.queue.length ? rest : [last.id, ...rest];
    return { session: { ...session, queue, history }, network, outcome: 'undone' };
  }
  const next = restorePlaces(network, [last.before]);
  const back = next.people.some((person) => person.id === last.before.id);
  const queue = back ? [last.before.id, ...session.queue] : session.queue;
  return { session: { ...session, queue, history }, network: next, outcome: 'undone' };
}
