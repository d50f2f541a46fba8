// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { undoHistory, network } from '../../../../src/stores/network';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

describe('deleting with undo', () => {
  it('deletes a person with their ties, announces it and moves focus to Undo', async () => {
    seed({
      people: [
        { id: 'p1', name: 'Lan' },
        { id: 'p2', name: 'Minh' },
        { id: 'p3', name: 'Hà' },
      ],
      ties: [
        { a: 'p1', b: 'p2' },
        { a: 'p2', b: 'p3', strength: 'strong' },
      ],
    });
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('button', { name: 'Delete Minh' }));

    expect(network.get().people.map((p) => p.name)).toEqual(['Lan', 'Hà']);
    expect(network.get().ties).toEqual([]);
    expect(screen.getByText('Minh was deleted with 2 ties.')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo: bring back Minh' });
    expect(document.activeElement).toBe(undo);

    await user.click(undo);
    expect(network.get().people.map((p) => p.name)).toEqual(['Lan', 'Minh', 'Hà']);
    expect(network.get().ties).toEqual([
      { a: 'p1', b: 'p2', strength: 'weak' },
      { a: 'p2', b: 'p3', strength: 'strong' },
    ]);
    expect(undoHistory.get()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('undoes several deletions newest first', async () => {
    seed({
      people: [
        { id: 'p1', name: 'Lan' },
        { id: 'p2', name: 'Minh' },
      ],
    });
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('button', { name: 'Delete Lan' }));
    await user.click(screen.getByRole('button', { name: 'Delete Minh' }));
    expect(network.get().people).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo: bring back Minh' }));
    await user.click(screen.getByRole('button', { name: 'Undo: bring back Lan' }));
    expect(network.get().people.map((p) => p.name)).toEqual(['Lan', 'Minh']);
  });
});
