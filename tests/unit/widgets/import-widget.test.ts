import * as v from 'valibot';
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { islandStrings } from '../../../src/i18n/island-strings';
import { emptyNetwork, networkSchema } from '../../../src/lib/network/network';
import { personSchema } from '../../../src/lib/network/person';
import { network } from '../../../src/stores/network';
import { lastImport } from '../../../src/stores/network-import';
import ImportWidget from '../../../src/widgets/import/ImportWidget.svelte';
import type { ImportAnswer, ParseImport } from '../../../src/widgets/import/import-messages';
import { runImport } from '../../../src/widgets/import/run-import';

/*
 * The widget with its Web Worker replaced: `parse` runs the worker's own code on the page, or
 * answers what a test needs, so that each flow can be followed from file to saved map.
 */

/** A sample file; read from the project root (import.meta.url is not a file URL under jsdom). */
function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`tests/fixtures/contacts/${name}`));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const strings = islandStrings('en', 'widgets/import/ImportWidget.svelte');

/** The worker's work, done here; records every phase it reports. */
function workerLike(phases: string[] = []): ParseImport {
  return (bytes, map, onPhase) => {
    const message = runImport(bytes, map, (phase) => {
      phases.push(phase);
      onPhase(phase);
    });
    const answer: ImportAnswer =
      message.type === 'failed'
        ? { ok: false, error: message.error }
        : { ok: true, summary: message.summary, plan: message.plan };
    return Promise.resolve(answer);
  };
}

function renderWidget(parse: ParseImport = workerLike()) {
  return render(ImportWidget, { props: { locale: 'en', strings, parse } });
}

function file(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice().buffer], name);
}

async function choose(user: ReturnType<typeof userEvent.setup>, chosen: File) {
  await user.upload(screen.getByLabelText('Choose a contact file'), chosen);
}

const stored = () => localStorage.getItem('syn:network');
/** The map as it was written, read back the way the page reads it (the stored form is compact). */
const storedNetwork = () =>
  v.parse(networkSchema, (JSON.parse(stored() ?? '{}') as { data: unknown }).data);
const lan = v.parse(personSchema, { id: 'p1', name: 'Lan Ngo', notes: 'typed by me' });

beforeEach(() => {
  network.set({ ...emptyNetwork(), people: [lan] });
  lastImport.set(null);
  // Stored now rather than after the next paint, so that `stored()` is the map the reader had.
  window.dispatchEvent(new Event('pagehide'));
});
afterEach(() => {
  localStorage.clear();
});

describe('ImportWidget: preview and confirm', () => {
  it('shows what the LinkedIn sample holds before anything is saved', async () => {
    const user = userEvent.setup();
    const phases: string[] = [];
    renderWidget(workerLike(phases));
    const before = stored();
    await choose(user, file(fixtureBytes('linkedin-small-lf.csv'), 'Connections.csv'));

    await screen.findByRole('heading', { name: 'Preview: Connections.csv' });
    // 25 rows, one of them a hidden member (tests/fixtures/contacts/expected.json).
    const counts = screen.getByTestId('import-counts');
    expect(
      within(counts).getByText('People found in the file').nextElementSibling,
    ).toHaveTextContent('25');
    expect(within(counts).getByText('New people to add').nextElementSibling).toHaveTextContent(
      '25',
    );
    expect(within(counts).getByText(/hid their profile/).nextElementSibling).toHaveTextContent('1');
    expect(screen.getByTestId('import-date-range')).toHaveTextContent(
      'Connection dates: from June 1, 2009 to November 14, 2026.',
    );
    expect(
      screen.getByText('Format: LinkedIn Connections.csv. Character encoding: UTF-8.'),
    ).toBeInTheDocument();
    expect(phases).toEqual(['parsing', 'matching']);
    // The HTML-looking name is text in a cell, never markup.
    expect(
      screen.getByRole('cell', { name: '<img src=x onerror=alert(1)> Tester' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    // Only http(s) profile links become links.
    for (const link of screen.getAllByRole('link', { name: /Open profile/ })) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(stored()).toBe(before);
  });

  it('saves the people in the imported context with their connection date, once confirmed', async () => {
    const user = userEvent.setup();
    renderWidget();
    await choose(user, file(fixtureBytes('linkedin-small-lf.csv'), 'Connections.csv'));
    await user.click(await screen.findByRole('button', { name: 'Confirm and save' }));

    await screen.findByRole('heading', { name: 'Import complete' });
    expect(screen.getByTestId('map-size')).toHaveTextContent('Your map now has 26 people.');
    const saved = { data: storedNetwork() };
    expect(saved.data.people).toHaveLength(26);
    expect(saved.data.people[0]).toEqual(lan);
    const anh = saved.data.people.find((person) => person.name === 'Thị Ánh Nguyễn');
    expect(anh).toMatchObject({
      contexts: expect.arrayContaining(['imported']) as unknown,
      company: 'Sông Hồng Analytics',
      position: 'Data Scientist',
      since: '2026-11-14',
      ring: 'acquaintance',
      preference: 'ask',
    });
    // The by-year table answers question (a): the header, 13 years with connections
    // (expected.json perYear) and "Year unknown" for Lan, who has no date.
    const years = within(screen.getByTestId('growth-by-year')).getAllByRole('row');
    expect(years).toHaveLength(15);
    expect(years[1]).toHaveTextContent('20091');
    expect(years[14]).toHaveTextContent('Year unknown1');
  });

  it('undoes the last import once, keeping what was on the map before', async () => {
    const user = userEvent.setup();
    renderWidget();
    await choose(user, file(fixtureBytes('linkedin-small-lf.csv'), 'Connections.csv'));
    await user.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    await user.click(await screen.findByRole('button', { name: 'Undo this import' }));

    await screen.findByText(/Undone: 25 people taken off your map/);
    expect(network.get().people).toEqual([lan]);
    expect(storedNetwork().people).toEqual([lan]);
    expect(screen.queryByRole('button', { name: 'Undo this import' })).toBeNull();
  });

  it('changes nothing when the reader cancels the preview', async () => {
    const user = userEvent.setup();
    renderWidget();
    const before = stored();
    await choose(user, file(fixtureBytes('linkedin-small-lf.csv'), 'Connections.csv'));
    await user.click(await screen.findByRole('button', { name: 'Cancel, do not import' }));

    expect(screen.getByLabelText('Choose a contact file')).toBeInTheDocument();
    expect(screen.getByText('Stopped. Nothing was changed.')).toBeInTheDocument();
    expect(stored()).toBe(before);
    expect(network.get().people).toEqual([lan]);
  });
});

describe('ImportWidget: files that cannot be imported', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty'],
    ['binary junk', Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256), 'is not text'],
    ['wrong headers', fixtureBytes('malformed/wrong-headers.csv'), 'its columns are not'],
  ])('explains %s in the reader’s language and changes nothing', async (_name, bytes, message) => {
    const user = userEvent.setup();
    renderWidget();
    const before = stored();
    await choose(user, file(bytes, 'contacts.csv'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Nothing you had saved was changed.');
    expect(stored()).toBe(before);
    expect(network.get().people).toEqual([lan]);
  });

  it('previews a header with no rows as an empty network, not as an error', async () => {
    const user = userEvent.setup();
    renderWidget();
    const before = stored();
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    await choose(user, file(utf8(header), 'Connections.csv'));

    expect(await screen.findByTestId('import-empty')).toHaveTextContent(
      'There are no connections in this file yet',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Confirm and save' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    expect(screen.getByLabelText('Choose a contact file')).toBeInTheDocument();
    expect(stored()).toBe(before);
  });

  it('asks about a name-only contact on re-import and adds them only if told they differ', async () => {
    const user = userEvent.setup();
    const google =
      'Name,Given Name,Family Name,Group Membership,E-mail 1 - Value\nTrần Thu Hà,,,,\n';
    network.set({
      ...network.get(),
      people: [v.parse(personSchema, { id: 'p1', name: 'Trần Thu Hà' })],
    });
    renderWidget();
    await choose(user, file(utf8(google), 'contacts.csv'));

    const ask = await screen.findByTestId('possible-matches');
    const same = within(ask).getByRole('radio', { name: /The same person as Trần Thu Hà/ });
    expect(same).toBeChecked();
    await user.click(within(ask).getByRole('radio', { name: 'A different person: add them' }));
    await user.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await screen.findByRole('heading', { name: 'Import complete' });
    expect(network.get().people.map((p) => p.name)).toEqual(['Trần Thu Hà', 'Trần Thu Hà']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const user = userEvent.setup();
    const parse = vi.fn(workerLike());
    renderWidget(parse);
    const huge = file(new Uint8Array(1), 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    await choose(user, huge);

    expect(await screen.findByRole('alert')).toHaveTextContent('too large');
    expect(parse).not.toHaveBeenCalled();
  });

  it('says so when the worker breaks, and changes nothing', async () => {
    const user = userEvent.setup();
    renderWidget(() => Promise.resolve({ ok: false, error: 'worker-failed' }));
    await choose(user, file(fixtureBytes('linkedin-small-lf.csv'), 'Connections.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent('ran into a problem');
    expect(network.get().people).toEqual([lan]);
  });
});

describe('ImportWidget: rejected rows', () => {
  it('lists the first 50 rejected rows with their line numbers and counts the rest', async () => {
    const user = userEvent.setup();
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const good = 'Lan,Ngo,,,Acme,CTO,05 Mar 2021';
    // Line 1 is the header, line 2 a good row, lines 3–62 bad dates (60 rejected rows).
    const bad = Array.from({ length: 60 }, (_, i) => `P${String(i)},Q,,,X,Y,not a date`);
    renderWidget();
    await choose(user, file(utf8([header, good, ...bad].join('\n')), 'shifted.csv'));

    const table = await screen.findByRole('table', { name: 'Rows left out, and why' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(51);
    expect(rows[1]).toHaveTextContent('3The connection date is not a date');
    expect(rows[50]).toHaveTextContent('52');
    expect(
      screen.getByText('10 more rows were left out. The table lists the first 50.'),
    ).toBeInTheDocument();
  });
});
