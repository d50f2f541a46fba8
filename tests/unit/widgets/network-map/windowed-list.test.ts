// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

function crowd(size: number) {
  seed({
    people: Array.from({ length: size }, (_, i) => ({ id: `p${i + 1}`, name: `Person ${i + 1}` })),
  });
}

describe('PeopleTable with many people', () => {
  it('renders every row of a short list', async () => {
    crowd(20);
    render(NetworkMap, { locale: 'en', strings });
    const table = await screen.findByRole('table', { name: '20 people on the map' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
  });

  it('renders only a window of a long list and tells how many rows there are in all', async () => {
    crowd(2000);
    render(NetworkMap, { locale: 'en', strings });
    const table = await screen.findByRole('table', { name: '2,000 people on the map' });
    // jsdom has no layout, so the box is 0 px high: the window is one row plus 8 rows of
    // overscan (visibleRows: ceil(0 / 52) + 1 = 1 shown, start 0, end 0 + 1 + 8 = 9).
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(10);
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('shows counts per ring and context on the map instead of 2,000 dots', async () => {
    crowd(2000);
    render(NetworkMap, { locale: 'en', strings });
    await screen.findByRole('table');
    expect(screen.queryByRole('listbox', { name: 'People on the map' })).toBeNull();
    // Everyone is in the default ring (wider) with no context: one cell holding all 2,000.
    expect(screen.getByText('2,000 people in Wider, Unsorted')).toBeTruthy();
  });
});
