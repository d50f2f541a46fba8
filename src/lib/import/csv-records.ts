import Papa from 'papaparse';

/** The separators the importer accepts. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One CSV record (a row, which may span lines when a quoted cell holds line breaks). */
export interface CsvRecord {
  /** 1-based line of the text where the record starts. */
  line: number;
  cells: string[];
}

/** Records read from a CSV text. */
export interface CsvRecords {
  records: CsvRecord[];
  /** Lines where a quoted cell never closes; reading went on from the next line. */
  unterminated: number[];
  /** The last unterminated quote ran to the end of the text: the file is probably cut short. */
  endsInsideQuote: boolean;
}

const HEADER_HINT = /first name|given name|^\W*name\W|connected on|e-mail/i;
// After this many unterminated quotes the rest of the file is left to the last one, so that a
// file full of stray quotes cannot make the reader re-parse it thousands of times.
const MAX_RESTARTS = 20;

/**
 * Picks the separator from the header line (the first of the first 30 lines that looks like a
 * contact header, else the first non-empty line): `;` when it has more semicolons than commas
 * (a European spreadsheet re-saved the file), tab when tabs outnumber both.
 */
export function chooseDelimiter(text: string): CsvDelimiter {
  const lines = text.slice(0, 65_536).split(/\r\n?|\n/, 30);
  const line = lines.find((l) => HEADER_HINT.test(l)) ?? lines.find((l) => l.trim() !== '') ?? '';
  const commas = count(line, ',');
  const semicolons = count(line, ';');
  const tabs = count(line, '\t');
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/**
 * Splits CSV text into records with papaparse (RFC 4180 quoting, quoted line breaks), keeping the
 * line where each record starts so that every rejected row can be reported by line. Blank lines
 * are dropped. A quote that never closes swallows the rest of the file in any CSV parser; here
 * that record is reported and reading resumes on the line after it. Line breaks inside cells come
 * back as `\n`.
 */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  const unterminated: number[] = [];
  let endsInsideQuote = false;
  let offset = 0;
  let restarts = 0;
  const lines = new LineCounter(normalised);
  while (offset < normalised.length) {
    const stop = readFrom(normalised, offset, delimiter, lines, records);
    if (stop === undefined) break;
    unterminated.push(lines.lineAt(stop));
    const nextLine = normalised.indexOf('\n', stop);
    if (nextLine === -1 || restarts >= MAX_RESTARTS) {
      endsInsideQuote = true;
      break;
    }
    offset = nextLine + 1;
    restarts++;
    if (normalised.slice(offset).trim() === '') endsInsideQuote = true;
  }
  return { records, unterminated, endsInsideQuote };
}

/**
 * Parses from `offset` to the end; returns the offset of a record whose quote never closed (the
 * parse stops there), or undefined when the text parsed to its end.
 */
function readFrom(
  text: string,
  offset: number,
  delimiter: CsvDelimiter,
  lines: LineCounter,
  records: CsvRecord[],
): number | undefined {
  let start = offset;
  let unclosed: number | undefined;
  Papa.parse<string[]>(offset === 0 ? text : text.slice(offset), {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step(result) {
      const recordStart = start;
      start = offset + result.meta.cursor;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        unclosed = recordStart;
        return;
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return;
      records.push({ line: lines.lineAt(recordStart), cells });
    },
  });
  return unclosed;
}

/** Turns offsets into 1-based line numbers; offsets must be asked for in increasing order. */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    let next = this.text.indexOf('\n', this.offset);
    while (next !== -1 && next < offset) {
      this.line++;
      next = this.text.indexOf('\n', next + 1);
    }
    this.offset = offset;
    return this.line;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
