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

describe('setDraftPerson and setDraftSide', () => {
  it('saves who is on a side and the answers about them at once, with the day of a consent', async () => {
    const { setDraftPerson, setDraftSide, weigherDraft } = await load();
    setDraftPerson('b', { mode: 'typed', personId: '', typedName: 'Hoa' }, []);
    setDraftSide('b', { consent: 'asked' }, '2026-12-04');
    expect(weigherDraft.get().b).toMatchObject({ mode: 'typed', typedName: 'Hoa' });
    expect(stored()).toMatchObject({
      v: 2,
      data: { b: { typedName: 'Hoa', consent: 'asked', consentDate: '2026-12-04' } },
    });
  });

  it('reads a draft saved by version 1, keeping its answers', async () => {
    localStorage.setItem(
      'syn:intro-weigher',
      JSON.stringify({
        v: 1,
        data: { a: { mode: 'typed', typedName: 'Lan', consent: 'yes', viAddress: 'chị' } },
      }),
    );
    const { weigherDraft } = await load();
    expect(weigherDraft.get().a).toMatchObject({
      typedName: 'Lan',
      consent: 'yes',
      viAddress: 'chị-tôi',
    });
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
