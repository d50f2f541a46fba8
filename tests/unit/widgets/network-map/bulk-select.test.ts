// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { network } from '../../../../src/stores/network';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm'];

/** Imported people with repeating Vietnamese names, every third one already at school. */
function imported(size: number) {
  seed({
    people: Array.from({ length: size }, (_, i) => ({
      id: `p${String(i + 1)}`,
      name: `${FAMILY_NAMES[i % 4] ?? ''} Văn ${String(Math.floor(i / 4) + 1)}`,
      contexts: i % 3 === 2 ? ['school'] : ['imported'],
      ring: 'acquaintance',
    })),
  });
}

const bar = () => screen.getByRole('group', { name: 'Select and move many' });

const selectedIds = () =>
  screen
    .getAllByRole('checkbox', { checked: true })
    .map((box) => box.getAttribute('aria-label'))
    .filter((label) => label?.startsWith('Select ') && !label.startsWith('Select all'));

describe('selecting many people in the list', () => {
  it('selects a run of rows with a shift-click', async () => {
    imported(9);
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Trần Văn 1' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Nguyễn Văn 2' }));
    await user.keyboard('{/Shift}');
    expect(selectedIds()).toEqual([
      'Select Trần Văn 1',
      'Select Lê Văn 1',
      'Select Phạm Văn 1',
      'Select Nguyễn Văn 2',
    ]);
    expect(within(bar()).getByText('4 people selected.')).toBeTruthy();
  });

  it('selects everyone the filters show and moves them to a ring and context in one undoable change', async () => {
    imported(200);
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await screen.findByRole('table');
    const before = network.get();
    await user.click(screen.getByRole('button', { name: 'Select all 200 shown' }));
    expect(within(bar()).getByText('200 people selected.')).toBeTruthy();
    await user.selectOptions(within(bar()).getByLabelText('Move to ring'), 'wider');
    await user.selectOptions(within(bar()).getByLabelText('Move to context'), 'workplace');
    await user.click(within(bar()).getByRole('button', { name: 'Move 200 people' }));

    expect(network.get().people.every((p) => p.ring === 'wider')).toBe(true);
    expect(network.get().people.every((p) => p.contexts[0] === 'workplace')).toBe(true);
    expect(network.get().people.some((p) => p.contexts.includes('imported'))).toBe(false);
    expect(screen.getByText('200 people were moved.')).toBeTruthy();
    // The list stays windowed with 200 rows.
    expect(screen.getAllByRole('row').length).toBeLessThan(50);

    await user.click(screen.getByRole('button', { name: 'Undo: move 200 people back' }));
    expect(network.get()).toEqual(before);
  });

  it('asks for a ring or a context before moving anyone', async () => {
    imported(3);
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('checkbox', { name: 'Select all 3 shown' }));
    const before = network.get();
    await user.click(screen.getByRole('button', { name: 'Move 3 people' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a ring or a context first.');
    expect(network.get()).toBe(before);
    await user.click(screen.getByRole('checkbox', { name: 'Select all 3 shown' }));
    expect(within(bar()).getByText('0 people selected.')).toBeTruthy();
  });
});
