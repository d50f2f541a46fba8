// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { network } from '../../../../src/stores/network';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

function importedPeople() {
  seed({
    people: [
      { id: 'p1', name: 'Lan', contexts: ['family'], ring: 'inner' },
      { id: 'p2', name: 'Nguyễn Văn Anh', contexts: ['imported'], ring: 'acquaintance' },
      {
        id: 'p3',
        name: 'Trần Thị Bình',
        contexts: ['imported', 'workplace'],
        ring: 'acquaintance',
        company: 'Example Logistics',
      },
      { id: 'p4', name: 'Nguyễn Văn Anh', contexts: ['imported'], ring: 'acquaintance' },
    ],
  });
}

const status = () =>
  screen
    .getAllByRole('status')
    .map((node) => node.textContent?.trim() ?? '')
    .join(' | ');

describe('the sorting mode', () => {
  it('is offered only while someone is still in Imported, with how many wait', async () => {
    seed({ people: [{ id: 'p1', name: 'Lan', contexts: ['family'] }] });
    render(NetworkMap, { locale: 'en', strings });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /^Sort imported people/ })).toBeNull();
  });

  it('sorts card by card from the keyboard, with skip, undo and a progress count', async () => {
    importedPeople();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(
      await screen.findByRole('button', { name: 'Sort imported people (3 waiting)' }),
    );
    expect(document.activeElement?.textContent).toBe('Sort people one by one');
    expect(screen.getByText('0 of 3 sorted')).toBeTruthy();

    // Letter A is the first context (Workplace); 2 is the close ring.
    await user.keyboard('a');
    expect(status()).toContain('Workplace chosen. Now a ring: 1 to 4.');
    expect(network.get().people[1]?.contexts).toEqual(['imported']);
    await user.keyboard('2');
    expect(network.get().people[1]).toMatchObject({ ring: 'close', contexts: ['workplace'] });
    expect(screen.getByText('1 of 3 sorted')).toBeTruthy();
    expect(status()).toContain(
      'Nguyễn Văn Anh: Close, Workplace. 1 of 3 sorted. Next: Trần Thị Bình.',
    );

    // Bình's context was guessed from the file: a ring alone files her.
    expect(
      screen.getByText('Context guessed from the file: Workplace. A ring is enough.'),
    ).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(status()).toContain('Trần Thị Bình left for later. Next: Nguyễn Văn Anh.');
    await user.keyboard('3e');
    expect(network.get().people[3]).toMatchObject({ ring: 'wider', contexts: ['family'] });
    await user.keyboard('4');
    expect(network.get().people[2]).toMatchObject({
      ring: 'acquaintance',
      contexts: ['workplace'],
    });
    expect(screen.getByText('Done! All 3 people have a ring and a context.')).toBeTruthy();

    await user.keyboard('{Backspace}');
    expect(network.get().people[2]?.contexts).toEqual(['imported', 'workplace']);
    expect(screen.getByText('2 of 3 sorted')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('2 of 3 sorted')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Sort imported people (1 waiting)' }),
    );
  });

  it('works by pointer too, and leaves keys alone when focus is elsewhere', async () => {
    importedPeople();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(
      await screen.findByRole('button', { name: 'Sort imported people (3 waiting)' }),
    );
    await user.click(screen.getByRole('button', { name: /Innermost$/ }));
    expect(screen.getByRole('button', { name: /Innermost$/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(screen.getByRole('button', { name: /School$/ }));
    expect(network.get().people[1]).toMatchObject({ ring: 'inner', contexts: ['school'] });

    screen.getByLabelText('Name or nickname').focus();
    await user.keyboard('1');
    expect(network.get().people[2]?.ring).toBe('acquaintance');
  });
});
