// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { network } from '../../../../src/stores/network';
import { strings, useCleanMap } from './setup';

useCleanMap();

describe('QuickAdd (in the network map)', () => {
  it('adds a person when a name is typed and Enter pressed, then clears the box', async () => {
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const name = await screen.findByLabelText('Name or nickname');
    await user.type(name, 'Chị Lan{Enter}');

    expect(network.get().people.map((person) => person.name)).toEqual(['Chị Lan']);
    expect(name).toHaveProperty('value', '');
    expect(document.activeElement).toBe(name);
    expect(await screen.findByRole('button', { name: 'Edit Chị Lan' })).toBeTruthy();
  });

  it('uses the context and ring chosen beside the name', async () => {
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const form = (await screen.findByLabelText('Name or nickname')).closest('form');
    const [context, ring] = form?.querySelectorAll('select') ?? [];
    if (!context || !ring) throw new Error('the quick-add form has no context or ring select');
    await user.selectOptions(context, 'school');
    await user.selectOptions(ring, 'close');
    await user.type(screen.getByLabelText('Name or nickname'), 'Quân{Enter}');

    expect(network.get().people[0]).toMatchObject({
      name: 'Quân',
      contexts: ['school'],
      ring: 'close',
    });
  });

  it('refuses an empty name and says why', async () => {
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    await user.type(await screen.findByLabelText('Name or nickname'), '   {Enter}');

    expect(network.get().people).toEqual([]);
    expect(screen.getByText('Please type a name.')).toBeTruthy();
  });
});
