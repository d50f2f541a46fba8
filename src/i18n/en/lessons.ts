import type { lessons as vi } from '../vi/lessons';

/** Lesson pages, the lesson list and progress (English). */
export const lessons: Record<keyof typeof vi, string> = {
  'nav.lessons': 'Lessons',
  'nav.glossary': 'Glossary',
  'lessons.title': 'Lessons',
  'lessons.lead':
    'Six short lessons that lead from the idea to practice. Each takes about five minutes to read and ends with a question for you to reflect on.',
  'lessons.readingTime': '{minutes} min read',
  'lessons.questions':
    '{count, plural, one {The practice question this lesson prepares} other {The practice questions this lesson prepares}}',
  'lessons.objectives': 'After this lesson you can',
  'lessons.toc': 'In this lesson',
  'lessons.previous': 'Previous lesson',
  'lessons.next': 'Next lesson',
  'lessons.lessonNumber': 'Lesson {number}',
  'lessons.status.done': 'Done',
  'lessons.status.visited': 'Opened',
  'lessons.status.new': 'Not read yet',
  'lessons.markDone': 'Mark as done',
  'lessons.markedDone': 'Done — unmark',
  'lessons.doneAnnouncement': 'This lesson is marked as done.',
  'lessons.notDoneAnnouncement': 'This lesson is no longer marked as done.',
};
