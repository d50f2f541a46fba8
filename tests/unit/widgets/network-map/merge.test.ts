// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { network } from '../../../../src/stores/network';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

// Two namesakes at one company (different people) and a second record of one of them.
function namesakes() {
  seed({
    people: [
      {
        id: 'p1',
        name: 'Phạm Văn Viktor',
        contexts: ['workplace'],
        ring: 'close',
        notes: 'Runs the Hải Phòng depot.',
      },
      {
        id: 'p2',
        name: 'Phạm Văn Viktor',
        contexts: ['imported'],
        ring: 'acquaintance',
        company: 'Example Logistics',
        url: 'https://www.linkedin.com/in/viktor-pham-2',
        since: '2018-06',
      },
      {
        id: 'p3',
        name: 'Phạm Văn Viktor',
        contexts: ['imported'],
        company: 'Example Logistics',
        url: 'https://www.linkedin.com/in/viktor-pham-3',
      },
      { id: 'p4', name: 'Lan' },
    ],
    ties: [{ a: 'p2', b: 'p4', strength: 'strong' }],
  });
}

describe('merging two people from the editor', () => {
  it('finds namesakes told apart by their links, previews the result and merges on confirm', async () => {
    namesakes();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const edits = await screen.findAllByRole('button', { name: 'Edit Phạm Văn Viktor' });
    await user.click(edits[0] as HTMLElement);
    // The editor is fetched when it is first opened.
    await user.click(await screen.findByRole('button', { name: 'Merge with someone else…' }));
    // The merge panel is fetched when asked for, and takes focus once it is in.
    const query = await screen.findByLabelText('Find the other record by name');
    await vi.waitFor(() => expect(document.activeElement).toBe(query));

    const matches = screen.getByRole('group', { name: 'Who might be Phạm Văn Viktor' });
    const choices = within(matches).getAllByRole('radio');
    expect(choices).toHaveLength(2);
    expect(matches.textContent).toContain('viktor-pham-2');
    expect(matches.textContent).toContain('viktor-pham-3');
    const confirm = screen.getByRole('button', { name: 'Merge … into Phạm Văn Viktor' });
    expect(confirm).toHaveProperty('disabled', true);

    await user.click(choices[0] as HTMLElement);
    expect(screen.getByText('After the merge, Phạm Văn Viktor will hold:')).toBeTruthy();
    expect(screen.getByText('https://www.linkedin.com/in/viktor-pham-2')).toBeTruthy();
    expect(screen.getByText('1 tie')).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Merge Phạm Văn Viktor into Phạm Văn Viktor' }),
    );

    expect(network.get().people.map((p) => p.id)).toEqual(['p1', 'p3', 'p4']);
    expect(network.get().people[0]).toMatchObject({
      ring: 'close',
      contexts: ['workplace'],
      url: 'https://www.linkedin.com/in/viktor-pham-2',
      since: '2018-06',
      notes: 'Runs the Hải Phòng depot.',
    });
    expect(network.get().ties).toEqual([{ a: 'p1', b: 'p4', strength: 'strong' }]);
    expect(screen.getByText('Phạm Văn Viktor was merged into Phạm Văn Viktor.')).toBeTruthy();

    await user.click(
      screen.getByRole('button', { name: 'Undo: separate Phạm Văn Viktor and Phạm Văn Viktor' }),
    );
    expect(network.get().people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(network.get().ties).toEqual([{ a: 'p2', b: 'p4', strength: 'strong' }]);
  });

  it('changes nothing when the reader cancels', async () => {
    namesakes();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('button', { name: 'Edit Lan' }));
    // The editor is fetched when it is first opened.
    await user.click(await screen.findByRole('button', { name: 'Merge with someone else…' }));
    expect(await screen.findByText('Nobody else on the map matches this name.')).toBeTruthy();
    await user.clear(screen.getByLabelText('Find the other record by name'));
    await user.type(screen.getByLabelText('Find the other record by name'), 'pham');
    const matches = screen.getByRole('group', { name: 'Who might be Lan' });
    expect(within(matches).getAllByRole('radio')).toHaveLength(3);
    const before = network.get();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(network.get()).toBe(before);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Merge with someone else…' }),
    );
  });
});
