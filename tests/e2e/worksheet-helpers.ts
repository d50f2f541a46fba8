import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where `pdftotext` (Debian's poppler-utils) is; the PDF checks need it. */
function pdftotext(): string {
  const path = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
  if (!path) {
    throw new Error(
      'The worksheet PDF tests read PDFs with pdftotext: apt-get install poppler-utils',
    );
  }
  return path;
}

/** Text compared the way a reader would: composed accents, any run of spaces as one space. */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The page number printed at the foot of a page ("3 / 8"), as pdftotext reads it. */
const PAGE_NUMBER = /^\s*(\d+)\s*\/\s*(\d+)\s*$/m;

/** The page number printed on a page, or undefined. */
export function printedPageNumber(page: string): { page: number; of: number } | undefined {
  const lines = page.trimEnd().split('\n');
  const match = PAGE_NUMBER.exec(lines.at(-1) ?? '');
  return match ? { page: Number(match[1]), of: Number(match[2]) } : undefined;
}

/** A page's text without its page number, so that text running over pages reads as one. */
function withoutPageNumber(page: string): string {
  const lines = page.trimEnd().split('\n');
  return PAGE_NUMBER.test(lines.at(-1) ?? '') ? lines.slice(0, -1).join('\n') : page;
}

/** The whole text of a PDF's pages, without the page numbers between them. */
export function pdfText(pages: readonly string[]): string {
  return normalize(pages.map(withoutPageNumber).join('\n'));
}

/** The text of each page of a PDF, in reading order (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: Buffer, layout = false): string[] {
  const text = execFileSync(pdftotext(), [...(layout ? ['-layout'] : []), '-', '-'], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The 1-based number of the first page whose text contains `needle`, or 0. */
export function pageOf(pages: readonly string[], needle: string): number {
  const wanted = normalize(needle);
  return pages.findIndex((page) => normalize(page).includes(wanted)) + 1;
}

/** Keeps a copy of a PDF for looking at, when SHEET_PDF_DIR names a folder (not in the repo). */
export function keepPdf(name: string, pdf: Buffer): void {
  const dir = process.env['SHEET_PDF_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), pdf);
}

/** The reflection prompt of a lesson, read from its MDX frontmatter. */
export function reflectionPrompt(locale: string, lessonId: string): string {
  const source = readFileSync(join('content/lessons', locale, `${lessonId}.mdx`), 'utf8');
  const match = /^reflection: '((?:[^']|'')*)'$/m.exec(source);
  if (!match?.[1]) throw new Error(`no reflection prompt in ${locale}/${lessonId}.mdx`);
  return match[1].replaceAll("''", "'");
}

/** Saves collections as the workbook stores them, before the page's own scripts run. */
export async function seedStorage(page: Page, collections: Record<string, unknown>): Promise<void> {
  await page.goto('/vi/your-data/');
  await page.evaluate((values) => {
    for (const [name, data] of Object.entries(values)) {
      localStorage.setItem(`syn:${name}`, JSON.stringify({ v: 1, data }));
    }
  }, collections);
}

/** A saved answer as the answers collection keeps it. */
export function answerEntry(text: string): { text: string; updatedAt: string } {
  return { text, updatedAt: '2026-03-01T09:30:00.000Z' };
}

/** A small network map with contexts, rings, dates and ties. */
export const SAMPLE_NETWORK = {
  people: [
    { id: 'p1', name: 'Nguyễn Thị Thu', contexts: ['workplace'], ring: 'inner', since: '2015' },
    { id: 'p2', name: 'Trần Minh', contexts: ['family'], ring: 'inner', since: '2019-04' },
    { id: 'p3', name: 'Lê Hạnh', contexts: ['association'], ring: 'close', since: '2021' },
    { id: 'p4', name: 'Phạm Tuấn', contexts: ['online'], ring: 'wider', since: '2024-02' },
    { id: 'p5', name: 'Mai Anh', contexts: ['club'], ring: 'acquaintance' },
  ],
  ties: [{ a: 'p1', b: 'p3', strength: 'strong' }],
  customContexts: [{ id: 'club', label: 'Câu lạc bộ chạy bộ' }],
  issues: [],
};

/** Two logged introductions, one between people on the map. */
export const SAMPLE_INTRODUCTIONS = [
  {
    id: 'i1',
    personA: { kind: 'person', personId: 'p1' },
    personB: { kind: 'person', personId: 'p4' },
    direction: 'given',
    purpose: 'Phần mềm ghi sản lượng cà phê',
    date: '2026-01-15',
    consentA: 'yes',
    consentB: 'yes',
    outcome: 'good',
  },
  {
    id: 'i2',
    personA: { kind: 'typed', name: 'Bác sĩ Hạnh' },
    personB: { kind: 'person', personId: 'p2' },
    direction: 'received',
    date: '2026-02-03',
  },
];
