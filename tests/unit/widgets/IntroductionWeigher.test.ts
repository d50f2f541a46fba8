import * as v from 'valibot';
// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { islandStrings } from '../../../src/i18n/island-strings';
import { emptyWeigherDraft, type WeigherDraft } from '../../../src/lib/intro/weigher-draft';
import { personSchema, type PersonInput } from '../../../src/lib/network/person';
import { weigherDraft } from '../../../src/stores/intro-weigher';
import { introductions, recordToEdit } from '../../../src/stores/introductions';
import { network } from '../../../src/stores/network';
import IntroductionWeigher from '../../../src/widgets/IntroductionWeigher.svelte';

const make = (input: PersonInput) => v.parse(personSchema, input);
const people = [
  make({ id: 'p1', name: 'Minh', preference: 'open', contexts: ['workplace'], trust: 4 }),
  make({ id: 'p2', name: 'Lan', preference: 'open', contexts: ['association'], trust: 4 }),
  make({ id: 'p3', name: 'Hoa', preference: 'no', contexts: ['school'], trust: 5 }),
];

/**
 * Minh and the person `bId`, with answers that make a clearly good introduction under the
 * default weights (the weigher fixtures' goodInput: score 5.25, everything known).
 */
function goodDraft(bId: string, change: Partial<WeigherDraft> = {}): WeigherDraft {
  const blank = emptyWeigherDraft();
  const side = { trust: 4, benefit: 'some', consent: 'not-asked' } as const;
  return {
    ...blank,
    a: { ...blank.a, personId: 'p1', ...side },
    b: { ...blank.b, personId: bId, ...side },
    sensitivity: 'low',
    bypassRisk: 'low',
    benefitReader: 'some',
    sharedContext: 'yes',
    purpose: 'Both work on research',
    ...change,
  };
}

function renderWeigher(props: { logOnPage?: boolean } = {}) {
  return render(IntroductionWeigher, {
    props: {
      locale: 'en',
      strings: islandStrings('en', 'widgets/IntroductionWeigher.svelte'),
      ...props,
    },
  });
}

const card = () => screen.getByTestId('verdict-card');

beforeEach(() => {
  network.set({ people, ties: [], customContexts: [], issues: [] });
  introductions.set([]);
  weigherDraft.set(emptyWeigherDraft());
});
afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('IntroductionWeigher: the verdict', () => {
  it('asks for two people before it gives any advice', () => {
    renderWeigher();
    expect(card()).toHaveTextContent('Choose two people to see the advice.');
  });

  it('advises a double opt-in with the reasons in sentences, never a bare number', async () => {
    weigherDraft.set(goodDraft('p2'));
    renderWeigher();
    // The verdict's code is fetched once there is a verdict to show.
    expect(await screen.findByTestId('verdict-headline')).toHaveTextContent(
      'Go ahead, with a double opt-in',
    );
    expect(card()).toHaveTextContent(
      'On balance, the reasons for clearly outweigh the reasons against.',
    );
    expect(card()).toHaveTextContent('You trust Lan 4 out of 5.');
    // The score (5.25) is only in the "show the working" table, outside the card.
    expect(card().textContent).not.toMatch(/\d\.\d/);
  });

  it('names the side to ask first when one of them wants to be asked', async () => {
    network.set({
      people: people.map((person) =>
        person.id === 'p2' ? { ...person, preference: 'ask' as const } : person,
      ),
      ties: [],
      customContexts: [],
      issues: [],
    });
    weigherDraft.set(goodDraft('p2'));
    renderWeigher();
    expect(await screen.findByTestId('verdict-headline')).toHaveTextContent('Ask Lan first');
    expect(card()).toHaveTextContent('Lan wants to be asked first, and you have not asked yet.');
  });

  it('says "do not" when someone asked not to be introduced, whatever else is answered', async () => {
    // Hoa's map preference is "no"; she even said yes this time and is trusted completely.
    weigherDraft.set(goodDraft('p3', { b: { ...goodDraft('p3').b, consent: 'yes', trust: 5 } }));
    renderWeigher();
    expect(await screen.findByTestId('verdict-headline')).toHaveTextContent(
      'Do not introduce them',
    );
    expect(card()).toHaveTextContent('“Do not introduce me” and a refusal always win');
    const reasons = within(screen.getByTestId('verdict-reasons')).getAllByRole('listitem');
    expect(reasons[0]).toHaveTextContent(/^Hoa does not want to be introduced/);
  });

  it('updates the advice when the reader changes an answer by keyboard', async () => {
    const user = userEvent.setup();
    weigherDraft.set(goodDraft('p2'));
    renderWeigher();
    const group = screen.getByRole('group', { name: 'How sensitive is what you would share?' });
    await user.click(within(group).getByRole('radio', { name: 'Highly sensitive' }));
    await user.keyboard('{ArrowLeft}');
    expect(within(group).getByRole('radio', { name: 'Somewhat sensitive' })).toBeChecked();
    expect(weigherDraft.get().sensitivity).toBe('medium');
  });

  it('lets the reader pick people from the map and type a name for someone not on it', async () => {
    const user = userEvent.setup();
    renderWeigher();
    const [first, second] = screen.getAllByLabelText('Choose a person');
    await user.selectOptions(first as HTMLElement, 'Minh');
    await user.selectOptions(second as HTMLElement, 'Someone not on my map…');
    await user.type(screen.getByLabelText('Their name'), 'Chị Mai');
    const wishes = screen.getByRole('group', {
      name: 'How does Chị Mai feel about being introduced?',
    });
    await user.click(within(wishes).getByRole('radio', { name: 'Do not introduce me' }));
    expect(await screen.findByTestId('verdict-headline')).toHaveTextContent(
      'Do not introduce them',
    );
    expect(weigherDraft.get().b).toMatchObject({ mode: 'typed', typedName: 'Chị Mai' });
  });
});

describe('IntroductionWeigher: the drafts', () => {
  it('offers the three messages when the advice is to go ahead', async () => {
    weigherDraft.set(goodDraft('p2'));
    renderWeigher();
    // The drafts are fetched once the advice is there.
    expect(await screen.findByRole('heading', { name: 'Draft messages' })).toBeInTheDocument();
    expect(screen.getAllByTestId('draft-body')).toHaveLength(3);
  });

  it('offers no message at all when the advice is "do not"', async () => {
    weigherDraft.set(goodDraft('p3'));
    renderWeigher();
    expect(await screen.findByTestId('verdict-headline')).toHaveTextContent(
      'Do not introduce them',
    );
    expect(screen.queryByRole('heading', { name: 'Draft messages' })).toBeNull();
    expect(screen.queryAllByTestId('draft-body')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /^Copy/ })).toBeNull();
    expect(screen.getByTestId('drafts-hidden')).toHaveTextContent('No draft messages');
    expect(screen.queryByRole('button', { name: 'Add to the introduction log' })).toBeNull();
  });

  it('copies a message to the clipboard and says so', async () => {
    // user-event puts its own clipboard in place on setup: the mock must come after it.
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    weigherDraft.set(goodDraft('p2'));
    renderWeigher();
    await user.click(await screen.findByRole('button', { name: 'Copy message: Asking Minh' }));
    expect(writeText).toHaveBeenCalledWith(screen.getAllByTestId('draft-body')[0]?.textContent);
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^Hi Minh,/);
    expect(
      screen.getByRole('button', { name: 'Copy message: The introduction, to both' }),
    ).toBeDisabled();
    expect(screen.getByTestId('draft-locked')).toHaveTextContent(
      'Send this once both have said yes.',
    );
    await waitFor(() =>
      expect(screen.getByText('Copied: Asking Minh.')).toHaveAttribute('role', 'status'),
    );
  });

  it('selects the text for the reader when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const draft = goodDraft('p2');
    weigherDraft.set({
      ...draft,
      a: { ...draft.a, consent: 'yes', consentDate: '2026-12-01' },
      b: { ...draft.b, consent: 'yes', consentDate: '2026-12-02' },
    });
    renderWeigher();
    await user.click(
      await screen.findByRole('button', { name: 'Copy message: The introduction, to both' }),
    );
    await waitFor(() =>
      expect(screen.getByText(/Could not copy automatically/)).toBeInTheDocument(),
    );
    expect(window.getSelection()?.toString()).toMatch(/^Hi Minh and Lan,/);
  });
});

describe('IntroductionWeigher: suggestions and the log', () => {
  it('loads a suggested pair from the map into the weigher', async () => {
    network.set({
      people: [
        make({
          id: 'p1',
          name: 'Minh',
          preference: 'open',
          contexts: ['workplace'],
          knowsAbout: ['UX'],
        }),
        make({ id: 'p2', name: 'Lan', preference: 'open', contexts: ['school'], needs: ['ux'] }),
      ],
      ties: [],
      customContexts: [],
      issues: [],
    });
    renderWeigher();
    const user = userEvent.setup();
    // Closed at first: nothing is listed (or searched for) until the reader opens the box.
    expect(screen.queryByRole('button', { name: 'Minh and Lan' })).toBeNull();
    await user.click(screen.getByText('Suggestions from your map'));
    await user.click(await screen.findByRole('button', { name: 'Minh and Lan' }));
    expect(weigherDraft.get()).toMatchObject({
      a: { personId: 'p1' },
      b: { personId: 'p2' },
      purpose: 'UX',
      sharedContext: 'no',
    });
  });

  it('says what a suggestion needs when the map has fewer than two people', async () => {
    network.set({
      people: [make({ id: 'p1', name: 'Minh', preference: 'open' })],
      ties: [],
      customContexts: [],
      issues: [],
    });
    renderWeigher();
    await userEvent.setup().click(screen.getByText('Suggestions from your map'));
    expect(screen.getByText(/Once your map has at least two people/)).toBeTruthy();
  });

  it('says so when the map has people but no pair to suggest', async () => {
    network.set({
      people: [
        make({ id: 'p1', name: 'Minh', preference: 'open', contexts: ['workplace'] }),
        make({ id: 'p2', name: 'Lan', preference: 'no', contexts: ['school'] }),
      ],
      ties: [],
      customContexts: [],
      issues: [],
    });
    renderWeigher();
    await userEvent.setup().click(screen.getByText('Suggestions from your map'));
    expect(await screen.findByText(/Your map has no pair to suggest yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Minh and Lan' })).toBeNull();
  });

  it('adds the weighed introduction to the log and asks the log to open it', async () => {
    weigherDraft.set(goodDraft('p2'));
    renderWeigher({ logOnPage: true });
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Add to the introduction log' }));
    const [record] = introductions.get();
    expect(record).toMatchObject({
      personA: { kind: 'person', personId: 'p1' },
      personB: { kind: 'person', personId: 'p2' },
      purpose: 'Both work on research',
      outcome: 'pending',
    });
    expect(recordToEdit.get()).toBe(record?.id);
    // The same answers are not logged twice.
    expect(screen.queryByRole('button', { name: 'Add to the introduction log' })).toBeNull();
  });
});
