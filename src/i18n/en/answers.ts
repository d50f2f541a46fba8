import type { answers as vi } from '../vi/answers';

/** Answer boxes, the self-check and the focus plan (English). */
export const answers: Record<keyof typeof vi, string> = {
  'answers.question.a': 'How big is your network, and how is it growing?',
  'answers.question.b':
    'How do you use your network to understand a range of issues that matter to you?',
  'answers.question.c': 'What might sharing your network with your current colleagues lead to?',
  'answers.question.d': 'Can wider social networks bring you understanding and influence?',
  'answers.yourAnswerTo': 'Your answer to question ({letter})',
  'answers.words': '{count, plural, one {# word} other {# words}}',
  'answers.notSaved': 'Not saved',
  'answers.savedOn': 'Saved on {date} at {time}',
  'answers.loading': 'Opening your saved answer…',
  'answers.otherTab':
    'This answer was just changed in another tab. As you are typing here, your version is kept and will be saved.',
  'answers.useOtherTab': 'Use the other tab’s version',
  'answers.keepMine': 'Keep mine',
  'answers.reflection.heading': 'Reflection',
  'answers.reflection.hint':
    'Only you can read this. Your answer is saved in this browser as you type and appears on your worksheet.',
  'answers.selfCheck.beforeHeading': 'Before you start: a quick self-check',
  'answers.selfCheck.beforeLead':
    'Three short questions; a line or two each is enough. You will meet them again at the end of the path and compare.',
  'answers.selfCheck.afterHeading': 'After the path: the self-check again',
  'answers.selfCheck.afterLead':
    'The same three questions as at the start. Answer them again before you look back, then compare what has changed.',
  'answers.selfCheck.q1':
    'How many people could you ask for help this month, and where do you know them from?',
  'answers.selfCheck.q2':
    'When did you last introduce two people to each other, and did you ask each of them first?',
  'answers.selfCheck.q3':
    'How much time do you spend on social media each week, and what do you get back from it?',
  'answers.selfCheck.earlier': 'See your answer from the start',
  'answers.selfCheck.noEarlier': 'You did not answer this one at the start.',
  'answers.selfCheck.before': 'At the start',
  'answers.selfCheck.after': 'At the end',
  'answers.plan.heading': 'Your focus plan',
  'answers.plan.lead':
    'Up to three goals. For each, note its purpose, the few channels you will use, the minutes a week you will give it and one helpful act for others each week; then choose the day you will review the plan.',
  'answers.plan.goal': 'Goal {number}',
  'answers.plan.purpose': 'Purpose: what do you use social media for?',
  'answers.plan.purposeHint':
    'For example: understand nurse teaching as a job, and become known to a few schools',
  'answers.plan.platform': 'Channels you will use',
  'answers.plan.platformHint': 'For example: LinkedIn, a professional Facebook group, a forum',
  'answers.plan.minutes': 'Minutes a week',
  'answers.plan.offer': 'Your helpful act each week',
  'answers.plan.reviewOn': 'Day to review the plan',
  'answers.plan.reviewHint':
    'The day you will sit down and see whether the plan works. The home page will remind you, and you can add the day to your calendar.',
  'answers.plan.addGoal': 'Add a goal',
  'answers.plan.full':
    'You have three goals, enough to stay focused. To add another, remove one first.',
  'answers.plan.removeGoal': 'Remove goal {number}',
  'answers.plan.goalRemoved': 'Goal removed.',
  'answers.plan.undo': 'Undo',
  'answers.plan.undoFull': 'Could not restore it: the plan already has three goals.',
  'answers.plan.noGoals': 'No goal yet.',
  'answers.plan.budgetTotal':
    'Planned time in all: {minutes, plural, one {# minute} other {# minutes}} a week.',
  'answers.checkIn.heading': 'Weekly check-in',
  'answers.checkIn.lead':
    'Once a week: how much time did you spend, and did you connect someone with a person who could help them?',
  'answers.checkIn.day': 'A day in the week',
  'answers.checkIn.minutes': 'Minutes spent',
  'answers.checkIn.connected': 'This week I connected someone with a person who could help them',
  'answers.checkIn.note': 'Note (optional)',
  'answers.checkIn.save': 'Save check-in',
  'answers.checkIn.saved': 'Check-in saved for {week}.',
  'answers.checkIn.replaced': 'Updated the check-in for {week}.',
  'answers.checkIn.removed': 'Removed the check-in for {week}.',
  'answers.checkIn.remove': 'Remove the check-in for {week}',
  'answers.checkIn.week': 'week {week}, {year}',
  'answers.checkIn.invalid': 'Choose a day and enter minutes from 0 to {max}.',
  'answers.checkIn.tableCaption': 'Your check-ins',
  'answers.checkIn.colWeek': 'Week',
  'answers.checkIn.colMinutes': 'Minutes',
  'answers.checkIn.colConnected': 'Connected someone',
  'answers.checkIn.colNote': 'Note',
  'answers.checkIn.yes': 'Yes',
  'answers.checkIn.no': 'No',
  'answers.checkIn.summary':
    '{count, plural, one {# check-in} other {# check-ins}}, {average} minutes a week on average. You connected someone in {connected, plural, one {# week} other {# weeks}}.',
  'answers.checkIn.overBudget':
    '{weeks, plural, one {# week was} other {# weeks were}} over your planned time.',
};
