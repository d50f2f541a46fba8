import type { Locale } from '../i18n/locale';
import { cutText } from '../storage/repair-text';
import { DRAFT_TEMPLATES } from './draft-templates';
import { draftStatus } from './draft-status';
import {
  addressPair,
  DEFAULT_VI_ADDRESS,
  VI_ADDRESSES,
  type Register,
  type ViAddress,
} from './vi-address';
import { otherSide, SIDES, type Side, type WeigherInput } from './weigher-input';

/** What the drafts need to know about one person; all of it is untrusted text typed by the reader. */
export interface DraftPerson {
  name: string;
  /** A short description ("a product designer in Hanoi"), used when the name must be left out. */
  description?: string | undefined;
  /** How a Vietnamese message addresses them, and the reader; `bạn-mình` by default. */
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

/** One plain-text message, ready to copy, as an e-mail and as a short chat message. */
export interface Draft {
  to: Side | 'both';
  subject: string;
  body: string;
  /** Two or three lines for Zalo or Messenger: no subject, no signature. */
  chat: string;
  /** Whether the message names the other side; false when that side asked to be asked first. */
  namesOther: boolean;
  warnings: DraftWarning[];
}

/**
 * The double opt-in messages, or why there are none. `blocked`: a side asked never to be introduced,
 * so nothing is written. `declined`: a side said no, so the introduction ends with a kind word to
 * them and, if they were asked too, to the other. `ready`: the two asks and the introduction, which
 * stays `locked` until both sides have said yes.
 */
export type IntroductionDrafts =
  | { status: 'blocked'; sides: Side[] }
  | { status: 'declined'; sides: Side[]; closing: Draft[] }
  | { status: 'ready'; askA: Draft; askB: Draft; introduction: Draft; locked: boolean };

// Control characters (line breaks included) and bidirectional overrides, which can make a name
// display as something else; names are one line of plain text.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of untrusted text: no control or bidi characters, spaces collapsed, length capped. */
function cleanLine(text: string | undefined, max: number): string {
  const cleaned = (text ?? '').replace(UNSAFE_IN_LINE, ' ').replace(/\s+/g, ' ').trim();
  return cutText(cleaned, max);
}

/** Untrusted text that may span lines (the purpose), ending as a sentence. */
function cleanPurpose(text: string): string {
  const clean = cutText(text.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_TEXT, ' ').trim(), 2000);
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

/** The Vietnamese address pair, falling back to the default for anything not on the list. */
function addressOf(person: DraftPerson): ViAddress {
  const chosen = person.viAddress;
  return chosen !== undefined && VI_ADDRESSES.includes(chosen) ? chosen : DEFAULT_VI_ADDRESS;
}

/** A greeting with an empty name would read "Hi ," : drop the gap the name leaves. */
function tidyGreeting(line: string): string {
  return line.replace(/ {2,}/g, ' ').replace(/ ,/g, ',').replace(/ !/g, '!');
}

/** Whether the message to `side` must leave out the other side's name. */
function hidesOther(input: WeigherInput, side: Side): boolean {
  const other = input[otherSide(side)];
  return other.preference === 'ask' && other.consent !== 'yes';
}

/** Templates and pronouns for writing to one person. */
function voiceFor(locale: Locale, person: DraftPerson) {
  const { you, me, register } = addressPair(addressOf(person));
  if (locale === 'en') return { templates: DRAFT_TEMPLATES.en, you: 'you', me: 'I', register };
  return { templates: DRAFT_TEMPLATES.vi[register], you, me, register };
}

/** How a joint message names someone: "anh Minh", or just "Minh" between equals and in English. */
function calledIn(locale: Locale, register: Register, person: DraftPerson): string {
  const name = cleanLine(person.name, 200);
  if (locale === 'en' || register === 'level') return name;
  return `${addressPair(addressOf(person)).you} ${name}`.trim();
}

const RESPECT: Record<Register, number> = { level: 0, formal: 1, up: 2 };

/**
 * The voice of a message to both: the more respectful register of the two, and with it that
 * person's pronoun for the reader (writing to "cô Hoa" and "em Minh" together, the reader is "cháu").
 */
function jointVoice(locale: Locale, people: DraftPeople) {
  const a = voiceFor(locale, people.a);
  const b = voiceFor(locale, people.b);
  return RESPECT[b.register] > RESPECT[a.register] ? b : a;
}

function pronouns(you: string, me: string) {
  return { you, You: capitalise(you), me, Me: capitalise(me) };
}

function askDraft(input: WeigherInput, side: Side, people: DraftPeople, locale: Locale): Draft {
  const me = people[side];
  const them = people[otherSide(side)];
  const voice = voiceFor(locale, me);
  const { templates } = voice;
  const name = cleanLine(me.name, 200);
  const otherName = cleanLine(them.name, 200);
  const role = cleanLine(them.description, 300);
  const purpose = cleanPurpose(input.purpose);
  const hide = hidesOther(input, side) || otherName === '';
  const words = pronouns(voice.you, voice.me);
  const other = hide
    ? fillTemplate(role ? templates.anonymousWithRole : templates.anonymous, { ...words, role })
    : role
      ? fillTemplate(templates.otherWithRole, { other: otherName, role })
      : otherName;
  const values = { ...words, name, other, purpose };
  const fill = (template: string) => fillTemplate(template, values);
  const question = fill(templates.askQuestion);
  const paragraphs = [
    tidyGreeting(fill(templates.askGreeting)),
    hide ? `${question} ${fill(templates.anonymousNote)}` : question,
    purpose ? fill(templates.askPurpose) : '',
    fill(templates.noPressure),
    [fill(templates.askThanks), cleanLine(people.reader, 200)].filter(Boolean).join('\n'),
  ];
  const chatFirst = tidyGreeting(fill(templates.chatAsk));
  const chat = [
    hide ? `${chatFirst} ${fill(templates.chatAnonymousNote)}` : chatFirst,
    capitalise(purpose),
    fill(templates.chatNoPressure),
  ];
  return {
    to: side,
    subject: fill(templates.askSubject),
    body: paragraphs.filter(Boolean).join('\n\n'),
    chat: chat.filter(Boolean).join('\n'),
    namesOther: !hide,
    warnings: hide
      ? [
          ...(mentions(purpose, otherName) ? (['purpose-names-other'] as const) : []),
          ...(mentions(role, otherName) ? (['description-names-other'] as const) : []),
        ]
      : [],
  };
}

function introductionDraft(input: WeigherInput, people: DraftPeople, locale: Locale): Draft {
  const voice = jointVoice(locale, people);
  const { templates } = voice;
  const a = calledIn(locale, voice.register, people.a);
  const b = calledIn(locale, voice.register, people.b);
  const purpose = cleanPurpose(input.purpose);
  const values = { ...pronouns(voice.you, voice.me), a, b, purpose };
  const fill = (template: string) => fillTemplate(template, values);
  const personLines = SIDES.map((side) => {
    const role = cleanLine(people[side].description, 300);
    const called = calledIn(locale, voice.register, people[side]);
    return role ? fillTemplate(templates.introPerson, { Called: capitalise(called), role }) : '';
  }).filter(Boolean);
  const paragraphs = [
    tidyGreeting(fill(templates.introGreeting)),
    fill(templates.introOpening),
    personLines.join('\n'),
    purpose ? fill(templates.introPurpose) : '',
    [fill(templates.introClosing), cleanLine(people.reader, 200)].filter(Boolean).join('\n'),
  ];
  return {
    to: 'both',
    subject: fill(templates.introSubject),
    body: paragraphs.filter(Boolean).join('\n\n'),
    chat: [
      tidyGreeting(fill(templates.chatIntro)),
      capitalise(purpose),
      fill(templates.chatIntroClosing),
    ]
      .filter(Boolean)
      .join('\n'),
    namesOther: true,
    warnings: [],
  };
}

/** A kind closing word after a no: to the one who declined, or to the other side. */
function closingDraft(side: Side, declined: boolean, people: DraftPeople, locale: Locale): Draft {
  const person = people[side];
  const voice = voiceFor(locale, person);
  const { templates } = voice;
  const values = { ...pronouns(voice.you, voice.me), name: cleanLine(person.name, 200) };
  const fill = (template: string) => tidyGreeting(fillTemplate(template, values));
  const body = fill(declined ? templates.closingBody : templates.closingOtherBody);
  return {
    to: side,
    subject: fill(declined ? templates.closingSubject : templates.closingOtherSubject),
    body: [body, cleanLine(people.reader, 200)].filter(Boolean).join('\n'),
    chat: body,
    namesOther: false,
    warnings: [],
  };
}

/**
 * The double opt-in messages: one to each side asking whether they want the introduction, then the
 * introduction itself, locked until both have said yes. The message to one side leaves the other's
 * name out (describing them by `description` instead) while that other side's preference is "ask
 * first" and they have not said yes. When either side's preference is "do not introduce me" there
 * are no drafts; when one said no, only kind closing words (the other side hears nothing of who
 * declined). Vietnamese drafts take each person's address pair ("anh-em": "anh" for them, "em" for
 * the reader) and keep one register per message. All names are plain text: control and bidi
 * characters are removed, nothing is HTML-escaped or interpreted, so the caller must display the
 * result as text.
 * @example introductionDrafts(input, 'vi', { a: { name: 'Minh' }, b: { name: 'Lan' } })
 */
export function introductionDrafts(
  input: WeigherInput,
  locale: Locale,
  people: DraftPeople,
): IntroductionDrafts {
  const { status, sides } = draftStatus(input);
  if (status === 'blocked') return { status, sides };
  if (status === 'declined') {
    const closing = SIDES.filter(
      (side) => sides.includes(side) || input[side].consent !== 'not-asked',
    ).map((side) => closingDraft(side, sides.includes(side), people, locale));
    return { status, sides, closing };
  }
  return {
    status: 'ready',
    askA: askDraft(input, 'a', people, locale),
    askB: askDraft(input, 'b', people, locale),
    introduction: introductionDraft(input, people, locale),
    locked: !SIDES.every((side) => input[side].consent === 'yes'),
  };
}
