// Letters that Unicode does not decompose into a base letter plus a mark.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
};

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Legal forms that one source writes and another leaves out ("Brightwater Labs, Inc.").
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sl',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'oy',
  'as',
  'ltda',
  'pte',
  'pty',
  'jsc',
  'tnhh',
  'cong',
  'ty',
]);

/**
 * Text folded for comparison: compatibility forms (𝐀𝐧𝐧𝐚 → Anna), no accents, đ → d, lower
 * case, punctuation and emoji removed, single spaces.
 * @example foldForMatching('Nguyễn  Văn Đức 🚀') // 'nguyen van duc'
 */
export function foldForMatching(text: string): string {
  // Most names and companies are plain ASCII; Unicode normalisation is most of the cost.
  if (PRINTABLE_ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đðłøæœßıþ]/g, (char) => UNDECOMPOSABLE[char] ?? char)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A person's name as a matching key: folded, its words sorted, so that "Thị Ánh Nguyễn"
 * (LinkedIn's given-then-family order) meets "Nguyễn Thị Ánh" as the reader typed it.
 */
export function nameKey(name: string): string | undefined {
  const words = foldForMatching(name)
    .split(' ')
    .filter((word) => word !== '');
  return words.length === 0 ? undefined : words.sort().join(' ');
}

/** A company as a matching key: folded, legal forms such as Inc. or GmbH dropped. */
export function companyKey(company: string): string | undefined {
  const words = foldForMatching(company).split(' ');
  const kept = words.filter((word) => word !== '' && !LEGAL_FORMS.has(word));
  const key = (kept.length > 0 ? kept : words.filter((word) => word !== '')).join(' ');
  return key === '' ? undefined : key;
}

/** Name and company together; undefined unless both are known (a name alone is too weak). */
export function nameCompanyKey(name: string, company: string): string | undefined {
  return combineNameCompany(nameKey(name), companyKey(company));
}

/** Joins a {@link nameKey} and a {@link companyKey} already computed into a name-and-company key. */
export function combineNameCompany(
  name: string | undefined,
  company: string | undefined,
): string | undefined {
  return name !== undefined && company !== undefined ? `${name}\u0000${company}` : undefined;
}

/**
 * An e-mail address as a matching key: trimmed and lower-cased; undefined when it is not an
 * address. @example emailKey(' Marisol.QV@Example.com ') // 'marisol.qv@example.com'
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
 * A profile link as a matching key: host without `www.`/`m.`/country prefixes of LinkedIn, path
 * percent-decoded and lower-cased, no query, fragment or trailing slash. A bare home page
 * (`https://harbor-dental.example.com/`) gives no key: several people may share one.
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
