// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickStrings } from '../../../src/i18n/ui';
import { translator } from '../../../src/lib/i18n/translator';
import { importContacts } from '../../../src/lib/import/import-contacts';
import { planImport } from '../../../src/lib/import/plan-import';
import { emptyNetwork } from '../../../src/lib/network/network';
import { importHistory } from '../../../src/stores/import-history';
import { network } from '../../../src/stores/network';
import { confirmImport } from '../../../src/stores/network-import';
import ImportHistoryPanel from '../../../src/widgets/your-data/ImportHistoryPanel.svelte';

const t = translator('en', pickStrings('en', ['importHistory.']));
const CSV = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Viktor,Phạm,https://linkedin.com/in/v1,,Example Logistics,CTO,05 Mar 2021',
  'Viktor,Phạm,https://linkedin.com/in/v2,,Example Logistics,CTO,05 Mar 2021',
].join('\n');

async function importSample() {
  const parsed = importContacts(new TextEncoder().encode(CSV));
  if (!parsed.ok) throw new Error(parsed.error);
  await confirmImport(
    planImport(network.get(), parsed),
    { useContextHints: false, useTopicHints: false },
    'Connections.csv',
  );
}

beforeEach(() => {
  localStorage.clear();
  network.set(emptyNetwork());
  importHistory.set([]);
});

describe('ImportHistoryPanel', () => {
  it('says there is nothing to undo before any import', () => {
    render(ImportHistoryPanel, { props: { t, locale: 'en', history: importHistory } });
    expect(screen.getByTestId('no-imports')).toHaveTextContent('No import to undo.');
  });

  it(
    'lists an import and undoes it, keeping a person changed since',
    { timeout: 20_000 },
    async () => {
      await importSample();
      const [second] = network.get().people.slice(1);
      network.set({
        ...network.get(),
        people: network
          .get()
          .people.map((p) => (p.id === second?.id ? { ...p, ring: 'inner' } : p)),
      });
      const user = userEvent.setup();
      render(ImportHistoryPanel, { props: { t, locale: 'en', history: importHistory } });
      expect(screen.getByText('Connections.csv')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Undo this import (Connections.csv)' }));

      expect(await screen.findByRole('status')).toHaveTextContent(
        'Undid the import of Connections.csv: 1 person taken off your map',
      );
      expect(screen.getByRole('status')).toHaveTextContent(
        '1 person you changed since the import was kept',
      );
      expect(network.get().people.map((p) => p.ring)).toEqual(['inner']);
      expect(screen.getByTestId('no-imports')).toBeInTheDocument();
    },
  );

  it('forgets a dismissed import and keeps its people', async () => {
    await importSample();
    const user = userEvent.setup();
    render(ImportHistoryPanel, { props: { t, locale: 'en', history: importHistory } });
    await user.click(screen.getByRole('button', { name: /Dismiss \(Connections.csv/ }));
    expect(screen.getByTestId('no-imports')).toBeInTheDocument();
    expect(network.get().people).toHaveLength(2);
  });
});
