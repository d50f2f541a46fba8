// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidateToWeigherInput } from '../../../src/lib/intro/candidate';
import type { RemovedRecord } from '../../../src/lib/intro/introduction-log';
import { startSorting } from '../../../src/lib/network/sorting-session';
import { sampleNetwork } from '../../../src/lib/sample-network/sample-network';
import { sampleIntroductions } from '../../../src/lib/sample-network/sample-log';
import { readerStorage, storeReaderData, storageText } from './sample-mode-fixtures';

/*
 * While the sample network is on screen, every action of the map, the log, the weigher and the
 * import must leave the reader's stored data as it was, byte for byte, and their stores as they
 * were; and it must still do what it does, to the sample on screen. The lists of actions are read
 * from the store modules: an action added later without a case here fails the first test.
 */

type Stores = typeof import('../../../src/stores/network') &
  typeof import('../../../src/stores/network-actions') &
  typeof import('../../../src/stores/network-edits') &
  typeof import('../../../src/stores/network-issues') &
  typeof import('../../../src/stores/network-merge') &
  typeof import('../../../src/stores/network-sorting') &
  typeof import('../../../src/stores/introductions') &
  typeof import('../../../src/stores/intro-weigher') &
  typeof import('../../../src/stores/intro-weights') &
  typeof import('../../../src/stores/network-import') &
  typeof import('../../../src/stores/sample-mode');

let s: Stores;
const modules = {
  network: () => import('../../../src/stores/network'),
  'network-actions': () => import('../../../src/stores/network-actions'),
  'network-edits': () => import('../../../src/stores/network-edits'),
  'network-issues': () => import('../../../src/stores/network-issues'),
  'network-merge': () => import('../../../src/stores/network-merge'),
  'network-sorting': () => import('../../../src/stores/network-sorting'),
  introductions: () => import('../../../src/stores/introductions'),
  'intro-weigher': () => import('../../../src/stores/intro-weigher'),
  'intro-weights': () => import('../../../src/stores/intro-weights'),
  'network-import': () => import('../../../src/stores/network-import'),
};

beforeAll(async () => {
  localStorage.clear();
  storeReaderData();
  vi.resetModules();
  s = Object.assign(
    {},
    ...(await Promise.all(Object.values(modules).map((load) => load()))),
    await import('../../../src/stores/sample-mode'),
  ) as Stores;
  // The switch fetches the sample's people before its first visit; so do these tests.
  await s.prepareSample();
});

beforeEach(() => {
  // Each case starts from a fresh sample: back to the reader's network, then to the sample.
  s.backToOwnNetwork();
  s.exploreSample('vi');
});

/** Functions exported by a store module that only read (or make an id) and write nothing. */
const READS = new Set([
  'newRecordId',
  'mapReadiness',
  'whenMapRead',
  'roomForMap',
  'checkImportFits',
  'mapSize',
]);

interface Case {
  /** Which of the on-screen stores the action changes (to show that it did something). */
  shows: 'map' | 'log' | 'draft' | 'weights' | 'nothing';
  prepare?: () => void;
  act: () => unknown;
}

let removedRecord: RemovedRecord | undefined;

const CASES: Record<string, Case> = {
  addPersonToMap: { shows: 'map', act: () => s.addPersonToMap({ name: 'Nguyễn Văn Anh' }) },
  editPerson: { shows: 'map', act: () => s.editPerson('w1', { name: 'Lê Quân' }) },
  movePersonTo: { shows: 'map', act: () => s.movePersonTo('w1', { ring: 'inner' }) },
  deletePerson: { shows: 'map', act: () => s.deletePerson('w2') },
  // The sample's two Nguyễn Văn Anh are two people; merging them is still the reader's call.
  mergePeopleOnMap: { shows: 'map', act: () => s.mergePeopleOnMap('s6', 'h4') },
  placePeopleOnMap: {
    shows: 'map',
    act: () => s.placePeopleOnMap(['o1', 'o2'], { ring: 'close', context: 'school' }),
  },
  sortOnMap: {
    shows: 'map',
    prepare: () => s.addPersonToMap({ name: 'Phạm Thị Thu', contexts: ['imported'] }),
    act: () => {
      const { session } = s.sortOnMap(startSorting(s.mapOnScreen.get()), {
        kind: 'ring',
        ring: 'close',
      });
      return s.sortOnMap(session, { kind: 'context', context: 'workplace' });
    },
  },
  undoLast: { shows: 'map', prepare: () => s.deletePerson('f1'), act: () => s.undoLast() },
  tiePeople: { shows: 'map', act: () => s.tiePeople('w1', 'o1', 'strong') },
  untiePeople: { shows: 'map', act: () => s.untiePeople('w1', 'w2') },
  addContextToMap: { shows: 'map', act: () => s.addContextToMap('Câu lạc bộ chạy bộ') },
  setReaderIssues: { shows: 'map', act: () => s.setReaderIssues(['nhà ở']) },

  addIntroduction: {
    shows: 'log',
    act: () =>
      s.addIntroduction({
        id: 'i-sample-new',
        personA: { kind: 'person', personId: 'w1' },
        personB: { kind: 'typed', name: 'Chị Mai' },
        date: '2026-12-01',
      }),
  },
  updateIntroduction: {
    shows: 'log',
    act: () => s.updateIntroduction('sample-3', { outcome: 'good' }),
  },
  removeIntroduction: { shows: 'log', act: () => s.removeIntroduction('sample-1') },
  undoRemoveIntroduction: {
    shows: 'log',
    prepare: () => {
      removedRecord = s.removeIntroduction('sample-2');
    },
    act: () => s.undoRemoveIntroduction(removedRecord as RemovedRecord),
  },

  setDraftAnswers: { shows: 'draft', act: () => s.setDraftAnswers({ purpose: 'Tìm mentor' }) },
  setDraftPerson: {
    shows: 'draft',
    act: () =>
      s.setDraftPerson(
        'a',
        { mode: 'map', personId: 'w3', typedName: '' },
        s.mapOnScreen.get().people,
      ),
  },
  setDraftSide: {
    shows: 'draft',
    act: () => s.setDraftSide('b', { consent: 'yes' }, '2026-12-04'),
  },
  loadDraftInput: {
    shows: 'draft',
    act: () => {
      const people = s.mapOnScreen.get().people;
      s.loadDraftInput(
        candidateToWeigherInput({ aId: 'w3', bId: 's3', sharedTopics: [] }, people),
        people,
      );
    },
  },
  replaceDraft: {
    shows: 'draft',
    act: () => s.replaceDraft({ ...s.draftOnScreen.get(), purpose: 'Góp ý hồ sơ' }),
  },
  clearDraft: {
    shows: 'draft',
    prepare: () => s.setDraftAnswers({ purpose: 'Tìm mentor' }),
    act: () => s.clearDraft(),
  },

  setFactorWeight: { shows: 'weights', act: () => s.setFactorWeight('sensitivity', 3) },
  setWeightThreshold: { shows: 'weights', act: () => s.setWeightThreshold('goAt', 0.9) },
  resetWeights: {
    shows: 'weights',
    prepare: () => s.setFactorWeight('trustA', 2.5),
    act: () => s.resetWeights(),
  },

  // The reader's contacts never go into the sample, nor unseen into their own map.
  confirmImport: {
    shows: 'nothing',
    act: () =>
      s.confirmImport(
        { rows: [], rejected: [], total: 0 } as unknown as Parameters<Stores['confirmImport']>[0],
        { useContextHints: true, useTopicHints: false },
      ),
  },
  undoImportById: { shows: 'nothing', act: () => s.undoImportById('i1') },
  undoLastImport: { shows: 'nothing', act: () => s.undoLastImport() },
  forgetImport: { shows: 'nothing', act: () => s.forgetImport('i1') },
};

function onScreen(which: Case['shows']): unknown {
  if (which === 'map') return s.mapOnScreen.get();
  if (which === 'log') return s.logOnScreen.get();
  if (which === 'draft') return s.draftOnScreen.get();
  if (which === 'weights') return s.weightsOnScreen.get();
  return undefined;
}

describe('routeThroughSample', () => {
  it('has a case for every action the map, log, weigher and import stores export', async () => {
    const exported = (await Promise.all(Object.values(modules).map((load) => load())))
      .flatMap((module) => Object.entries(module))
      .filter(([name, value]) => typeof value === 'function' && !READS.has(name))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(20);
    expect(Object.keys(CASES).sort()).toEqual([...new Set(exported)].sort());
  });

  it.each(Object.keys(CASES))(
    '%s, while the sample is shown, changes only the sample and leaves storage byte-identical',
    async (name) => {
      const test = CASES[name] as Case;
      const stored = storageText();
      const own = {
        map: s.network.get(),
        log: s.introductions.get(),
        draft: s.weigherDraft.get(),
        weights: s.introWeights.get(),
        undo: s.undoHistory.get(),
        imports: s.lastImport.get(),
      };
      test.prepare?.();
      const before = onScreen(test.shows);
      const result: unknown = await test.act();

      if (test.shows === 'nothing') {
        expect(result === undefined || (result as { ok: boolean }).ok === false).toBe(true);
      } else {
        expect(onScreen(test.shows)).not.toEqual(before);
      }
      expect(storageText()).toBe(stored);
      // Not merely equal: the reader's stores were never set.
      expect(s.network.get()).toBe(own.map);
      expect(s.introductions.get()).toBe(own.log);
      expect(s.weigherDraft.get()).toBe(own.draft);
      expect(s.introWeights.get()).toBe(own.weights);
      expect(s.undoHistory.get()).toBe(own.undo);
      expect(s.lastImport.get()).toBe(own.imports);
    },
  );

  it('refuses an import with a reason while the sample is shown', async () => {
    const result = await (CASES['confirmImport'] as Case).act();
    expect(result).toMatchObject({ ok: false, error: 'sample-shown' });
  });
});

describe('exploreSample and backToOwnNetwork', () => {
  it('shows the sample in the reader’s language, then the reader’s own data again', () => {
    s.backToOwnNetwork();
    s.exploreSample('en');
    expect(s.mapOnScreen.get()).toEqual(sampleNetwork('en'));
    expect(s.logOnScreen.get()).toEqual(sampleIntroductions('en'));
    s.backToOwnNetwork();
    expect(s.networkShown.get()).toBe('own');
    expect(s.mapOnScreen.get()).toBe(s.network.get());
    expect(s.logOnScreen.get()).toBe(s.introductions.get());
    expect(s.draftOnScreen.get()).toBe(s.weigherDraft.get());
    expect(s.weightsOnScreen.get()).toBe(s.introWeights.get());
    expect(s.mapOnScreen.get().people.map((person) => person.name)).toEqual(readerStorage.people);
  });

  it('starts each visit to the sample afresh: what was tried last time is gone', () => {
    s.deletePerson('w1');
    s.setFactorWeight('sensitivity', 3);
    s.backToOwnNetwork();
    s.exploreSample('vi');
    expect(s.mapOnScreen.get()).toEqual(sampleNetwork('vi'));
    expect(s.weightsOnScreen.get()).toEqual(s.introWeights.get());
    expect(s.undoOnScreen.get()).toEqual([]);
  });

  it('keeps what the reader tries when a second switch on the page asks for the sample again', () => {
    s.deletePerson('w1');
    s.exploreSample('vi');
    expect(s.mapOnScreen.get().people.some((person) => person.id === 'w1')).toBe(false);
  });

  it('judges the sample by the reader’s own weights', () => {
    expect(s.weightsOnScreen.get()).toEqual(s.introWeights.get());
  });

  it('keeps the reader’s undo apart from the sample’s', () => {
    s.backToOwnNetwork();
    const ownUndo = s.undoHistory.get();
    s.exploreSample('vi');
    s.deletePerson('w1');
    expect(s.undoOnScreen.get()).toHaveLength(1);
    s.backToOwnNetwork();
    expect(s.undoOnScreen.get()).toBe(ownUndo);
    // Undo on the reader's map takes back nothing of the sample's.
    expect(s.undoLast()).toBeUndefined();
  });
});

describe('the sample before its first visit', () => {
  it('is not built or shown until asked for, and a switch that did not wait still shows it', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/stores/sample-mode');
    const { network, mapOnScreen } = await import('../../../src/stores/network');
    // Before the first visit the sample's copy is the reader's own map: nothing of it was made.
    expect(mapOnScreen.get()).toBe(network.get());
    expect(fresh.sampleReaderLine('en')).toBe('');
    fresh.exploreSample('en');
    expect(fresh.networkShown.get()).toBe('own');
    await fresh.prepareSample();
    await Promise.resolve();
    expect(fresh.networkShown.get()).toBe('sample');
    expect(mapOnScreen.get()).toEqual(sampleNetwork('en'));
    expect(fresh.sampleReaderLine('en')).not.toBe('');
    fresh.backToOwnNetwork();
  });
});
