import * as v from 'valibot';
// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickStrings } from '../../../src/i18n/ui';
import { translator } from '../../../src/lib/i18n/translator';
import { emptyNetwork } from '../../../src/lib/network/network';
import { personSchema } from '../../../src/lib/network/person';
import { backupMeta } from '../../../src/stores/backup';
import { network } from '../../../src/stores/network';
import { lessonProgress } from '../../../src/stores/progress';
import BackupPanel from '../../../src/widgets/your-data/BackupPanel.svelte';
import BackupReminder from '../../../src/widgets/your-data/BackupReminder.svelte';
import RestorePanel from '../../../src/widgets/your-data/RestorePanel.svelte';
import SharePanel from '../../../src/widgets/your-data/SharePanel.svelte';
import * as download from '../../../src/widgets/shared/download';

const t = translator(
  'en',
  pickStrings('en', ['backup.', 'restore.', 'count.', 'share.', 'collection.', 'csvExport.']),
);
const props = { t, locale: 'en' as const };

const people = [
  v.parse(personSchema, { id: 'p1', name: 'Lan Ngo', preference: 'open', notes: 'owes me a call' }),
  v.parse(personSchema, {
    id: 'p2',
    name: 'Thị Ánh Nguyễn',
    preference: 'ask',
    company: 'Sông Hồng',
  }),
  v.parse(personSchema, { id: 'p3', name: 'Do Not Share', preference: 'no' }),
];

const backupText = (data: unknown) =>
  JSON.stringify({
    format: 'share-your-network-backup',
    formatVersion: 1,
    createdAt: '2026-03-05T08:30:00.000Z',
    collections: { network: { v: 1, data } },
  });

async function chooseBackup(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.upload(screen.getByLabelText('Choose a backup file'), new File([text], 'backup.json'));
}

beforeEach(() => {
  network.set({ ...emptyNetwork(), people });
  backupMeta.set({});
});
afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('BackupPanel and BackupReminder', () => {
  it('reminds gently when there is no backup, and records the date once one is downloaded', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    render(BackupReminder, { props: { t, network, progress: lessonProgress } });
    render(BackupPanel, { props });
    expect(screen.getByTestId('backup-reminder')).toHaveTextContent(
      'Your work lives only in this browser.',
    );
    expect(screen.getByTestId('last-backup')).toHaveTextContent(
      'You have not made a backup in this browser yet.',
    );

    await user.click(screen.getByRole('button', { name: 'Download a backup (JSON)' }));
    await screen.findByText('Backup downloaded: 1 collection.');
    expect(saved).toHaveBeenCalledWith(
      expect.stringMatching(/^share-your-network-backup-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringContaining('"Lan Ngo"'),
    );
    expect(screen.getByTestId('last-backup')).toHaveTextContent(/^Last backup: /);
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('reminds again when the last backup is over 30 days old', () => {
    backupMeta.set({ lastBackupAt: new Date(Date.now() - 31 * 86_400_000).toISOString() });
    render(BackupReminder, { props: { t, network, progress: lessonProgress } });
    expect(screen.getByTestId('backup-reminder')).toHaveTextContent('more than 30 days old');
  });
});

describe('RestorePanel', () => {
  it('explains a file that is not a backup, and changes nothing', async () => {
    const user = userEvent.setup();
    render(RestorePanel, { props });
    const before = localStorage.getItem('syn:network');
    await chooseBackup(user, 'First Name,Last Name');
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not JSON');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing in this browser was changed.');
    expect(localStorage.getItem('syn:network')).toBe(before);
  });

  it('previews a backup, asks before replacing, then replaces', async () => {
    const user = userEvent.setup();
    const onrestored = vi.fn();
    render(RestorePanel, { props: { ...props, onrestored } });
    const minh = v.parse(personSchema, { id: 'p9', name: 'Minh' });
    await chooseBackup(user, backupText({ people: [minh] }));

    const table = await screen.findByRole('table', { name: /What the backup holds/ });
    const row = within(table).getByRole('row', { name: /Network map/ });
    expect(row).toHaveTextContent('1 person');
    expect(row).toHaveTextContent('3 people');
    expect(row).toHaveTextContent('Yes');

    await user.click(screen.getByLabelText(/Replace what is here/));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('alertdialog');
    expect(network.get().people).toEqual(people);
    await user.click(within(dialog).getByRole('button', { name: 'No, go back' }));
    expect(network.get().people).toEqual(people);

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await user.click(screen.getByRole('button', { name: 'Yes, replace' }));
    await screen.findByText('Restored: Network map.');
    expect(network.get().people).toEqual([minh]);
    expect(onrestored).toHaveBeenCalledOnce();
  });

  it('merges without asking, and keeps everyone', async () => {
    const user = userEvent.setup();
    render(RestorePanel, { props });
    await chooseBackup(user, backupText({ people: [{ id: 'p9', name: 'Minh' }] }));
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    await screen.findByText('Merged: Network map.');
    expect(network.get().people.map((person) => person.name)).toEqual([
      'Lan Ngo',
      'Thị Ánh Nguyễn',
      'Do Not Share',
      'Minh',
    ]);
  });

  it('marks a damaged collection as not restorable', async () => {
    const user = userEvent.setup();
    render(RestorePanel, { props });
    await chooseBackup(user, backupText({ people: [{ name: 'no id' }] }));
    expect(await screen.findByText(/the backup’s copy is damaged/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore' })).toBeDisabled();
  });
});

describe('SharePanel', () => {
  it('shows exactly what will be shared before any download', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    render(SharePanel, { props: { ...props, network } });
    await user.click(screen.getByRole('button', { name: 'Prepare the copy' }));

    const summary = await screen.findByTestId('share-summary');
    expect(
      within(summary).getByText('Shared in full (without notes)').nextElementSibling,
    ).toHaveTextContent('1');
    expect(
      within(summary).getByText('Initials and contexts only').nextElementSibling,
    ).toHaveTextContent('1');
    expect(
      within(summary).getByText('Left out, with their ties').nextElementSibling,
    ).toHaveTextContent('1');
    expect(within(summary).getByText('Private notes dropped').nextElementSibling).toHaveTextContent(
      '1',
    );

    const table = screen.getByTestId('share-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Lan Ngo');
    expect(table).toHaveTextContent('T.Á.N.');
    expect(table).not.toHaveTextContent('Sông Hồng');
    expect(table).not.toHaveTextContent('Do Not Share');
    expect(table).not.toHaveTextContent('owes me a call');
    expect(saved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Download the shared people (CSV)' }));
    const [, text] = saved.mock.calls[0] ?? [];
    expect(text).toContain('T.Á.N.');
    expect(text).not.toContain('Do Not Share');
  });
});
