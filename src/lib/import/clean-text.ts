// C0 and C1 controls, DEL and U+FFFD; line breaks and tabs are handled separately.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * A one-line value as it should be stored: controls removed, line breaks and runs of white space
 * turned into one space, trimmed, NFC-normalised (macOS writes decomposed accents).
 * @example cleanLine('  Redcloud \n') // 'Redcloud'
 */
export function cleanLine(value: string): string {
  return value.replace(CONTROLS, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** A multi-line value (notes): keeps line breaks and tabs, removes other controls, trims. */
export function cleanMultiline(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').trim().normalize('NFC');
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/**
 * True for something shaped like an e-mail address. LinkedIn's 2018 export put
 * `urn:li:member:123` in the e-mail column; Google puts addresses in the name of auto-saved
 * contacts.
 */
export function looksLikeEmail(value: string): boolean {
  return value.length <= 320 && EMAIL.test(value);
}

/** Removes repeats, comparing case-insensitively, and keeps the first spelling. */
export function uniqueIgnoringCase(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}
