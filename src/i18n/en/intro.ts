import type { intro as vi } from '../vi/intro';

/** The introduction weigher and its page (English). */
export const intro: Record<keyof typeof vi, string> = {
  'nav.introductions': 'Introductions',
  'intro.page.title': 'Should I introduce them?',
  'intro.page.lead':
    'Weigh an introduction before you make it: what each person wants, what you would share, where the risks are. Then keep a log of the introductions you make and follow them up.',
  'intro.weigher.heading': 'The introduction weigher',
  'intro.weigher.lead':
    'Answer what you know and leave the rest as “Not sure”. The advice appears as soon as you have chosen two people.',

  'intro.suggest.heading': 'Suggestions from your map',
  'intro.suggest.lead':
    'Pairs who are both open to introductions, in different contexts, not yet connected, with something to talk about. Choose one to load it into the weigher.',
  'intro.suggest.none':
    'Your map has no pair to suggest yet. A pair needs two people who are both open to introductions, in different contexts, not yet connected, with a topic one knows about and the other needs.',
  'intro.suggest.needPeople':
    'Once your map has at least two people, pairs worth weighing appear here. Add them on the map page, or explore the sample network.',
  'intro.suggest.pair': '{a} and {b}',
  'intro.suggest.topics': 'In common: {topics}',
  'intro.suggest.loaded': 'Loaded {a} and {b} into the weigher. Answer the questions below.',

  'intro.people.legend': 'The two people you might introduce',
  'intro.side.a': 'First person',
  'intro.side.b': 'Second person',
  'intro.sideInline.a': 'the first person',
  'intro.sideInline.b': 'the second person',
  'intro.pick.search': 'Search your map',
  'intro.pick.choose': 'Choose a person',
  'intro.pick.placeholder': '— Choose someone —',
  'intro.pick.typed': 'Someone not on my map…',
  'intro.pick.name': 'Their name',
  'intro.pick.noMatch': 'Nobody on your map matches “{query}”.',
  'intro.pick.matches': '{count, plural, one {# person matches} other {# people match}}.',
  'intro.pick.emptyMap':
    'Your network map has nobody on it yet. Type their name, or add people to your map first.',
  'intro.pick.removed': 'This person is no longer on your map. Choose again.',
  'intro.pick.same': 'Choose two different people.',

  'intro.preference.legend': '{name}’s wishes',
  'intro.preference.onMap': 'On your map: {preference}.',
  'intro.preference.mapHint': 'This comes from your map; change it there.',
  'intro.preference.typedLegend': 'How does {name} feel about being introduced?',
  'intro.preference.open': 'Open to introductions',
  'intro.preference.ask': 'Ask first',
  'intro.preference.no': 'Do not introduce me',
  'intro.preference.explain':
    'Some people put their privacy first. “Do not introduce me” is always respected, however good everything else looks.',
  'intro.consent.legend': 'Have you asked {name} about this introduction?',
  'intro.consent.not-asked': 'Not yet',
  'intro.consent.asked': 'Asked, waiting for an answer',
  'intro.consent.yes': 'Said yes',
  'intro.consent.no': 'Said no',

  'intro.purpose.label': 'Why introduce these two?',
  'intro.purpose.hint': 'A sentence or two is enough. It goes into the draft messages.',
  'intro.asker.legend': 'Whose idea is this introduction?',
  'intro.asker.reader': 'My own idea',
  'intro.asker.side': '{name} asked me',
  'intro.explainSummary': 'Why does this matter?',
  'intro.factors.heading': 'Weighing it up',
  'intro.notSure': 'Not sure',

  'intro.factor.sensitivity.legend': 'How sensitive is what you would share?',
  'intro.factor.sensitivity.explain':
    'An introduction hands over someone’s name and contact details, sometimes their situation too. The more sensitive it is, the surer you need to be.',
  'intro.sensitivity.low': 'Not sensitive',
  'intro.sensitivity.medium': 'Somewhat sensitive',
  'intro.sensitivity.high': 'Highly sensitive',
  'intro.factor.trust.legend': 'How far do you trust {name}?',
  'intro.factor.trust.explain':
    'When you introduce people you vouch for both of them. If you do not trust someone enough, do not put your good name, or the other person, in their hands.',
  'intro.factor.trust.fromMap': 'Filled in from your map; you can change it here.',
  'intro.factor.reciprocity.legend': 'When you helped {name} before, what did they do?',
  'intro.factor.reciprocity.explain':
    'Some people take the contacts you give and vanish without a thank-you. Someone who has credited you or helped in return is a good sign.',
  'intro.factor.reciprocity.lesson': 'Read more: the lesson “Share with care”',
  'intro.factor.reciprocity.notApplicable':
    'No need to answer: this is your own idea, nobody asked you for it.',
  'intro.reciprocity.returned': 'Credited me or helped back',
  'intro.reciprocity.took-quiet': 'Took the contacts and went quiet',
  'intro.factor.bypassRisk.legend': 'Could the two deal directly and leave you out?',
  'intro.factor.bypassRisk.explain':
    'A good introduction can leave you out of whatever follows. That risk is worth taking if it widens your influence, but it is better to know it in advance.',
  'intro.bypassRisk.low': 'Unlikely',
  'intro.bypassRisk.medium': 'Possibly',
  'intro.bypassRisk.high': 'Very likely',
  'intro.factor.benefit.legend': 'What does {name} stand to gain?',
  'intro.factor.benefit.explain':
    'An introduction that helps nobody still takes up both people’s time.',
  'intro.benefit.none': 'Nothing',
  'intro.benefit.some': 'Something',
  'intro.benefit.much': 'A lot',
  'intro.factor.benefitReader.legend': 'And what do you gain: influence, goodwill, recognition?',
  'intro.factor.benefitReader.explain':
    'When an introduction leads to good results, your part in it is recognised. Hoping for something yourself is nothing to be shy about.',
  'intro.factor.sharedContext.legend': 'Do they share a context?',
  'intro.factor.sharedContext.explain':
    'The same workplace, association, school… Common ground helps the conversation start. With none, your introduction bridges two worlds, which is worth something too.',
  'intro.factor.sharedContext.fromMap': 'Filled in from your map.',
  'intro.sharedContext.yes': 'Yes',
  'intro.sharedContext.no': 'No',

  'intro.factorName.preference': '{name}’s wishes',
  'intro.factorName.trust': 'Trust in {name}',
  'intro.factorName.benefit': 'Gain for {name}',
  'intro.factorName.sensitivity': 'Sensitivity',
  'intro.factorName.reciprocity': 'Give and take',
  'intro.factorName.bypassRisk': 'Risk of being left out',
  'intro.factorName.benefitReader': 'Gain for you',
  'intro.factorName.sharedContext': 'Shared context',
  'intro.willingness.said-no': 'said no',
  'intro.willingness.no': 'do not introduce me',
  'intro.willingness.said-yes': 'said yes',
  'intro.willingness.open': 'open',
  'intro.willingness.ask': 'ask first',

  'intro.verdict.heading': 'The advice',
  'intro.verdict.incomplete': 'Choose two people to see the advice.',
  'intro.verdict.double-opt-in': 'Go ahead, with a double opt-in',
  'intro.verdict.double-opt-in.body':
    'Ask each of them, separately, whether they want the introduction. Introduce them only once both have said yes.',
  'intro.verdict.both-yes.body': 'Both have said yes. You can send the introduction.',
  'intro.verdict.ask-first': 'Ask {name} first',
  'intro.verdict.ask-first.body':
    'Ask {name} whether they want this introduction before you say anything to {other}.',
  'intro.verdict.do-not': 'Do not introduce them',
  'intro.verdict.do-not.body': 'Not now, at least. The main reason is just below.',
  'intro.verdict.do-not.rule':
    '“Do not introduce me” and a refusal always win, however good everything else looks.',
  'intro.verdict.confidence.high': 'This advice rests on nearly all the answers.',
  'intro.verdict.confidence.medium': 'Some answers are missing, so the advice may change.',
  'intro.verdict.confidence.low': 'Too much is still unknown: treat this advice as provisional.',
  'intro.verdict.why': 'Why',
  'intro.verdict.for': 'In favour',
  'intro.verdict.against': 'Against',
  'intro.verdict.announce': 'New advice: {verdict}',
  'intro.verdict.decision': 'This is only advice. The decision is yours.',

  'intro.reason.preference-no':
    '{name} does not want to be introduced (“do not introduce me”). That always wins: do not pass on {name}’s name or details.',
  'intro.reason.consent-no':
    '{name} said no to this introduction. Respect that, and do not ask again.',
  'intro.reason.preference-conflict':
    '{name} said yes this time, but your map still says “do not introduce me”. The map counts until you change it: check with {name}, then update your map.',
  'intro.reason.sensitive-low-trust':
    'What you would share is highly sensitive, and you trust {name} only {trust} out of 5. Do not hand something sensitive to someone you do not trust enough.',
  'intro.reason.sensitive-unknown-trust':
    'What you would share is highly sensitive, and you have not said how far you trust {name}.',
  'intro.reason.ask-preference-not-asked':
    '{name} wants to be asked first, and you have not asked yet.',
  'intro.reason.awaiting-answer': 'You have asked {name} and are waiting for an answer.',
  'intro.reason.too-little-information':
    'Too much is still unknown: only {known}% of what counts has an answer, and at least {needed}% is needed before advising you to go ahead.',
  'intro.reason.both-consented': 'Both have said yes, so nobody is left to ask.',
  'intro.reason.missing-information': 'Not answered yet: {factors}.',
  'intro.reason.score-high': 'On balance, the reasons for clearly outweigh the reasons against.',
  'intro.reason.score-mixed':
    'The reasons for and against are fairly even, so take it one step at a time.',
  'intro.reason.score-low': 'On balance, the reasons against outweigh the reasons for.',

  'intro.why.preference.said-yes': '{name} has said yes to this introduction.',
  'intro.why.preference.open': '{name} is open to introductions.',
  'intro.why.preference.ask': '{name} wants to be asked first.',
  'intro.why.preference.no': '{name} does not want to be introduced.',
  'intro.why.preference.said-no': '{name} said no to this introduction.',
  'intro.why.sensitivity.low': 'What you would share is not sensitive.',
  'intro.why.sensitivity.medium': 'What you would share is somewhat sensitive.',
  'intro.why.sensitivity.high': 'What you would share is highly sensitive.',
  'intro.why.trust': 'You trust {name} {trust} out of 5.',
  'intro.why.reciprocity.returned': '{name} has credited you or helped back before.',
  'intro.why.reciprocity.took-quiet': '{name} has taken your contacts before and gone quiet.',
  'intro.why.bypassRisk.low': 'You are unlikely to be left out afterwards.',
  'intro.why.bypassRisk.medium': 'You might be left out afterwards.',
  'intro.why.bypassRisk.high': 'You are very likely to be left out afterwards.',
  'intro.why.benefit.none': '{name} gains nothing from it.',
  'intro.why.benefit.some': '{name} gains something from it.',
  'intro.why.benefit.much': '{name} gains a lot from it.',
  'intro.why.benefitReader.none': 'You gain nothing from this introduction.',
  'intro.why.benefitReader.some': 'You gain something: goodwill, influence.',
  'intro.why.benefitReader.much': 'You gain a lot: influence, goodwill, recognition.',
  'intro.why.sharedContext.yes': 'They share a context, so the conversation starts easily.',
  'intro.why.sharedContext.no': 'They share no context.',

  'intro.working.summary': 'Show the working',
  'intro.working.caption': 'What each factor contributed',
  'intro.working.factor': 'Factor',
  'intro.working.answer': 'Answer',
  'intro.working.weight': 'Weight',
  'intro.working.points': 'Points',
  'intro.working.notAnswered': 'not answered',
  'intro.working.notApplicable': 'does not apply',
  'intro.working.total':
    'Total: {score} points. At {goAt} or more: go ahead, with a double opt-in. Below {stopBelow}: do not introduce them. In between: ask one side first.',
  'intro.working.rules':
    'Hard rules come before any points: “do not introduce me” or a refusal always stops it, however high the total.',

  'intro.weights.summary': 'Adjust the weights',
  'intro.weights.lead':
    'Weights decide how much each factor counts: 0 ignores it, 1 is normal, 3 counts three times as much. No weight can override “do not introduce me”.',
  'intro.weights.factors': 'Factors',
  'intro.weights.thresholds': 'Thresholds',
  'intro.weights.goAt': 'Go ahead at this many points or more',
  'intro.weights.stopBelow': 'Do not introduce below this many points',
  'intro.weights.lowTrustMax':
    'Never share something highly sensitive with someone trusted this much or less',
  'intro.weights.minKnownShare': 'Answer at least this much before being advised to go ahead',
  'intro.weights.percent': '{value}%',
  'intro.weights.reset': 'Back to the defaults',
  'intro.weights.resetDone': 'Every weight is back to its default.',

  'intro.drafts.heading': 'Draft messages',
  'intro.drafts.lead':
    'Ask each person privately first, then send the introduction. Change the wording so that it sounds like you.',
  'intro.drafts.hidden':
    'No draft messages, because the advice is not to introduce them. Do not pass on anyone’s name or details.',
  'intro.drafts.details': 'Details for the messages',
  'intro.drafts.readerName': 'Your name, to sign off',
  'intro.drafts.description': 'A short description of {name}',
  'intro.drafts.descriptionHint':
    'Optional. For example “a product designer in Hanoi”. Used when their name must be left out.',
  'intro.drafts.address': 'How do you address {name}?',
  'intro.drafts.askTo': 'Asking {name}',
  'intro.drafts.introduction': 'The introduction, to both',
  'intro.drafts.subject': 'Subject: {subject}',
  'intro.drafts.copy': 'Copy message',
  'intro.drafts.copySubject': 'Copy subject',
  'intro.drafts.copied': 'Copied: {what}.',
  'intro.drafts.copyFallback':
    'Could not copy automatically. The text is selected: press Ctrl+C (or ⌘C).',
  'intro.drafts.anonymous':
    'This message leaves out {other}’s name, because {other} wants to be asked first.',
  'intro.drafts.warning.purpose-names-other':
    'The reason you wrote mentions {other} by name. Take the name out before sending.',
  'intro.drafts.warning.description-names-other':
    'Your description of {other} contains their name. Take it out before sending.',

  'intro.log.button': 'Add to the introduction log',
  'intro.log.done': 'Added this introduction to your log.',
  'intro.log.doneOnPage': 'Added to the log below. Add a follow-up date and notes if you like.',
  'intro.log.open': 'Open the introduction log',
  'intro.clear': 'Clear the answers',
  'intro.cleared': 'Answers cleared.',
  'intro.undo': 'Undo',
  'intro.restored': 'Answers restored.',
  'intro.askWhy.awaiting-answer': 'You asked {name} and are waiting for an answer.',
  'intro.askWhy.other-agreed': '{other} has said yes; only {name} is left.',
  'intro.askWhy.wants-asking-first': '{name} asked to be asked first.',
  'intro.askWhy.trust-unknown-sensitive':
    'What you would share is sensitive, and you have not said how far you trust {name}.',
  'intro.askWhy.other-asked':
    '{other} asked for it, so {name}, who would give their time, decides first.',
  'intro.askWhy.trusted-less': 'You trust {name} less than {other}.',
  'intro.askWhy.first-named': 'Nothing sets them apart, so start with the first person.',
  'intro.consent.since': 'Since {date}',
  'intro.address.option': 'call them “{you}”, yourself “{me}”',
  'intro.drafts.format': 'Message format',
  'intro.drafts.email': 'E-mail',
  'intro.drafts.chat': 'Short chat (Zalo, Messenger)',
  'intro.drafts.locked': 'Send this once both have said yes.',
  'intro.drafts.declined.heading': 'Closing the introduction',
  'intro.drafts.declined.lead':
    '{name} said no, so the introduction ends here. A kind word keeps the relationship.',
  'intro.drafts.closingTo': 'To {name}',
  'intro.drafts.closingOther': 'No need to say who declined.',
};
