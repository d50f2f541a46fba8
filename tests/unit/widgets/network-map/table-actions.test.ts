// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { network } from '../../../../src/stores/network';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

function people() {
  seed({
    people: [
      { id: 'p1', name: 'Lan', contexts: ['workplace'], ring: 'inner' },
      { id: 'p2', name: 'Minh', contexts: ['school'] },
      { id: 'p3', name: 'Hà', contexts: ['family'], ring: 'acquaintance' },
    ],
  });
}

describe('PeopleTable (the list twin of the map)', () => {
  it('lists everyone with labelled controls, in map order', async () => {
    people();
    render(NetworkMap, { locale: 'en', strings });
    const table = await screen.findByRole('table', { name: '3 people on the map' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getByRole('button', { name: /^Edit / })
          .textContent?.trim(),
      ),
    ).toEqual(['Edit Lan', 'Edit Minh', 'Edit Hà']);
    expect(screen.getByRole('combobox', { name: 'Ring for Hà' })).toHaveProperty(
      'value',
      'acquaintance',
    );
  });

  it('ties two people selected with their checkboxes', async () => {
    people();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('checkbox', { name: 'Select Lan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Hà' }));
    // The selection bar's code is fetched as the reader reaches for the list: it may still be on
    // its way after the second click.
    expect(await screen.findByText('Lan and Hà.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tie: strong' }));

    expect(network.get().ties).toEqual([{ a: 'p1', b: 'p3', strength: 'strong' }]);
    expect(screen.getByText('They know each other: a strong tie.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove tie' }));
    expect(network.get().ties).toEqual([]);
  });

  it('keeps everyone ticked, offering to move three or more together rather than tie them', async () => {
    people();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    for (const name of ['Lan', 'Minh', 'Hà']) {
      await user.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
    }
    expect(screen.getByRole('checkbox', { name: 'Select Lan' })).toHaveProperty('checked', true);
    expect(
      await screen.findByText(
        '3 people are selected. Move them together from the list below, or clear the selection.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tie: strong' })).toBeNull();
  });

  it('moves a person to another ring and context with the selects', async () => {
    people();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Ring for Minh' }),
      'close',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Main context for Minh' }),
      'community',
    );

    expect(network.get().people[1]).toMatchObject({ ring: 'close', contexts: ['community'] });
    expect(screen.getByText('Minh is now in Close, Community.')).toBeTruthy();
  });

  it('opens the editor from a name and saves what is typed there', async () => {
    people();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('button', { name: 'Edit Minh' }));
    // The editor is fetched when it is first opened, and focuses its first field.
    const editor = await screen.findByRole('region', { name: 'About Minh' });
    await vi.waitFor(() =>
      expect(within(editor).getByLabelText('Name')).toBe(document.activeElement),
    );
    await user.type(within(editor).getByLabelText('They know about'), 'kinh tế, dữ liệu');
    await user.type(within(editor).getByLabelText('Known since'), '2019-04');
    await user.click(within(editor).getByRole('radio', { name: 'Happy to be introduced' }));
    await user.click(within(editor).getByRole('button', { name: 'Done' }));

    expect(network.get().people[1]).toMatchObject({
      knowsAbout: ['kinh tế', 'dữ liệu'],
      since: '2019-04',
      preference: 'open',
    });
    // Focus goes back to where the reader opened the editor from.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Minh' }));
  });

  it('does not save a date it cannot read, and says how to write it', async () => {
    people();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.click(await screen.findByRole('button', { name: 'Edit Lan' }));
    const since = await screen.findByLabelText('Known since');
    await user.type(since, 'last spring');

    expect(screen.getByText('Write it as 2019, 2019-04 or 2019-04-23.')).toBeTruthy();
    expect(since.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(network.get().people[0]?.since).toBeUndefined();
  });
});
