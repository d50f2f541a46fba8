import { restoreIntroductionLog, type IntroductionLog } from '../intro/introduction-record';
import { envelopeData, type SavedRead } from './saved-collection';

/**
 * The records of a stored log: the log itself, or a `log` / `records` list in an object (a store
 * may keep other state beside the log, such as the reader's settings for follow-ups).
 */
function logRecords(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data as unknown[];
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  const list = Array.isArray(fields['log']) ? fields['log'] : fields['records'];
  return Array.isArray(list) ? (list as unknown[]) : undefined;
}

/**
 * The introduction log as the worksheet prints it, read from the stored text of the
 * `introductions` collection with the log's own lenient `restoreIntroductionLog`: records that
 * cannot be read are left out of the print (and left as they are in storage).
 */
export function readSavedIntroductions(text: string | undefined): SavedRead<IntroductionLog> {
  if (text === undefined) return { kind: 'none' };
  const envelope = envelopeData(text);
  const records = envelope === undefined ? undefined : logRecords(envelope.data);
  if (records === undefined) return { kind: 'unreadable' };
  return { kind: 'ok', value: restoreIntroductionLog(records).log };
}
