// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { islandStrings } from '../../../../src/i18n/island-strings';
import NetworkMap from '../../../../src/widgets/network-map/NetworkMap.svelte';
import { seed, strings, useCleanMap } from './setup';

useCleanMap();

/** Five people in two groups that do not know each other, plus one on their own. */
function twoGroups() {
  seed({
    people: [
      { id: 'p1', name: 'Lan', contexts: ['workplace'], ring: 'inner', knowsAbout: ['Kinh tế'] },
      { id: 'p2', name: 'Minh', contexts: ['workplace'], ring: 'close', preference: 'open' },
      { id: 'p3', name: 'Hà', contexts: ['family'], ring: 'close', learnFrom: ['giáo dục'] },
      { id: 'p4', name: 'Quân', contexts: ['family'], ring: 'wider', preference: 'no' },
      { id: 'p5', name: 'Vy', ring: 'acquaintance' },
    ],
    ties: [
      { a: 'p1', b: 'p2' },
      { a: 'p3', b: 'p4', strength: 'strong' },
    ],
  });
}

function listedNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('button', { name: /^Edit / })
    .map((button) => button.textContent?.replace('Edit', '').trim() ?? '');
}

describe('MapSummary', () => {
  it('says in words what the map shows', async () => {
    twoGroups();
    render(NetworkMap, { locale: 'en', strings });
    // 5 people by ring; 2 ties; workplace and family have 2 each, workplace first by id;
    // the ties make groups {Lan, Minh}, {Hà, Quân} and {Vy}: three groups bridged by the reader.
    expect((await screen.findByTestId('map-summary')).textContent).toBe(
      '5 people: 1 innermost, 2 close, 1 wider, 1 acquaintances; 2 ties between them. ' +
        'Largest context: Family (2). You bridge 3 groups who do not know each other.',
    );
  });

  it('invites the first entry on an empty map', async () => {
    render(NetworkMap, {
      locale: 'vi',
      strings: islandStrings('vi', 'widgets/network-map/NetworkMap.svelte'),
    });
    expect((await screen.findByTestId('map-summary')).textContent).toBe(
      'Bản đồ chưa có ai. Hãy thêm người đầu tiên ở trên.',
    );
  });
});

describe('MapSummary after an edit', () => {
  it('shows the new figures with the edit itself and is never marked busy meanwhile', async () => {
    twoGroups();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const summary = await screen.findByTestId('map-summary');
    // Read once, new: a summary marked busy would be waiting for figures worked out later.
    const busy: (string | null)[] = [];
    new MutationObserver(() => busy.push(summary.getAttribute('aria-busy'))).observe(summary, {
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    await user.selectOptions(await screen.findByLabelText('Ring for Vy'), 'inner');
    expect(summary.textContent).toContain(
      '5 people: 2 innermost, 2 close, 1 wider, 0 acquaintances',
    );
    await user.selectOptions(await screen.findByLabelText('Main context for Vy'), 'school');
    expect(summary.textContent).toContain('Largest context: Family (2)');
    expect(summary.hasAttribute('aria-busy')).toBe(false);
    expect(busy).toEqual([]);
  });
});

describe('Filters', () => {
  it('shows only the people of one context, in the list and the summary', async () => {
    twoGroups();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    // The list arrives just after the map (it is fetched as it comes near the screen).
    await screen.findByRole('table');
    const filters = screen.getByRole('group', { name: 'Filter' });
    await user.selectOptions(within(filters).getByLabelText('Context'), 'family');

    expect(listedNames()).toEqual(['Hà', 'Quân']);
    expect(screen.getByRole('table', { name: 'Showing 2 of 5 people' })).toBeTruthy();
    expect(screen.getByTestId('map-summary').textContent).toContain('Showing 2 of 5 people.');
  });

  it('finds a topic without its accents and in any case', async () => {
    twoGroups();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const filters = await screen.findByRole('group', { name: 'Filter' });
    await user.type(within(filters).getByLabelText('Topic'), 'kinh te');
    expect(listedNames()).toEqual(['Lan']);
    await user.clear(within(filters).getByLabelText('Topic'));
    await user.type(within(filters).getByLabelText('Topic'), 'GIAO');
    expect(listedNames()).toEqual(['Hà']);
  });

  it('filters by introduction preference and clears every filter at once', async () => {
    twoGroups();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const filters = await screen.findByRole('group', { name: 'Filter' });
    await user.selectOptions(within(filters).getByLabelText('Introductions'), 'no');
    expect(listedNames()).toEqual(['Quân']);
    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(listedNames()).toEqual(['Lan', 'Minh', 'Hà', 'Quân', 'Vy']);
  });

  it('lists people without a context under "Unsorted"', async () => {
    twoGroups();
    const user = userEvent.setup();
    render(NetworkMap, { locale: 'en', strings });
    const filters = await screen.findByRole('group', { name: 'Filter' });
    await user.selectOptions(within(filters).getByLabelText('Context'), '');
    expect(listedNames()).toEqual(['Vy']);
  });
});
