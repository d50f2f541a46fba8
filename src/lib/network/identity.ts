/**
 * Who is who: the identity rules shared by the import and anything else that must decide whether
 * two records describe one person.
 *
 * 1. A profile link or an e-mail address identifies a person. Two records sharing one are the
 *    same person.
 * 2. Two records whose profile links differ, or (when neither has a link) whose e-mail addresses
 *    all differ, are different people, whatever their names: "Viktor Phạm" at one company with two
 *    links is two people.
 * 3. Only when neither record has a link or an e-mail can the name (with the company and the date
 *    when both records have them) suggest a match, and then only as "possibly the same", for the
 *    reader to confirm. Never silently.
 * 4. Names compare after Unicode normalisation (NFKC: canonical composition plus compatibility
 *    letters such as 𝐀), case folding and collapsed spaces, in any word order, but never by
 *    dropping diacritics: Phạm and Phâm are different family names.
 */

/** What the rules need to know about a record (a person on the map or a contact in a file). */
export interface IdentityFields {
  name: string;
  company: string;
  /** Addresses as written; a field may hold several (`a@x.org, b@y.org`). */
  emails: readonly string[];
  url: string;
  since?: string | undefined;
}

/** The verdict of {@link compareIdentities}. */
export type IdentityVerdict = 'same' | 'different' | 'possibly-same';

/** The keys of one record, computed once. */
export interface IdentityKeys {
  url: string | undefined;
  emails: string[];
  name: string | undefined;
  company: string | undefined;
  since: string | undefined;
}

/**
 * Text folded for comparison: NFKC, lower case, punctuation and emoji turned into spaces, single
 * spaces. Diacritics are kept.
 * @example foldText('  PHẠM   Văn-Đức 🚀') // 'phạm văn đức'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .normalize('NFC');
}

/**
 * A person's name as a key: folded, its words sorted, so that LinkedIn's "Ánh Nguyễn" meets
 * "Nguyễn Ánh" as the reader typed it. @example nameKey('Thị Ánh Nguyễn') === nameKey('NGUYỄN thị ánh')
 */
export function nameKey(name: string): string | undefined {
  const words = foldText(name)
    .split(' ')
    .filter((word) => word !== '');
  return words.length === 0 ? undefined : words.sort().join(' ');
}

// Legal forms that one source writes and another leaves out ("Brightwater Labs, Inc.").
const LEGAL_FORMS = new Set(
  'inc incorporated ltd limited llc llp plc corp corporation co company gmbh ag kg sa sl sas sarl srl spa bv nv ab oy as ltda pte pty jsc tnhh công ty'.split(
    ' ',
  ),
);

/** A company as a key: folded, legal forms such as Inc., GmbH or "Công ty TNHH" dropped. */
export function companyKey(company: string): string | undefined {
  const words = foldText(company)
    .split(' ')
    .filter((word) => word !== '');
  const kept = words.filter((word) => !LEGAL_FORMS.has(word));
  const key = (kept.length > 0 ? kept : words).join(' ');
  return key === '' ? undefined : key;
}

/**
 * An e-mail address as a key: trimmed and lower-cased; undefined when it is not an address.
 * @example emailKey(' Marisol.QV@Example.com ') // 'marisol.qv@example.com'
 */
export function emailKey(email: string): string | undefined {
  const key = email
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(key) ? key : undefined;
}

/** Every address in a field the reader may have filled with several (`a@x.org, b@y.org`). */
export function emailKeys(field: string): string[] {
  return field
    .split(/[\s,;]+/)
    .map(emailKey)
    .filter((key): key is string => key !== undefined);
}

/**
 * A profile link as a key: host without `www.`/`m.`/LinkedIn's country prefixes, path
 * percent-decoded and lower-cased, no query, fragment or trailing slash. A bare home page gives no
 * key: several people may share one.
 * @example profileUrlKey('https://vn.linkedin.com/in/Marisol-Q/?trk=x') // 'linkedin.com/in/marisol-q'
 */
export function profileUrlKey(url: string): string | undefined {
  const value = url.trim();
  if (value === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  let host = parsed.hostname.toLowerCase().replace(/^(www|m)\./, '');
  if (/^([a-z]{2}\.)?linkedin\.com$/.test(host)) host = 'linkedin.com';
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: compare the path as written.
  }
  path = path.normalize('NFC').toLowerCase().replace(/\/+$/, '');
  return path === '' ? undefined : host + path;
}

/** The keys of a record. */
export function identityKeys(record: IdentityFields): IdentityKeys {
  return {
    url: profileUrlKey(record.url),
    emails: [...new Set(record.emails.flatMap(emailKeys))],
    name: nameKey(record.name),
    company: companyKey(record.company),
    since: record.since === undefined || record.since === '' ? undefined : record.since,
  };
}

/** Whether a record carries a link or an e-mail, the things that identify a person (rule 1). */
export function isIdentified(keys: IdentityKeys): boolean {
  return keys.url !== undefined || keys.emails.length > 0;
}

/**
 * Whether two records are the same person, by the rules at the top of this file.
 * @example compareIdentities(viktorAtLink1, viktorAtLink2) // 'different'
 */
export function compareIdentities(a: IdentityKeys, b: IdentityKeys): IdentityVerdict {
  if (a.url !== undefined && b.url !== undefined) return a.url === b.url ? 'same' : 'different';
  if (a.emails.some((key) => b.emails.includes(key))) return 'same';
  if (isIdentified(a) || isIdentified(b)) return 'different';
  return namesMayMatch(a, b) ? 'possibly-same' : 'different';
}

/** Rule 3: same name, and the same company and date wherever both records have one. */
export function namesMayMatch(a: IdentityKeys, b: IdentityKeys): boolean {
  if (a.name === undefined || a.name !== b.name) return false;
  if (a.company !== undefined && b.company !== undefined && a.company !== b.company) return false;
  return a.since === undefined || b.since === undefined || a.since === b.since;
}
