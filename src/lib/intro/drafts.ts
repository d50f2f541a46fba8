import type { Locale } from '../../i18n/locales';
import {
  DRAFT_TEMPLATES,
  VI_ADDRESSES,
  type DraftTemplates,
  type ViAddress,
} from './draft-templates';
import { otherSide, SIDES, type Side, type WeigherInput } from './weigher-input';

/** What the drafts need to know about one person; all of it is untrusted text typed by the reader. */
export interface DraftPerson {
  name: string;
  /** A short description ("a product designer in Hanoi"), used when the name must be left out. */
  description?: string | undefined;
  /** How a Vietnamese message addresses them; `anh/chị` by default. */
  viAddress?: ViAddress | undefined;
}

/** The people named in the drafts: the two sides and, for the signature, the reader. */
export interface DraftPeople {
  a: DraftPerson;
  b: DraftPerson;
  reader?: string | undefined;
}

/**
 * Things the reader should check before sending: the other side is left unnamed, yet the purpose or
 * the description the reader typed contains their name.
 */
export type DraftWarning = 'purpose-names-other' | 'description-names-other';

/** One plain-text message, ready to copy. */
export interface Draft {
  to: Side | 'both';
  subject: string;
  body: string;
  /** Whether the message names the other side; false when that side asked to be asked first. */
  namesOther: boolean;
  warnings: DraftWarning[];
}

/** The three double opt-in messages, or why there are none: a side who said no gets no message. */
export type IntroductionDrafts =
  | { status: 'blocked'; sides: Side[] }
  | { status: 'ready'; askA: Draft; askB: Draft; introduction: Draft };

// Control characters (line breaks included) and bidirectional overrides, which can make a name
// display as something else; names are one line of plain text.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of untrusted text: no control or bidi characters, spaces collapsed, length capped. */
function cleanLine(text: string | undefined, max: number): string {
  return (text ?? '').replace(UNSAFE_IN_LINE, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Untrusted text that may span lines (the purpose), ending as a sentence. */
function cleanPurpose(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_TEXT, ' ').trim().slice(0, 2000);
  return clean === '' || /[.!?…:;)"'”’»]$/.test(clean) ? clean : `${clean}.`;
}

/** Whether `text` contains `name`, ignoring case (names shorter than 2 letters are not checked). */
function mentions(text: string, name: string): boolean {
  return name.length >= 2 && text.toLocaleLowerCase().includes(name.toLocaleLowerCase());
}

/**
 * Fills `{key}` placeholders in one pass: inserted values are not scanned again, so untrusted text
 * that looks like a placeholder stays as typed. Unknown keys are left as they are.
 * @example fillTemplate('Hi {name}', { name: '{purpose}' }) // 'Hi {purpose}'
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? (values[key] as string) : match,
  );
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The Vietnamese form of address, falling back to `anh/chị` for anything not on the list. */
function addressOf(person: DraftPerson): ViAddress {
  const chosen = person.viAddress;
  return chosen !== undefined && VI_ADDRESSES.includes(chosen) ? chosen : 'anh/chị';
}

/** A greeting with an empty name would read "Hi ," : drop the gap the name leaves. */
function tidyGreeting(line: string): string {
  return line.replace(/ {2,}/g, ' ').replace(/ ,/g, ',');
}

/** Whether the message to `side` must leave out the other side's name. */
function hidesOther(input: WeigherInput, side: Side): boolean {
  const other = input[otherSide(side)];
  return other.preference === 'ask' && other.consent !== 'yes';
}

function askDraft(
  input: WeigherInput,
  side: Side,
  people: DraftPeople,
  templates: DraftTemplates,
): Draft {
  const me = people[side];
  const them = people[otherSide(side)];
  const address = addressOf(me);
  const name = cleanLine(me.name, 200);
  const otherName = cleanLine(them.name, 200);
  const role = cleanLine(them.description, 300);
  const purpose = cleanPurpose(input.purpose);
  const hide = hidesOther(input, side) || otherName === '';
  const other = hide
    ? fillTemplate(role ? templates.anonymousWithRole : templates.anonymous, { role })
    : role
      ? fillTemplate(templates.otherWithRole, { other: otherName, role })
      : otherName;
  const values = { name, address, Address: capitalise(address), other, purpose };
  const question = fillTemplate(templates.askQuestion, values);
  const paragraphs = [
    tidyGreeting(fillTemplate(templates.askGreeting, values)),
    hide ? `${question} ${templates.anonymousNote}` : question,
    purpose ? fillTemplate(templates.askPurpose, values) : '',
    fillTemplate(templates.noPressure, values),
    [fillTemplate(templates.askThanks, values), cleanLine(people.reader, 200)]
      .filter(Boolean)
      .join('\n'),
  ];
  return {
    to: side,
    subject: fillTemplate(templates.askSubject, values),
    body: paragraphs.filter(Boolean).join('\n\n'),
    namesOther: !hide,
    warnings: hide
      ? [
          ...(mentions(purpose, otherName) ? (['purpose-names-other'] as const) : []),
          ...(mentions(role, otherName) ? (['description-names-other'] as const) : []),
        ]
      : [],
  };
}

function introductionDraft(
  input: WeigherInput,
  people: DraftPeople,
  templates: DraftTemplates,
): Draft {
  const line = (side: Side) => {
    const address = addressOf(people[side]);
    return { name: cleanLine(people[side].name, 200), address, Address: capitalise(address) };
  };
  const a = line('a');
  const b = line('b');
  const purpose = cleanPurpose(input.purpose);
  const values = { a: a.name, b: b.name, addressA: a.address, addressB: b.address, purpose };
  const personLines = SIDES.map((side) => {
    const role = cleanLine(people[side].description, 300);
    return role ? fillTemplate(templates.introPerson, { ...line(side), role }) : '';
  }).filter(Boolean);
  const paragraphs = [
    tidyGreeting(fillTemplate(templates.introGreeting, values)),
    templates.introOpening,
    personLines.join('\n'),
    purpose ? fillTemplate(templates.introPurpose, values) : '',
    [templates.introClosing, cleanLine(people.reader, 200)].filter(Boolean).join('\n'),
  ];
  return {
    to: 'both',
    subject: fillTemplate(templates.introSubject, values),
    body: paragraphs.filter(Boolean).join('\n\n'),
    namesOther: true,
    warnings: [],
  };
}

/**
 * The double opt-in messages: one to each side asking whether they want the introduction, then the
 * introduction itself. The message to one side leaves the other's name out (describing them by
 * `description` instead) while that other side's preference is "ask first" and they have not said
 * yes. When either side's preference is "do not introduce me" or they said no, there are no drafts.
 * When a name is left out but the purpose or description the reader typed contains it, the draft
 * carries a warning rather than silently editing the reader's words. All names are plain text:
 * control and bidi characters are removed, nothing is HTML-escaped or interpreted, so the caller
 * must display the result as text.
 * @example introductionDrafts(input, 'vi', { a: { name: 'Minh' }, b: { name: 'Lan' } })
 */
export function introductionDrafts(
  input: WeigherInput,
  locale: Locale,
  people: DraftPeople,
): IntroductionDrafts {
  const blocked = SIDES.filter(
    (side) => input[side].preference === 'no' || input[side].consent === 'no',
  );
  if (blocked.length > 0) return { status: 'blocked', sides: blocked };
  const templates = DRAFT_TEMPLATES[locale];
  return {
    status: 'ready',
    askA: askDraft(input, 'a', people, templates),
    askB: askDraft(input, 'b', people, templates),
    introduction: introductionDraft(input, people, templates),
  };
}
