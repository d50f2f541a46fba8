import type { IntroductionLog } from '../intro/introduction-record';

/**
 * Introduction logs from two browsers, joined by record id: the reader's records first and as
 * they are, then the backup's records this log does not have, in the backup's order.
 */
export function mergeIntroductions(
  current: IntroductionLog,
  incoming: IntroductionLog,
): IntroductionLog {
  const ids = new Set(current.map((record) => record.id));
  return [...current, ...incoming.filter((record) => !ids.has(record.id))];
}
