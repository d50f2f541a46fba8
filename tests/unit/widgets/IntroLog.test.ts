import * as v from 'valibot';
// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { islandStrings } from '../../../src/i18n/island-strings';
import { personSchema } from '../../../src/lib/network/person';
import { introductions, recordToEdit } from '../../../src/stores/introductions';
import { network } from '../../../src/stores/network';
import IntroLog from '../../../src/widgets/IntroLog.svelte';
import { person, record } from '../intro/log-fixtures';

const people = [
  v.parse(personSchema, { id: 'p1', name: 'Minh' }),
  v.parse(personSchema, { id: 'p2', name: 'Lan' }),
];

function renderLog() {
  return render(IntroLog, {
    props: {
      locale: 'en',
      strings: islandStrings('en', 'widgets/IntroLog.svelte'),
    },
  });
}

const stored = () => JSON.parse(localStorage.getItem('syn:introductions') ?? 'null') as unknown;

beforeEach(() => {
  network.set({ people, ties: [], customContexts: [], issues: [] });
  introductions.set([]);
});
afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('IntroLog: adding', () => {
  it('adds an introduction between a map person and a typed name, and announces it', async () => {
    const user = userEvent.setup();
    renderLog();
    await user.click(screen.getByRole('button', { name: 'Add an introduction' }));
    const form = await screen.findByRole('form', { name: 'New introduction' });
    const [first, second] = within(form).getAllByLabelText('Choose a person');
    await user.selectOptions(first as HTMLElement, 'Minh');
    await user.selectOptions(second as HTMLElement, 'Someone not on my map…');
    await user.type(within(form).getByLabelText('Their name'), 'Chị Mai');
    await user.type(within(form).getByLabelText('Why'), 'Hiring');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(introductions.get()).toEqual([
      expect.objectContaining({
        personA: person('p1'),
        personB: { kind: 'typed', name: 'Chị Mai' },
        purpose: 'Hiring',
      }),
    ]);
    expect(stored()).toMatchObject({ v: 2, data: [{ purpose: 'Hiring' }] });
    // The first record brings the items' code with it.
    expect(await screen.findByRole('heading', { name: 'Minh and Chị Mai' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Outcome/ })).toHaveFocus());
    await waitFor(() =>
      expect(screen.getByText('Added to the log: Minh and Chị Mai.')).toBeInTheDocument(),
    );
  });

  it('warns before logging someone who asked not to be introduced, and logs only on a second yes', async () => {
    network.set({
      people: [...people, v.parse(personSchema, { id: 'p3', name: 'Hoa', preference: 'no' })],
      ties: [],
      customContexts: [],
      issues: [],
    });
    const user = userEvent.setup();
    renderLog();
    await user.click(screen.getByRole('button', { name: 'Add an introduction' }));
    const form = await screen.findByRole('form', { name: 'New introduction' });
    const [first, second] = within(form).getAllByLabelText('Choose a person');
    await user.selectOptions(first as HTMLElement, 'Minh');
    await user.selectOptions(second as HTMLElement, 'Hoa');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const warning = screen.getByTestId('log-refusal-warning');
    expect(warning).toHaveTextContent('Hoa asked: “do not introduce me”.');
    expect(warning).toHaveFocus();
    expect(introductions.get()).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Log it anyway' }));
    expect(introductions.get()).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Outcome/ })).toHaveFocus());
  });

  it('does not keep a consent set for one person when another takes their place', async () => {
    const user = userEvent.setup();
    renderLog();
    await user.click(screen.getByRole('button', { name: 'Add an introduction' }));
    const form = await screen.findByRole('form', { name: 'New introduction' });
    const [first, second] = within(form).getAllByLabelText('Choose a person');
    await user.selectOptions(first as HTMLElement, 'Minh');
    await user.selectOptions(second as HTMLElement, 'Lan');
    await user.selectOptions(within(form).getByLabelText('What did Lan say?'), 'yes');
    await user.selectOptions(second as HTMLElement, 'Someone not on my map…');
    await user.type(within(form).getByLabelText('Their name'), 'Tuấn');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(introductions.get()[0]).toMatchObject({ consentB: 'not-asked' });
  });

  it('saves nothing and says what to fix when the people are missing', async () => {
    const user = userEvent.setup();
    renderLog();
    await user.click(screen.getByRole('button', { name: 'Add an introduction' }));
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved yet');
    expect(screen.getAllByText('Choose or type this person.')).toHaveLength(2);
    expect(introductions.get()).toEqual([]);
  });
});

describe('IntroLog: editing', () => {
  it('edits a record and shows it among the introductions that led somewhere', async () => {
    const user = userEvent.setup();
    introductions.set([record('i1')]);
    renderLog();
    expect(within(await screen.findByTestId('successes')).queryByRole('listitem')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit: Minh and Lan' }));
    const form = await screen.findByRole('form', { name: 'Edit introduction' });
    await user.selectOptions(within(form).getByLabelText('Outcome'), 'Good result');
    await user.type(within(form).getByLabelText('Notes'), 'They now work together.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(introductions.get()).toEqual([
      record('i1', { outcome: 'good', notes: 'They now work together.' }),
    ]);
    expect(within(await screen.findByTestId('successes')).getByRole('listitem')).toHaveTextContent(
      'Minh and Lan',
    );
    // Focus returns to the record's edit button.
    expect(screen.getByRole('button', { name: 'Edit: Minh and Lan' })).toHaveFocus();
  });

  it('changes the outcome in place from the list', async () => {
    const user = userEvent.setup();
    introductions.set([record('i1')]);
    renderLog();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Outcome: Minh and Lan' }),
      'Went badly',
    );
    expect(introductions.get()[0]?.outcome).toBe('bad');
  });

  it('opens the record the weigher just logged', async () => {
    introductions.set([record('i1')]);
    renderLog();
    recordToEdit.set('i1');
    expect(await screen.findByRole('form', { name: 'Edit introduction' })).toBeInTheDocument();
    expect(recordToEdit.get()).toBeNull();
  });
});

describe('IntroLog: deleting', () => {
  it('deletes a record, moves focus to undo, and undo puts it back', async () => {
    const user = userEvent.setup();
    introductions.set([record('i1'), record('i2', { personB: { kind: 'typed', name: 'Hoa' } })]);
    renderLog();
    await user.click(await screen.findByRole('button', { name: 'Delete: Minh and Hoa' }));
    expect(introductions.get().map((item) => item.id)).toEqual(['i1']);
    const undo = screen.getByRole('button', { name: 'Undo deleting Minh and Hoa' });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.keyboard('{Enter}');
    expect(introductions.get().map((item) => item.id)).toEqual(['i1', 'i2']);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });
});

describe('IntroLog: views', () => {
  it('lists follow-ups still to do, overdue first, leaving out those with an outcome', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 12));
    introductions.set([
      record('later', { followUp: '2026-03-15', outcome: 'pending' }),
      record('done', { followUp: '2026-03-01', outcome: 'good' }),
      record('late', {
        followUp: '2026-03-07',
        outcome: 'pending',
        personB: { kind: 'typed', name: 'Hoa' },
      }),
    ]);
    renderLog();
    const items = within(await screen.findByTestId('follow-ups')).getAllByRole('listitem');
    // Today is 10 March: 7 March is 3 days overdue, 15 March is in 5 days; "done" has an outcome.
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '3 days overdue Minh and Hoa · March 7, 2026 Open',
      'In 5 days Minh and Lan · March 15, 2026 Open',
    ]);
  });

  it('flags a one-way pattern in the reciprocity tally', async () => {
    introductions.set(['i1', 'i2', 'i3'].map((id) => record(id, { acknowledged: false })));
    renderLog();
    const row = within(await screen.findByTestId('reciprocity')).getByRole('row', {
      name: /^Minh/,
    });
    expect(row).toHaveTextContent('One-way: you have introduced them 3 times');
  });
});
