import type { spread as vi } from '../vi/spread';

/** The explorable on how news and help travel through bridges (English). */
export const spread: Record<keyof typeof vi, string> = {
  'spread.heading': 'Try it: how news crosses bridges',
  'spread.lead':
    'A job opening starts with one person and travels along ties, one hop at each step. Guess first, then run it and see.',
  'spread.source.legend': 'Which network?',
  'spread.source.sample': 'The sample network',
  'spread.source.own': 'My map',
  'spread.source.ownEmpty':
    'Your map has no ties between the people on it yet, so try the sample network first.',
  'spread.showing.sample':
    'On screen: the sample network of {reader}. Everyone in it is invented; nothing is saved to your data.',
  'spread.showing.own':
    'On screen: your map ({count, plural, one {# person} other {# people}}). Read only: what you try here does not change your map.',
  'spread.kind.legend': 'Kind of spread',
  'spread.kind.simple': 'Simple: hearing it from one person is enough (news, a job opening)',
  'spread.kind.complex': 'Complex: it takes at least two contacts (a new habit, a risky idea)',
  'spread.start': 'Starts with',
  'spread.startHint.complex':
    'In a complex spread, the starter and their direct contacts start it together.',
  'spread.personOption': '{name} ({group})',
  'spread.predict.heading': 'First, what do you expect?',
  'spread.predict.groups': 'By step 3, which groups will have someone who has heard?',
  'spread.predict.count':
    'In the end, how many of the {total, plural, one {# person} other {# people}} will have heard?',
  'spread.predict.save': 'Lock in my prediction',
  'spread.predict.countError': 'Enter a number from 0 to {total}.',
  'spread.run.heading': 'Now run it and compare',
  'spread.run.headingAgain': 'Run it again with the new introduction',
  'spread.play': 'Play',
  'spread.pause': 'Pause',
  'spread.step': 'Next step',
  'spread.reset': 'Reset',
  'spread.speed': 'Speed',
  'spread.speed.slow': 'Slow',
  'spread.speed.normal': 'Normal',
  'spread.speed.fast': 'Fast',
  'spread.narration.start':
    'Step 0: {count} of {total, plural, one {# person} other {# people}} {count, plural, one {has} other {have}} heard.',
  'spread.narration.step':
    'Step {step}: {count} of {total, plural, one {# person} other {# people}} {count, plural, one {has} other {have}} heard.',
  'spread.narration.done':
    'It stopped after step {step}: {count} of {total, plural, one {# person} other {# people}} heard. Nobody else can hear it now.',
  'spread.picture':
    'The network: {count} of {total, plural, one {# person} other {# people}} {count, plural, one {has} other {have}} heard by step {step}',
  'spread.legend.heard': 'Has heard',
  'spread.legend.new': 'Heard at this step',
  'spread.legend.not': 'Not yet',
  'spread.legend.bridge': 'New introduction',
  'spread.list': 'Step by step, as a list',
  'spread.list.step': 'Step {step}',
  'spread.list.nobody': 'Nobody',
  'spread.compare.heading': 'Your prediction and the answer',
  'spread.compare.you': 'You guessed',
  'spread.compare.answer': 'Answer',
  'spread.compare.count': 'People who heard',
  'spread.compare.groups': 'Groups reached by step 3',
  'spread.compare.none': 'no group',
  'spread.compare.close': 'Close: you were off by {diff}.',
  'spread.compare.far': 'Off by {diff}. Look at the picture: where did the news stop?',
  'spread.bridge.heading': 'Add one introduction',
  'spread.bridge.lead':
    'Introduce two people in two groups that are not linked yet. We suggest a pair; you can pick another.',
  'spread.bridge.from': 'Someone who heard',
  'spread.bridge.to': 'Someone in a group it did not reach',
  'spread.bridge.make': 'Introduce them and run again',
  'spread.bridge.same': 'Pick two different people who do not know each other yet.',
  'spread.bridge.everyone': 'It reached everyone: no bridge is needed here.',
  'spread.bridge.made': 'Introduced {a} to {b} (in this simulation only).',
  'spread.result.heading': 'Before and after the introduction',
  'spread.result.measure': 'Measure',
  'spread.result.before': 'Before',
  'spread.result.after': 'After',
  'spread.result.reach': 'People who heard',
  'spread.result.steps': 'Steps until it stopped',
  'spread.result.effectiveSize': 'Your effective size',
  'spread.result.constraint': 'Your constraint',
  'spread.result.more':
    'One introduction carried it to {diff} more people: from {before} to {after} of {total}.',
  'spread.result.same':
    'The reach did not change ({after}). In a complex spread one thin bridge is not enough: the person across it hears from only one contact.',
  'spread.result.brokerage':
    'Your effective size falls from {before} to {after} and your constraint rises: the two groups no longer need you to reach each other.',
  'spread.around.heading': 'The other side of a bridge',
  'spread.around.text':
    'Once you link two groups, news and opportunities can go around you. That is good for them, and it is the real cost of an introduction: you are no longer the only one in between. Generous introducers accept that, because the trust and standing they earn back are usually worth more.',
  'spread.again': 'Start again',
};
