import { unzipSync } from 'fflate';
import type { ImportErrorCode } from './import-error';

/** The contact file found inside an archive, or why there is none. */
export type ZipContactFile =
  | { ok: true; path: string; bytes: Uint8Array }
  | { ok: false; error: ImportErrorCode; detail: string };

const CONNECTIONS = /(^|\/)connections\.csv$/i;
const TAKEOUT_ALL_CONTACTS = /(^|\/)all contacts\.vcf$/i;
const CONTACT_FILE = /\.(csv|vcf)$/i;

/**
 * Finds the contacts in an archive the reader dropped whole: LinkedIn's Connections.csv in any
 * folder and any letter case, else Google Takeout's "All Contacts.vcf", else the archive's only
 * .csv or .vcf file. Only that one entry is decompressed. An Excel workbook (also a ZIP) is named
 * as such so that the reader can be told to save it as CSV. Never throws.
 *
 * @param maxBytes refuse an entry that would be larger than this once decompressed
 */
export function findContactFileInZip(bytes: Uint8Array, maxBytes: number): ZipContactFile {
  const names: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        names.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    return {
      ok: false,
      error: 'truncated',
      detail: `import/findContactFileInZip: ${String(error)}`,
    };
  }
  const files = names.filter(({ name }) => !name.endsWith('/') && !/(^|\/)__MACOSX\//.test(name));
  if (files.some(({ name }) => /^xl\/workbook\.xml$/i.test(name))) {
    return {
      ok: false,
      error: 'spreadsheet',
      detail: 'import/findContactFileInZip: an Excel workbook',
    };
  }
  const byDepth = [...files].sort((a, b) => a.name.split('/').length - b.name.split('/').length);
  const contactFiles = byDepth.filter(({ name }) => CONTACT_FILE.test(name));
  const chosen =
    byDepth.find(({ name }) => CONNECTIONS.test(name)) ??
    byDepth.find(({ name }) => TAKEOUT_ALL_CONTACTS.test(name)) ??
    (contactFiles.length === 1 ? contactFiles[0] : undefined);
  if (!chosen) {
    return {
      ok: false,
      error: 'zip-without-contacts',
      detail: `import/findContactFileInZip: no Connections.csv among ${String(files.length)} files`,
    };
  }
  if (chosen.size > maxBytes) {
    return {
      ok: false,
      error: 'too-large',
      detail: `import/findContactFileInZip: ${chosen.name} is too large`,
    };
  }
  try {
    const entries = unzipSync(bytes, { filter: (file) => file.name === chosen.name });
    const entry = entries[chosen.name];
    if (!entry) throw new Error(`${chosen.name} could not be read`);
    return { ok: true, path: chosen.name, bytes: entry };
  } catch (error) {
    return {
      ok: false,
      error: 'truncated',
      detail: `import/findContactFileInZip: ${String(error)}`,
    };
  }
}
