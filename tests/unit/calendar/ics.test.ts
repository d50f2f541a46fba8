import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  calendarFileName,
  escapeText,
  foldLine,
} from '../../../src/lib/calendar/ics';

const stamp = new Date('2026-12-04T15:30:00Z');
const encoder = new TextEncoder();

/** Reads a calendar back the way a calendar app does: unfold, split name/params/value, unescape. */
function parseCalendar(text: string): Record<string, string>[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of unfolded.split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0] ?? '';
      current[name] = line
        .slice(colon + 1)
        .replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return events;
}

describe('buildCalendar', () => {
  const follow = {
    uid: 'follow-up-r1@share-your-network',
    day: '2026-12-04',
    summary: 'Hỏi thăm chị Nguyễn Thị Lan sau buổi gặp với anh Trần Văn Đức',
    description:
      'Tin nhắn: “Chị Lan ơi, buổi cà phê với anh Đức thế nào ạ? Em nói giúp một tiếng, còn lại là chuyện của hai người; nếu cần gì thêm chị cứ bảo em.”\nGhi chú: gặp ở quán quen, quận 3.',
  };

  it('ends every line with CRLF and keeps each line within 75 octets', () => {
    const text = buildCalendar([follow], stamp);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('parses back to a valid all-day DTSTART, a SUMMARY and the Vietnamese text intact', () => {
    const [event] = parseCalendar(buildCalendar([follow], stamp));
    expect(event?.['DTSTART']).toBe('20261204');
    expect(event?.['DTEND']).toBe('20261205');
    expect(event?.['DTSTAMP']).toBe('20261204T153000Z');
    expect(event?.['SUMMARY']).toBe(follow.summary);
    expect(event?.['DESCRIPTION']).toBe(follow.description);
    expect(event?.['UID']).toBe(follow.uid);
  });

  it('wraps the events in one VCALENDAR with VERSION and PRODID', () => {
    const text = buildCalendar([follow, { ...follow, uid: 'b', day: '2026-12-31' }], stamp);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const events = parseCalendar(text);
    expect(events.map((event) => event['DTEND'])).toEqual(['20261205', '20270101']);
  });

  it('refuses an event whose day is not a calendar day, or whose summary is empty', () => {
    expect(() => buildCalendar([{ ...follow, day: '2026-13-40' }], stamp)).toThrow(/invalid event/);
    expect(() => buildCalendar([{ ...follow, day: '4/12/2026' }], stamp)).toThrow(/invalid event/);
    expect(() => buildCalendar([{ ...follow, summary: '' }], stamp)).toThrow(/invalid event/);
  });

  it('round-trips any text through escaping and folding', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), (summary) => {
        const [event] = parseCalendar(buildCalendar([{ ...follow, summary }], stamp));
        expect(event?.['SUMMARY']).toBe(summary.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('never splits a Vietnamese letter across two lines', () => {
    const line = `SUMMARY:${'Nhắc việc giới thiệu người quen ở hội đồng hương '.repeat(4)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
  });

  it('leaves a short line as it is', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('calendarFileName', () => {
  it('drops diacritics and path characters', () => {
    expect(calendarFileName('Hỏi thăm chị Lan / Đức')).toBe('hoi-tham-chi-lan-duc.ics');
    expect(calendarFileName('…')).toBe('reminder.ics');
  });
});
