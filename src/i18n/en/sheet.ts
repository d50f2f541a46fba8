import type { sheet as vi } from '../vi/sheet';

/** The worksheet: the reader's answers gathered for printing, and the blank version (English). */
export const sheet: Record<keyof typeof vi, string> = {
  'nav.worksheet': 'Worksheet',
  'sheet.title': 'Your worksheet',
  'sheet.lead':
    'Everything you have written in the workbook, gathered in one place to read again, print or save as a PDF. This page only reads this browser’s storage; nothing is sent anywhere.',
  'sheet.print': 'Print / save as PDF',
  'sheet.printHint':
    'Choose the paper size (A4 or Letter) and “Save as PDF” in your browser’s print dialog. Page numbers are printed at the foot of each page.',
  'sheet.blankLink': 'Blank worksheet to print for a workshop',
  'sheet.filledLink': 'Your worksheet with your answers',
  'sheet.initialsOnly': 'Print people’s initials only',
  'sheet.loading': 'Reading your answers in this browser…',
  'sheet.empty':
    'You have not written anything in this workbook yet. Start with the lessons, or print the blank worksheet to write by hand.',
  'sheet.startLessons': 'Start with the lessons',
  'sheet.questions': 'The four practice questions',
  'sheet.questionLetter': 'Question ({letter})',
  'sheet.notAnswered': 'Not answered yet.',
  'sheet.updated': 'updated {date}',
  'sheet.selfCheck': 'Self-check: at the start and at the end',
  'sheet.selfCheckQuestion': 'Question',
  'sheet.reflections': 'Reflections on the lessons',
  'sheet.reflectionsEmpty': 'You have not written any reflection yet.',
  'sheet.lesson': 'Lesson {number}: {title}',
  'sheet.focusPlan': 'Focus plan for question (d)',
  'sheet.network': 'Your network',
  'sheet.network.total':
    '{people, plural, one {# person} other {# people}} on the map, {ties, plural, one {# tie} other {# ties}} between them.',
  'sheet.network.byRing': 'By ring',
  'sheet.network.byContext': 'By context',
  'sheet.network.ring': 'Ring',
  'sheet.network.context': 'Context',
  'sheet.network.people': 'People',
  'sheet.network.growth': 'Growth by year',
  'sheet.network.year': 'Year',
  'sheet.network.added': 'Met',
  'sheet.network.cumulative': 'Total',
  'sheet.network.undated':
    '{count, plural, one {# person has} other {# people have}} no year of meeting yet.',
  'sheet.network.diversity':
    'Diversity across contexts (Blau index): {index}, {band}, as spread as {equivalent} equally large contexts.',
  'sheet.network.band.low': 'low',
  'sheet.network.band.medium': 'medium',
  'sheet.network.band.high': 'high',
  'sheet.network.noDiversity.no-people': 'There is nobody on the map yet to measure diversity.',
  'sheet.network.noDiversity.no-contexts':
    'Nobody on the map has a context yet, so diversity cannot be measured.',
  'sheet.network.noDiversity.no-ties': 'Diversity cannot be measured yet.',
  'sheet.network.map': 'Network map',
  'sheet.network.mapDescription':
    'You are at the centre. Four rings from the inside out: innermost, close, wider, acquaintances. Each slice is a context.',
  'sheet.network.aggregated':
    'The map has too many people to draw one by one, so each cell shows how many people it holds.',
  'sheet.you': 'You',
  'sheet.intros': 'Introduction log',
  'sheet.intros.date': 'Date',
  'sheet.intros.who': 'Who with whom',
  'sheet.intros.purpose': 'Purpose',
  'sheet.intros.consent': 'Asked first',
  'sheet.intros.outcome': 'Outcome',
  'sheet.intros.given': '{a} to {b}',
  'sheet.intros.received': '{a} introduced you to {b}',
  'sheet.intros.consentPair': '{a}: {consentA}; {b}: {consentB}',
  'sheet.intros.unknownPerson': '(no longer on the map)',
  'sheet.consent.not-asked': 'not asked',
  'sheet.consent.asked': 'asked, waiting',
  'sheet.consent.yes': 'agreed',
  'sheet.consent.no': 'declined',
  'sheet.outcome.good': 'good',
  'sheet.outcome.pending': 'pending',
  'sheet.outcome.bad': 'went badly',
  'sheet.blank.title': 'Worksheet (blank)',
  'sheet.blank.lead':
    'To print for a workshop: the four questions with room to write by hand, a ring diagram to draw your network on, and a focus plan.',
  'sheet.blank.name': 'Name',
  'sheet.blank.date': 'Date',
  'sheet.blank.mapTitle': 'Draw your network',
  'sheet.blank.mapHint':
    'You are at the centre. Write each person in the ring that matches how close you are, then divide the rings into slices by context: workplace, association, family, online…',
  'sheet.blank.mapLabel': 'An empty diagram of four concentric rings, with you at the centre',
};
