import type { TextEncoding } from './imported-contact';

/** Text read from a file, with how it was read. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The bytes ended in the middle of a UTF-8 character (the file was cut short). */
  truncated: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns a file's bytes into text the way the exporters wrote it: a UTF-8 BOM means UTF-8,
 * FF FE / FE FF mean UTF-16 (Google's oldest CSV exporter), otherwise strict UTF-8, falling back
 * to Windows-1252 (a European spreadsheet re-saving a LinkedIn file). UTF-16 without a BOM is
 * recognised by its zero bytes. Never throws.
 *
 * @example decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { text: 'A', encoding: 'utf-8-bom', … }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const guessed = guessUtf16WithoutBom(bytes);
  if (guessed) return decodeUtf16(bytes, guessed);
  return decodeUtf8(bytes, 'utf-8');
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  // Non-fatal: a lone surrogate becomes U+FFFD instead of sinking the whole file.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { text, encoding, truncated: bytes.length % 2 === 1 };
}

function decodeUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  const whole = tryUtf8(bytes);
  if (whole !== undefined) return { text: whole, encoding, truncated: false };
  // A download cut inside a multi-byte character must not turn a UTF-8 file into mojibake.
  const cut = incompleteTailStart(bytes);
  if (cut !== undefined) {
    const head = tryUtf8(bytes.subarray(0, cut));
    if (head !== undefined) return { text: head, encoding, truncated: true };
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    encoding: 'windows-1252',
    truncated: false,
  };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where an incomplete UTF-8 sequence at the very end starts, if there is one. */
function incompleteTailStart(bytes: Uint8Array): number | undefined {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const at = bytes.length - back;
    const byte = bytes[at] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? at : undefined;
  }
  return undefined;
}

/**
 * UTF-16 text in a Latin script has a zero in every other byte. Looks at the first 1,000 bytes:
 * at least 40 % zeros on one side and almost none on the other.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 1000) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
