import { addDraft, emptyReadContacts, type ReadContacts } from './build-contact';
import { normaliseBirthday } from '../dates/contact-dates';
import {
  parseVCardLine,
  splitVCardValue,
  unescapeVCardText,
  unfoldVCardLines,
  type VCardProperty,
} from './vcard-lines';

/** Contacts read from a vCard file, with how many cards of each version it held. */
export interface VCardContacts extends ReadContacts {
  cards: number;
  versions: Record<string, number>;
}

/**
 * Reads every vCard (2.1, 3.0, 4.0) in a text, card by card: a card that cannot be used is
 * reported and skipped, and a card left open (no END:VCARD, or a new BEGIN first) is still read
 * and reported as `truncated`. BEGIN/END and property names are case-insensitive.
 */
export function readVCards(text: string): VCardContacts {
  const result = { ...emptyReadContacts(), cards: 0 };
  // A Map, so that a VERSION of "__proto__" is counted like any other text.
  const versions = new Map<string, number>();
  let card: VCardProperty[] | undefined;
  let cardLine = 0;
  const close = () => {
    if (!card) return;
    result.cards++;
    addCard(result, card, cardLine, versions);
    card = undefined;
  };
  for (const logical of unfoldVCardLines(text)) {
    const property = parseVCardLine(logical);
    if (!property) continue;
    const isCardValue = property.value.trim().toUpperCase() === 'VCARD';
    if (property.name === 'BEGIN' && isCardValue) {
      // A card that never ends before the next begins: damaged in the middle, not cut short.
      if (card) result.warnings.push({ code: 'unclosed-card', line: cardLine });
      close();
      card = [];
      cardLine = property.line;
    } else if (property.name === 'END' && isCardValue) {
      close();
    } else {
      card?.push(property);
    }
  }
  if (card) result.warnings.push({ code: 'truncated', line: cardLine });
  close();
  return { ...result, versions: Object.fromEntries(versions) };
}

function addCard(
  result: ReadContacts,
  properties: readonly VCardProperty[],
  line: number,
  versions: Map<string, number>,
): void {
  const first = (name: string) => properties.find((p) => p.name === name);
  const all = (name: string) => properties.filter((p) => p.name === name);
  const text = (name: string) => unescapeVCardText(first(name)?.value ?? '');

  const version = (first('VERSION')?.value ?? '').trim() || 'unknown';
  versions.set(version, (versions.get(version) ?? 0) + 1);

  // N is Family;Given;Additional;Prefixes;Suffixes, and each part may be a comma list (4.0).
  const n = splitVCardValue(first('N')?.value ?? '', ';').map((part) =>
    splitVCardValue(part, ',').map(unescapeVCardText).join(' '),
  );
  const fromN = [n[1], n[2], n[0]].filter((part) => part && part.trim() !== '').join(' ');
  const org = unescapeVCardText(splitVCardValue(first('ORG')?.value ?? '', ';')[0] ?? '');
  const kind = text('KIND').trim().toLowerCase();
  const categories = all('CATEGORIES').flatMap((p) =>
    splitVCardValue(p.value, ',').map(unescapeVCardText),
  );

  addDraft(result, {
    line,
    name: text('FN').trim() || fromN,
    company: org,
    position: text('TITLE'),
    emails: all('EMAIL').map((p) => unescapeVCardText(p.value)),
    urls: all('URL').map((p) => unescapeVCardText(p.value)),
    notes: all('NOTE')
      .map((p) => unescapeVCardText(p.value))
      .join('\n\n'),
    labels: categories,
    isCompany:
      kind === 'org' ||
      kind === 'organization' ||
      text('X-ABSHOWAS').trim().toUpperCase() === 'COMPANY',
    hasPhone: all('TEL').some((p) => p.value.trim() !== ''),
    hasPhoto: all('PHOTO').some((p) => p.value.trim() !== ''),
    birthday: normaliseBirthday(text('BDAY').trim()),
  });
}
