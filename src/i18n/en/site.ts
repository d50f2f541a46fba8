import type { site as vi } from '../vi/site';

/** Site chrome, home page and the "Your data" page (English). */
export const site: Record<keyof typeof vi, string> = {
  'site.name': 'Share Your Network',
  'site.tagline': 'A workbook for using and sharing your network of connections',
  'site.skip': 'Skip to main content',
  'site.nav': 'Main navigation',
  'site.language': 'Language',
  'site.switchTo': 'Tiếng Việt',
  'site.switchToLabel': 'Read this page in Vietnamese',
  'site.footer.private':
    'Everything you type here stays in this browser. Nothing is sent anywhere.',
  'site.footer.yourData': 'Your data',
  'site.footer.about': 'A bilingual workbook, built on a short article about sharing your network.',
  'nav.home': 'Home',
  'nav.yourData': 'Your data',
  'home.title': 'Your network is a resource — use it generously and with care',
  'home.lead':
    'Learn why the people you know are worth so much, map your own network, think twice before you introduce two people, and print a worksheet with your answers.',
  'home.learn.title': 'Learn',
  'home.learn.body': 'Short lessons on how networks grow and how to share them with care.',
  'home.practise.title': 'Practise',
  'home.practise.body':
    'Map the people you know and see how your network grows and which groups you connect.',
  'home.print.title': 'Print',
  'home.print.body': 'A worksheet with your answers, or a blank one for a workshop.',
  'home.private': 'No account needed. Everything you type stays in this browser.',
  'continue.heading': 'Continue',
  'continue.start': 'Start with the first lesson',
  'continue.resume': 'Continue with “{title}”',
  'continue.allDone': 'You have finished every lesson. Review your worksheet.',
  'continue.progress': '{done} of {total} lessons done',
  'root.title': 'Choose your language',
  'root.lead': 'A workbook on sharing your network of connections.',
  'yourData.title': 'Your data',
  'yourData.lead':
    'Everything you write in this workbook is kept in this browser’s storage (localStorage) on this device. There is no server and no account: if you clear your browser data, it is gone.',
  'yourData.loading': 'Reading this browser’s storage…',
  'yourData.tableCaption': 'What is stored',
  'yourData.key': 'Storage key',
  'yourData.what': 'Contents',
  'yourData.size': 'Size',
  'yourData.chars': '{count, plural, one {# character} other {# characters}}',
  'yourData.empty': 'Nothing is stored in this browser yet.',
  'yourData.used':
    'About {used} of the roughly {total} characters this browser allows are used ({percent}%).',
  'yourData.quarantined': 'Copy of damaged data',
  'yourData.download': 'Download',
  'yourData.remove': 'Delete this copy',
  'yourData.clear': 'Clear all data',
  'yourData.clearConfirm':
    'Delete every answer, your network map and your introduction log from this browser? This cannot be undone.',
  'yourData.clearYes': 'Yes, delete everything',
  'yourData.clearNo': 'No, keep it',
  'yourData.cleared': 'All of the workbook’s data in this browser has been deleted.',
  'yourData.unavailable':
    'This browser does not let the site store anything (private mode or a setting, perhaps). You can still use the workbook, but everything is lost when you close the page.',
  'collection.progress': 'Lesson progress',
  'collection.answers': 'Your answers',
  'collection.network': 'Network map',
  'collection.introductions': 'Introduction log',
  'collection.settings': 'Settings',
};
