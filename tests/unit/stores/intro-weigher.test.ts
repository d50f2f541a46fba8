// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWeigherDraft } from '../../../src/lib/intro/weigher-draft';

async function load() {
  vi.resetModules();
  const store = await import('../../../src/stores/intro-weigher');
  const { storageHealth } = await import('../../../src/stores/storage-health');
  return { ...store, storageHealth };
}

const stored = () =>
  JSON.parse(localStorage.getItem('syn:intro-weigher') ?? 'null') as { data: unknown } | null;

beforeEach(() => localStorage.clear());

describe('weigherDraft', () => {
  it('starts blank and reads a half-broken saved draft leniently', async () => {
    expect((await load()).weigherDraft.get()).toEqual(emptyWeigherDraft());
    localStorage.setItem(
      'syn:intro-weigher',
      JSON.stringify({ v: 1, data: { purpose: 'UX', sensitivity: 'nope' } }),
    );
    const { weigherDraft } = await load();
    expect(weigherDraft.get()).toEqual({ ...emptyWeigherDraft(), purpose: 'UX' });
  });

  it('reports a saved value that is not a draft at all as damaged', async () => {
    localStorage.setItem('syn:intro-weigher', JSON.stringify({ v: 1, data: [1, 2] }));
    const { storageHealth } = await load();
    expect(storageHealth.get()['intro-weigher']).toMatchObject({ state: 'damaged' });
  });
});

describe('setDraftSide', () => {
  it('saves the answers about one side at once', async () => {
    const { setDraftSide, weigherDraft } = await load();
    setDraftSide('b', { mode: 'typed', typedName: 'Hoa' });
    expect(weigherDraft.get().b).toMatchObject({ mode: 'typed', typedName: 'Hoa' });
    expect(stored()?.data).toMatchObject({ b: { typedName: 'Hoa' } });
  });
});

describe('setDraftAnswers', () => {
  it('saves answers about the introduction as a whole', async () => {
    const { setDraftAnswers } = await load();
    setDraftAnswers({ purpose: 'Gặp nhau', sensitivity: 'high' });
    expect(stored()?.data).toMatchObject({ purpose: 'Gặp nhau', sensitivity: 'high' });
  });
});

describe('clearDraft', () => {
  it('clears every answer and gives back the old draft for undo', async () => {
    const { setDraftAnswers, clearDraft, replaceDraft, weigherDraft } = await load();
    setDraftAnswers({ purpose: 'x' });
    const old = clearDraft();
    expect(weigherDraft.get()).toEqual(emptyWeigherDraft());
    replaceDraft(old);
    expect(weigherDraft.get().purpose).toBe('x');
  });
});

describe('replaceDraft', () => {
  it('saves the whole draft', async () => {
    const { replaceDraft } = await load();
    replaceDraft({ ...emptyWeigherDraft(), asker: 'a' });
    expect(stored()?.data).toMatchObject({ asker: 'a' });
  });
});
