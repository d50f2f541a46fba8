// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { sampleNetwork } from '../../../src/lib/sample-network/sample-network';
import { sampleIntroductions } from '../../../src/lib/sample-network/sample-log';
import { readerStorage, storageText, storeReaderData } from './sample-mode-fixtures';

/*
 * The worksheet fetches the map's and the log's stores only when it has something to show from
 * them, which may be after the reader has already switched to the sample. A store loaded then
 * must show the sample, in the language it was opened in, and still never write the reader's own.
 */

beforeEach(() => {
  localStorage.clear();
  storeReaderData();
  vi.resetModules();
});

it('a map store loaded while the English sample is on screen shows the English sample', async () => {
  const mode = await import('../../../src/stores/sample-mode');
  await mode.prepareSample();
  mode.exploreSample('en');
  const before = storageText();

  const { mapOnScreen, mapRoute } = await import('../../../src/stores/network');
  const { logOnScreen } = await import('../../../src/stores/introductions');

  expect(mapOnScreen.get().people.map((person) => person.name)).toEqual(
    sampleNetwork('en').people.map((person) => person.name),
  );
  expect(logOnScreen.get().map((record) => record.id)).toEqual(
    sampleIntroductions('en').map((record) => record.id),
  );
  // What is done to it goes to the copy, not to the reader's stored map.
  expect(mapRoute.target()).not.toBe((await import('../../../src/stores/network')).network);
  expect(storageText()).toEqual(before);

  mode.backToOwnNetwork();
  expect(mapOnScreen.get().people.map((person) => person.name)).toEqual(readerStorage.people);
});

it('a map store loaded before any visit to the sample shows the reader their own map', async () => {
  const { mapOnScreen } = await import('../../../src/stores/network');
  expect(mapOnScreen.get().people.map((person) => person.name)).toEqual(readerStorage.people);
});
