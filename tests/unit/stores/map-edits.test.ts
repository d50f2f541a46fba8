// @vitest-environment jsdom
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { networkSchema } from '../../../src/lib/network/network';

/*
 * The map page fetches its actions when the reader first reaches for it (map-edits.ts). Each test
 * imports fresh modules, so that the actions have not arrived yet when it starts.
 */

async function fresh() {
  vi.resetModules();
  const edits = await import('../../../src/stores/map-edits');
  const { network, undoHistory } = await import('../../../src/stores/network');
  // Two people called Nguyễn Văn Anh at one company are two people.
  network.set(
    v.parse(networkSchema, {
      people: [
        { id: 'p1', name: 'Nguyễn Văn Anh', contexts: ['workplace'] },
        { id: 'p2', name: 'Nguyễn Văn Anh', contexts: ['workplace'] },
        { id: 'p3', name: 'Trần Thị Hoa' },
      ],
      ties: [{ a: 'p1', b: 'p2' }],
    }),
  );
  return { ...edits, network, undoHistory };
}

beforeEach(() => localStorage.clear());

describe('loadMapEdits', () => {
  it.each(['pointerdown', 'keydown', 'focusin'])(
    'fetches the actions once the reader first reaches for the page (%s)',
    async (type) => {
      const { mapEditsNow } = await fresh();
      expect(mapEditsNow()).toBeUndefined();
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
      await vi.waitFor(() => expect(mapEditsNow()).toBeDefined());
    },
  );

  it('does not fetch them while the reader only looks at the page', async () => {
    const { mapEditsNow } = await fresh();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mapEditsNow()).toBeUndefined();
  });
});

describe('the edits the map island makes', () => {
  it('are made at once once the actions are in', async () => {
    const { loadMapEdits, movePersonTo, tiePeople, network } = await fresh();
    await loadMapEdits();
    movePersonTo('p3', { ring: 'inner' });
    tiePeople('p1', 'p3', 'strong');
    expect(network.get().people.find((person) => person.id === 'p3')?.ring).toBe('inner');
    expect(network.get().ties).toContainEqual({ a: 'p1', b: 'p3', strength: 'strong' });
  });

  it('made before the actions arrive, are applied when they do, in the order they were made', async () => {
    const { loadMapEdits, movePersonTo, deletePerson, untiePeople, network, undoHistory } =
      await fresh();
    const before = network.get();
    movePersonTo('p1', { ring: 'inner' });
    untiePeople('p1', 'p2');
    deletePerson('p1');
    expect(network.get()).toBe(before);

    await loadMapEdits();
    await vi.waitFor(() =>
      expect(network.get().people.map((person) => person.id)).toEqual(['p2', 'p3']),
    );
    // Moved, then untied, then deleted: what undo would bring back is the moved person, untied.
    const [entry] = undoHistory.get();
    expect(entry?.kind).toBe('delete');
    if (entry?.kind !== 'delete') return;
    expect(entry.removed.person.ring).toBe('inner');
    expect(entry.removed.ties).toEqual([]);
    expect(network.get().ties).toEqual([]);
  });

  it('have nothing to undo before the actions have arrived', async () => {
    const { undoLast, mapEditsNow } = await fresh();
    expect(undoLast()).toBeUndefined();
    expect(mapEditsNow()).toBeUndefined();
  });

  it('add a person in the same moment when the actions are in, and after them otherwise', async () => {
    const { addPersonToMap, loadMapEdits, network } = await fresh();
    const first = await addPersonToMap({ name: 'Lê Minh Châu' });
    expect(network.get().people.at(-1)).toEqual(first);

    await loadMapEdits();
    const added = addPersonToMap({ name: 'Phạm Quốc Bảo' });
    expect(network.get().people.at(-1)?.name).toBe('Phạm Quốc Bảo');
    await expect(added).resolves.toMatchObject({ name: 'Phạm Quốc Bảo' });
    await expect(addPersonToMap({ name: '  ' })).rejects.toThrow();
  });

  it('are all actions of network-actions.ts, so the sample routing tested there holds for them', async () => {
    await fresh();
    const actions = Object.keys(await import('../../../src/stores/network-actions'));
    const offered = Object.entries(await import('../../../src/stores/map-edits'))
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => name !== 'loadMapEdits' && name !== 'mapEditsNow');
    expect(offered.length).toBeGreaterThan(5);
    for (const name of offered) expect(actions).toContain(name);
  });
});
