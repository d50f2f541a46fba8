/** What a file's first bytes say it is, when it is clearly not a text export. */
export type BinaryKind = 'zip' | 'spreadsheet' | 'binary';

const MAGIC: readonly { bytes: readonly number[]; kind: BinaryKind }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip' }, // an empty archive
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'spreadsheet' }, // OLE2: Excel 97–2003 .xls
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'binary' }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'binary' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], kind: 'binary' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'binary' }, // GIF8
  { bytes: [0x1f, 0x8b], kind: 'binary' }, // gzip
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'binary' }, // 7z
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'binary' }, // Rar!
];

/**
 * Recognises archives, old Excel workbooks and common binary files by their first bytes.
 * @example sniffMagic(new Uint8Array([0x50, 0x4b, 3, 4])) // 'zip'
 */
export function sniffMagic(bytes: Uint8Array): BinaryKind | undefined {
  for (const { bytes: magic, kind } of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) return kind;
  }
  return undefined;
}

/** How much of a text may be control characters before it counts as binary junk. */
export const MAX_CONTROL_RATIO = 0.02;
/** Fewer control characters than this are stray bytes in a damaged text, stripped on import. */
export const MIN_CONTROL_COUNT = 8;

/**
 * True when decoded text is mostly not text: NUL bytes, other control characters, C1 controls
 * (what Windows-1252 makes of random high bytes) and U+FFFD, counted over the first 64 K
 * characters; a handful of stray ones in a short file are not enough. papaparse happily
 * "parses" junk into rows, so this runs first.
 */
export function looksLikeBinaryText(text: string): boolean {
  const sample = Math.min(text.length, 65_536);
  if (sample === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd;
    if (control) suspicious++;
  }
  return suspicious >= MIN_CONTROL_COUNT && suspicious / sample > MAX_CONTROL_RATIO;
}
