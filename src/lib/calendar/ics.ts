import * as v from 'valibot';
import { isoDateSchema } from '../dates/iso-date';
import { filledText, text } from '../schema/text';
import { object } from '../schema/json-values';

/*
 * A calendar file (RFC 5545) made in the browser, so that a reader can put a follow-up or a review
 * date in their own calendar without any server. All-day events only: a follow-up is "on that day".
 */

/** One all-day reminder. `uid` must stay the same for the same reminder, so a calendar updates it. */
export const calendarEventSchema = object({
  uid: filledText(200),
  /** The day, as YYYY-MM-DD. */
  day: isoDateSchema,
  summary: filledText(500),
  description: v.optional(text(5000), ''),
});

export type CalendarEvent = v.InferInput<typeof calendarEventSchema>;

/** Content lines are folded so that none is longer than 75 octets (RFC 5545 §3.1). */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
 * @example escapeText('Hẹn gặp; nói giúp, nhé') // 'Hẹn gặp\\; nói giúp\\, nhé'
 */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into lines of at most 75 octets, each continuation starting with a
 * space. Never splits a UTF-8 character: a Vietnamese letter with two marks is three octets, and a
 * split one would show as garbage in the reader's calendar.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; each continuation begins with one space, so 74 more.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2026-12-04` → `20261204`. */
function basicDay(day: string): string {
  return day.replaceAll('-', '');
}

/** The day after an ISO day, in the same form (all-day events end on the next day, exclusive). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC timestamp in the basic format: `20261204T153000Z`. */
function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A whole calendar file holding `events`, with CRLF line ends and folded lines. Throws when an
 * event is not valid (a day that is not YYYY-MM-DD, an empty summary).
 * @param stamp when the file is made (DTSTAMP); passed in so that the output is reproducible.
 * @example buildCalendar([{ uid: 'f1@syn', day: '2026-12-04', summary: 'Hỏi thăm chị Lan' }], new Date())
 */
export function buildCalendar(events: readonly CalendarEvent[], stamp: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Share Your Network//Workbook//EN'];
  lines.push('CALSCALE:GREGORIAN', 'METHOD:PUBLISH');
  for (const input of events) {
    const parsed = v.safeParse(calendarEventSchema, input);
    if (!parsed.success) {
      throw new Error(`calendar/buildCalendar: invalid event: ${v.summarize(parsed.issues)}`);
    }
    const event = parsed.output;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${basicDay(event.day)}`,
      `DTEND;VALUE=DATE:${basicDay(nextDay(event.day))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== '') lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for a calendar file, from a summary: only safe letters, no path characters. */
export function calendarFileName(summary: string): string {
  const base = summary
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base === '' ? 'reminder' : base}.ics`;
}
