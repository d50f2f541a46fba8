import type { contactImport as vi } from '../vi/contact-import';

/** The contact import: its page, the lesson exercise and the widget (English). */
export const contactImport: Record<keyof typeof vi, string> = {
  'nav.import': 'Import contacts',
  'import.pageTitle': 'Bring your network in',
  'import.pageLead':
    'Nobody wants to type five hundred names. Import the LinkedIn connections, Google contacts or vCard file you already have, and answer at once: how big is my network, and how has it grown year by year?',
  'import.exerciseTitle': 'Try it: import your connections',
  'import.exerciseLead':
    'LinkedIn records the day you connected with each person. Import that file here and you will see your network grow year by year.',
  'import.fileLabel': 'Choose a contact file',
  'import.dropHint': 'Drop a file here, or choose one from your device:',
  'import.dropActive': 'Drop the file to read it',
  'import.formats':
    'Reads LinkedIn (Connections.csv or the whole ZIP archive), Google Contacts, Outlook CSV and vCard (.vcf). The format is recognised from what the file holds, not from its name.',
  'import.private': 'The file is read right here in your browser. Nothing is sent anywhere.',
  'import.howTo.title': 'How do I get my LinkedIn connections?',
  'import.howTo.body':
    'On LinkedIn, open Settings → Data privacy → Get a copy of your data, choose “Connections” and request the archive. A few minutes later LinkedIn e-mails you a link to a ZIP file; you can drop that whole ZIP file here.',
  'import.phase.reading': 'Reading the file…',
  'import.phase.parsing': 'Finding the contacts in the file…',
  'import.phase.matching': 'Comparing them with the people already on your map…',
  'import.phase.saving': 'Saving in your browser…',
  'import.progressLabel': 'Import progress',
  'import.working': 'Working on {file}',
  'import.stop': 'Stop',
  'import.error.title': 'This file cannot be imported',
  'import.error.empty': 'The file is empty: there is nothing in it to read.',
  'import.error.binary':
    'This file is not text (it may be an image, a PDF or a damaged file). Choose a CSV or vCard file.',
  'import.error.spreadsheet':
    'This is an Excel workbook. Open it, save it as CSV (UTF-8), then import that CSV file.',
  'import.error.unknown-format':
    'The workbook does not recognise this file’s format. Use LinkedIn’s Connections.csv, a Google or Outlook CSV file, or a vCard file.',
  'import.error.wrong-headers':
    'The file is a table, but its columns are not those of a LinkedIn, Google or Outlook export (no “First Name”, “Last Name”… columns).',
  'import.error.zip-without-contacts':
    'The ZIP file holds no Connections.csv or other contact file. When you request your LinkedIn data, include “Connections”.',
  'import.error.truncated': 'The file is cut short or damaged and cannot be read.',
  'import.error.too-large':
    'The file is too large (over 50 MB). A full LinkedIn connections file is about 5 MB: this may be the wrong file.',
  'import.error.no-rows': 'The file has no contact card in it (no BEGIN:VCARD … END:VCARD).',
  'import.error.single-line':
    'This file is one single line of text with no line breaks, and a contact export has one line per contact. It is probably not a contact file, or its line breaks were lost: open it in a text editor to check.',
  'import.error.worker-failed':
    'The browser ran into a problem while reading the file. Try again, or reload the page.',
  'import.error.stale-plan':
    'Your map changed since the preview (perhaps in another tab). Choose the file again to see a fresh preview.',
  'import.error.not-ready': 'Your saved map has not finished loading. Wait a moment and try again.',
  'import.error.sample-shown':
    'The sample network is on screen. Choose “Back to my network” first: contacts are only ever added to your own map.',
  'import.error.not-saved':
    'The browser could not save the map after the import (storage full or blocked), so the import was called off.',
  'import.error.failed': 'Something went wrong during the import. Try again.',
  'import.nothingChanged': 'Nothing you had saved was changed.',
  'import.cancelled': 'Stopped. Nothing was changed.',
  'import.waitingForMap': 'Loading your saved map, one moment…',
  'import.blocked':
    'Your saved map has a problem (see the notice above). Resolve it before importing a file.',
  'import.preview.title': 'Preview: {file}',
  'import.preview.lead':
    'Nothing has been saved yet. Check what was found, then confirm or cancel.',
  'import.preview.format': 'Format: {format}. Character encoding: {encoding}.',
  'import.preview.zip': 'Read from {path} inside the ZIP file.',
  'import.format.linkedin-csv': 'LinkedIn Connections.csv',
  'import.format.google-csv': 'Google Contacts (CSV)',
  'import.format.google-legacy-csv': 'Google Contacts, older layout (CSV)',
  'import.format.outlook-csv': 'Outlook (CSV)',
  'import.format.vcard': 'vCard (.vcf)',
  'import.encoding.utf-8': 'UTF-8',
  'import.encoding.utf-8-bom': 'UTF-8 (with BOM)',
  'import.encoding.utf-16le': 'UTF-16',
  'import.encoding.utf-16be': 'UTF-16 (big-endian)',
  'import.encoding.windows-1252': 'Windows-1252 (an older encoding)',
  'import.counts.caption': 'What the file holds',
  'import.count.found': 'People found in the file',
  'import.count.new': 'New people to add',
  'import.count.merged': 'Already on your map, details to fill in',
  'import.count.unchanged': 'Already on your map, nothing new',
  'import.count.duplicates': 'Repeated within the file, skipped',
  'import.count.rejected': 'Rows that could not be read, skipped',
  'import.count.anonymous': 'Members who hid their profile (counted, no name)',
  'import.count.possiblySame': 'Possibly someone already on your map (you decide below)',
  'import.count.skippedNoName': 'Addresses without a name, skipped',
  'import.count.skippedOrganisations': 'Organisations, not people, skipped',
  'import.emptyFile':
    'There are no connections in this file yet: it has the column headings and nothing below them. Nothing to import; your map stays as it is.',
  'import.possible.title':
    '{count, plural, one {# contact is} other {# contacts are}} possibly someone already on your map',
  'import.possible.lead':
    'These contacts have no profile link or e-mail address, only a name (with the same company and date where both have one) that someone on your map also has. Say whether each is the same person. Unless you say otherwise, they are treated as the same person: only their empty fields are filled in, and nobody is added twice.',
  'import.possible.row': 'Line {line}: {file}',
  'import.possible.same': 'The same person as {person} on my map',
  'import.possible.different': 'A different person: add them',
  'import.possible.allSame': 'All the same people',
  'import.possible.allDifferent': 'All different people',
  'import.possible.more':
    '{count, plural, one {# more contact follows} other {# more contacts follow}} the choice for all (the two buttons above).',
  'import.match.confirmed-name': 'name, confirmed by you',
  'importHistory.title': 'Imports you can undo',
  'importHistory.lead':
    'Each import is listed until you dismiss it. Undoing takes off the people it added and empties what it filled in, except for anyone you have changed since.',
  'importHistory.none': 'No import to undo.',
  'importHistory.unnamed': 'Contact file',
  'importHistory.entry':
    '{date}: {added, plural, one {# person added} other {# people added}}, {merged, plural, one {# filled in} other {# filled in}}.',
  'importHistory.undo': 'Undo this import',
  'importHistory.undoLabel': 'Undo this import ({file})',
  'importHistory.dismiss': 'Dismiss',
  'importHistory.dismissLabel': 'Dismiss ({file}: its people stay)',
  'importHistory.undone':
    'Undid the import of {file}: {removed, plural, one {# person} other {# people}} taken off your map, {restored, plural, one {# person} other {# people}} back as before.',
  'importHistory.keptEdited':
    '{count, plural, one {# person you changed since the import was kept as you left them.} other {# people you changed since the import were kept as you left them.}}',
  'import.dateRange': 'Connection dates: from {from} to {to}.',
  'import.noDates': 'The file has no connection dates.',
  'import.matchRules':
    'A profile link or an e-mail address identifies a person: a contact with the same link (or, without links, the same address) as someone on your map is that person, and contacts with different links are different people even with the same name and company. A name alone is never enough: you decide above. Only empty fields are filled in; what you wrote is never overwritten.',
  'import.warning.truncated':
    'The file seems cut short at the end (line {line}); everything before it was read.',
  'import.warning.truncatedNoLine':
    'The file seems cut short at the end; everything before it was read.',
  'import.warning.legacy-encoding':
    'The file is not UTF-8, so it was read as Windows-1252; some accented letters may be wrong.',
  'import.warning.shortened': 'Some very long notes were shortened.',
  'import.warning.unclosed-card':
    'The contact card starting on line {line} has no END:VCARD before the next card begins (the file is damaged there, not at the end). It was read up to the next card: check that contact.',
  'import.rejected.caption': 'Rows left out, and why',
  'import.rejected.line': 'Line',
  'import.rejected.reason': 'Reason',
  'import.rejected.more':
    '{count, plural, one {# more row was} other {# more rows were}} left out. The table lists the first {shown}.',
  'import.reason.unterminated-quote': 'A quotation mark is never closed',
  'import.reason.extra-fields': 'More cells than columns (perhaps a comma without quotes)',
  'import.reason.bad-date': 'The connection date is not a date',
  'import.reason.empty-row': 'The row is empty',
  'import.reason.no-identity': 'No name, company, e-mail or link',
  'import.reason.invalid-field': 'A cell is unusually long',
  'import.sample.caption': 'The first new people ({shown} of {total})',
  'import.sample.name': 'Name',
  'import.sample.company': 'Company',
  'import.sample.position': 'Position',
  'import.sample.since': 'Connected',
  'import.sample.link': 'Profile',
  'import.sample.open': 'Open profile',
  'import.sample.hidden': '(profile hidden)',
  'import.merges.caption': 'People on your map who get new details ({shown} of {total})',
  'import.merges.person': 'Person on your map',
  'import.merges.matchedBy': 'Recognised by',
  'import.merges.fills': 'Fills in',
  'import.merges.contextOnly': 'the “Imported contacts” context',
  'import.match.profile-url': 'profile link',
  'import.match.email': 'e-mail address',
  'import.match.name-company': 'name and company',
  'import.match.hidden-member': 'hidden member, same connection date',
  'import.field.name': 'name',
  'import.field.company': 'company',
  'import.field.position': 'position',
  'import.field.email': 'e-mail',
  'import.field.url': 'link',
  'import.field.since': 'connection date',
  'import.field.notes': 'notes',
  'import.options.legend': 'When adding new people',
  'import.option.contexts':
    'Add the contexts suggested by company, position and labels (workplace, family…)',
  'import.option.topics': 'Record each person’s position as a topic they know about',
  'import.landing':
    'New people go into the “Imported contacts” context, on the outer ring, with their connection date as the date you met. Everyone is set to “Ask first” for introductions: an address book says nothing about their consent.',
  'import.fit.checking': 'Checking the room left in your browser…',
  'import.fit.no':
    'After this import your map would need about {needed} characters, more than the room left in your browser (about {room}). Nothing has been saved. Free some room on the Your data page, or import a smaller file.',
  'import.fit.bigStore': 'A large map is kept in IndexedDB, the browser’s larger storage.',
  'import.confirm': 'Confirm and save',
  'import.cancel': 'Cancel, do not import',
  'import.done.title': 'Import complete',
  'import.done': 'Added {added, plural, one {# new person} other {# new people}} to your map.',
  'import.doneMerged':
    'Filled in details for {merged, plural, one {# person} other {# people}} already on your map.',
  'import.doneSaved': 'Everything is saved in this browser.',
  'import.undo': 'Undo this import',
  'import.undone':
    'Undone: {removed, plural, one {# person} other {# people}} taken off your map, {restored, plural, one {# person} other {# people}} back as before the import.',
  'import.undoneKept':
    '{count, plural, one {# person you edited after the import was kept as you left them.} other {# people you edited after the import were kept as you left them.}}',
  'import.another': 'Import another file',
  'import.mapSize': 'Your map now has {count, plural, one {# person} other {# people}}.',
  'import.byYear.caption': 'People you connected with each year',
  'import.byYear.year': 'Year',
  'import.byYear.count': 'People',
  'import.byYear.undated': 'Year unknown',
};
