// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

describe('WhoCanHelp', () => {
  it('finds people by topic without accents, by company and by context name', async () => {
    seed({
      people: [
        { id: 'p1', name: 'Lan', knowsAbout: ['kinh tế vĩ mô'], trust: 5 },
        { id: 'p2', name: 'Minh', company: 'Ngân hàng Kinh Tế' },
        { id: 'p3', name: 'Hà', contexts: ['school'] },
      ],
    });
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const help = (await screen.findByRole('heading', { name: 'Who could help with …?' })).closest(
      'section',
    );
    if (!help) throw new Error('no "who could help" section');
    const box = await within(help).findByLabelText('Topic, company or context');

    await user.type(box, 'kinh te');
    expect(within(help).getByText('2 people could help')).toBeTruthy();
    const items = within(help).getAllByRole('listitem');
    // What someone knows ranks above where they work (findPeople's WEIGHT).
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Lan knows about kinh tế vĩ mô',
      'Minh works at Ngân hàng Kinh Tế',
    ]);

    await user.clear(box);
    await user.type(box, 'school');
    expect(within(help).getByRole('button', { name: 'Hà' })).toBeTruthy();

    await user.clear(box);
    await user.type(box, 'zzz');
    expect(within(help).getByText('Nobody found yet. Try a shorter word.')).toBeTruthy();
  });
});
