import type { practice as vi } from '../vi/practice';

/** Retrieval practice in lessons 1–5: scenarios, options and why each is or is not right (English). */
export const practice: Record<keyof typeof vi, string> = {
  'practice.ui.heading': 'Try it',
  'practice.ui.lead':
    'Choose what you think fits best, then press “Check” to see why each option is or is not right. You can choose again as often as you like.',
  'practice.ui.scenario': 'Scenario {number}',
  'practice.ui.check': 'Check',
  'practice.ui.retry': 'Choose again',
  'practice.ui.pick': 'Choose an option before checking.',
  'practice.ui.right': 'Right.',
  'practice.ui.wrong': 'Not quite. Read why below, then choose again.',
  'practice.ui.isRight': 'The right option',
  'practice.ui.isWrong': 'Not this one',
  'practice.ui.yourChoice': 'Your choice',
  'practice.ui.score': '{right} of {total} scenarios answered right',
  'practice.ui.firstTry':
    '{count, plural, one {# scenario} other {# scenarios}} right at the first try',
  'practice.ui.none': 'Not tried yet',

  'practice.network-as-resource.1.prompt':
    'Hạnh belongs to the Quảng Ngãi hometown association (hội đồng hương) in Ho Chi Minh City. Phúc, another member, needs a reliable electrician for the restaurant he has just opened. Hạnh’s cousin has just qualified as an electrician and is looking for work. What should Hạnh do?',
  'practice.network-as-resource.1.a':
    'Send Phúc her cousin’s phone number straight away, without asking anyone.',
  'practice.network-as-resource.1.a.why':
    'Quick, but nobody was asked. The cousin may be busy elsewhere; Phúc may want someone with years of experience. A good introduction starts by asking both sides.',
  'practice.network-as-resource.1.b':
    'Ask her cousin and Phúc whether they would like to meet, then send both a line on why they fit.',
  'practice.network-as-resource.1.b.why':
    'Right. Both chose to meet, and each knows why the other is worth meeting. If it goes well, Hạnh has made a real contribution to both.',
  'practice.network-as-resource.1.c': 'Stay out of it: other people’s business is not hers.',
  'practice.network-as-resource.1.c.why':
    'Staying out is safe, but it wastes a chance to help two people. Your network is a resource; connecting the right people is a contribution, not meddling.',

  'practice.network-as-resource.2.prompt':
    'Three months ago you introduced an old classmate to one of your company’s clients. They have now signed a contract. How should you see your part in it?',
  'practice.network-as-resource.2.a': 'It was nothing: they did the work, I only sent a message.',
  'practice.network-as-resource.2.a.why':
    'Modest, but not true. Without that message the two would not have met. The lesson is clear: an introduction that leads to good results is a real contribution.',
  'practice.network-as-resource.2.b': 'I should get a percentage of the contract.',
  'practice.network-as-resource.2.b.why':
    'Turning an introduction into a sale makes people wary of asking you next time. Recognition comes as trust and reputation, not as a fee claimed afterwards.',
  'practice.network-as-resource.2.c':
    'A real contribution: ask both how it is going, and note it in your introduction log.',
  'practice.network-as-resource.2.c.why':
    'Right. Your part deserves credit, and following up keeps both relationships warm. Writing it down shows you whom you have connected.',

  'practice.where-networks-grow.1.prompt':
    'You want to move into logistics. Your old high-school class has a Zalo group of forty people, most of whom you have not talked to in years. What is most likely to bring you fresh news?',
  'practice.where-networks-grow.1.a':
    'Post a short, clear message in the class group: what role you are looking for, and ask anyone who knows someone in the field to point you to them.',
  'practice.where-networks-grow.1.a.why':
    'Right. Classmates you rarely see are weak ties: they move in other circles, so they often hear what you have not. A specific request helps them think of the right person.',
  'practice.where-networks-grow.1.b': 'Ask only your three closest friends.',
  'practice.where-networks-grow.1.b.why':
    'Close friends will try hard, but they tend to know the people you know and what you already know. New information usually comes from the outer rings.',
  'practice.where-networks-grow.1.c':
    'Send connection requests to five hundred strangers in logistics on LinkedIn.',
  'practice.where-networks-grow.1.c.why':
    'An online connection is a possibility, not yet a relationship. Five hundred requests with no reason rarely turn into a conversation.',

  'practice.where-networks-grow.2.prompt':
    'Your map has 12 people in the two inner rings and over 200 acquaintances. Which reading fits Dunbar’s layers?',
  'practice.where-networks-grow.2.a': 'You should cut down to 150, “Dunbar’s number”.',
  'practice.where-networks-grow.2.a.why':
    'The 150 is debated, and the layers are only a rough picture. No target asks you to drop acquaintances.',
  'practice.where-networks-grow.2.b':
    'The layers are a rough picture; what matters is that you have both strong and weak ties, and where they come from.',
  'practice.where-networks-grow.2.b.why':
    'Right. The size of each layer varies from person to person. The shape of your network, and the direction it grows in, tell you more than a number.',
  'practice.where-networks-grow.2.c': '12 close people is too few: you are living a closed life.',
  'practice.where-networks-grow.2.c.why':
    'Many people’s innermost layer holds about five people and the next about fifteen. Twelve close ties is nothing unusual.',

  'practice.needs-without-manipulation.1.prompt':
    'Your cousin asks you to “put in a word” (nói giúp một tiếng) with a friend who sits on a company’s hiring panel, for a post he does not yet qualify for. What do you do?',
  'practice.needs-without-manipulation.1.a':
    'Call your friend and ask them to give your cousin “a little priority”.',
  'practice.needs-without-manipulation.1.a.why':
    'That is the back door (đi cửa sau): asking the person who decides to tilt the scales for family, not for ability. You put your friend in a bind and wrong the other candidates.',
  'practice.needs-without-manipulation.1.b': 'Refuse outright and help no further.',
  'practice.needs-without-manipulation.1.b.why':
    'Refusing the wrong favour is right, but you can still help your cousin honestly. A flat refusal skips that part.',
  'practice.needs-without-manipulation.1.c':
    'Say plainly that you cannot ask for favours, but offer to introduce him to someone in the field to learn what the post needs.',
  'practice.needs-without-manipulation.1.c.why':
    'Right. You meet his real need (understanding the field, preparing better) without manipulating anyone. The person you introduce knows what they are asked and can say no.',

  'practice.needs-without-manipulation.2.prompt':
    'What separates an honest introduction from going through the back door?',
  'practice.needs-without-manipulation.2.a': 'Whether money changes hands.',
  'practice.needs-without-manipulation.2.a.why':
    'No money is needed for a back door: a phone call asking for “some leniency” is enough. The line lies elsewhere.',
  'practice.needs-without-manipulation.2.b':
    'Everything is said openly, each side is free to say no, and the person who decides still decides on merit.',
  'practice.needs-without-manipulation.2.b.why':
    'Right. An honest introduction opens a conversation; it promises no outcome, hides nothing, and asks no one to set standards aside.',
  'practice.needs-without-manipulation.2.c': 'Whether the two people are related.',
  'practice.needs-without-manipulation.2.c.why':
    'Introducing a relative is not wrong in itself, as long as you say how you are related and ask for no favour. Strangers can use a back door too.',

  'practice.needs-without-manipulation.3.prompt':
    'A woman from your hometown association asks you to write a reference for her daughter, whom you have met twice. What do you do?',
  'practice.needs-without-manipulation.3.a':
    'Write honestly what you know (you met twice, what you saw), and suggest someone who knows her work better.',
  'practice.needs-without-manipulation.3.a.why':
    'Right. Readers trust your letter because you do not overstate. You still help, and point to someone who can speak with more certainty.',
  'practice.needs-without-manipulation.3.b': 'Write a glowing letter: she is from your hometown.',
  'practice.needs-without-manipulation.3.b.why':
    'Praising beyond what you know misleads the reader, and wears down your own credibility for the next introduction.',
  'practice.needs-without-manipulation.3.c': 'Refuse: writing references is favouritism.',
  'practice.needs-without-manipulation.3.c.why':
    'An honest word is not favouritism. Refusing outright costs her a chance you could help with properly.',

  'practice.social-media-with-focus.1.prompt':
    'Every evening you scroll Facebook for forty minutes and feel you gained nothing. Which first step fits “using it with focus”?',
  'practice.social-media-with-focus.1.a': 'Delete every social media account.',
  'practice.social-media-with-focus.1.a.why':
    'You win back the time but lose the reach: the people who could find you, and the views you would not meet elsewhere.',
  'practice.social-media-with-focus.1.b':
    'Write down what you use social media for, choose one or two channels, and set minutes a week and one helpful act.',
  'practice.social-media-with-focus.1.b.why':
    'Right. This is the lesson’s five-line plan: purpose, channels, time, a helpful act, and a review date.',
  'practice.social-media-with-focus.1.c': 'Post more to gain followers.',
  'practice.social-media-with-focus.1.c.why':
    'Influence is not measured in followers. Posting more without a purpose only costs more time.',

  'practice.social-media-with-focus.2.prompt': 'Which of these is a real “helpful act each week”?',
  'practice.social-media-with-focus.2.a': 'Liking fifty of your friends’ posts.',
  'practice.social-media-with-focus.2.a.why':
    'A like is attention, not help. It solves nobody’s problem.',
  'practice.social-media-with-focus.2.b': 'Re-sharing a post that many people are already reading.',
  'practice.social-media-with-focus.2.b.why':
    'That post has already reached many people. One more share rarely helps anyone in particular.',
  'practice.social-media-with-focus.2.c':
    'Answering a question in a professional group where you really know the subject, or pointing someone to the person who can help.',
  'practice.social-media-with-focus.2.c.why':
    'Right. Small and specific, using what you know and whom you know: that is how social media helps others find answers.',

  'practice.share-with-care.1.prompt':
    'On a Tết visit to your uncle’s house, a neighbour learns you know the head of a hospital department and asks for her number “to ask about a job for my son”. What do you do?',
  'practice.share-with-care.1.a':
    'Say you will ask her first whether she is willing, then get back to him.',
  'practice.share-with-care.1.a.why':
    'Right. That is a double opt-in: a busy person gets to choose, and the neighbour still gets a clear answer.',
  'practice.share-with-care.1.b': 'Hand over the number: it is Tết, after all.',
  'practice.share-with-care.1.b.why':
    'She was not asked. Some people put their privacy first; a surprise call may annoy her with you as well.',
  'practice.share-with-care.1.c': 'Refuse flatly: you never give out anyone’s number.',
  'practice.share-with-care.1.c.why':
    'Guarding your network has a cost: you slowly become a gatekeeper. Asking her first is enough to be careful and still help.',

  'practice.share-with-care.2.prompt':
    'A colleague you introduced to a client now works with them directly and no longer mentions you. How should you take it?',
  'practice.share-with-care.2.a': 'Never introduce anyone again.',
  'practice.share-with-care.2.a.why':
    'One ungrateful person is no reason to close your whole network. Closing it usually costs more.',
  'practice.share-with-care.2.b':
    'Accept the risk: a name as someone who connects people still reaches many. Next time, look closely at how the person treats others.',
  'practice.share-with-care.2.b.why':
    'Right. Being bypassed is a known risk, worth taking when sharing widens your influence. The experience helps you weigh the next one better.',
  'practice.share-with-care.2.c': 'Tell the client the colleague cannot be trusted.',
  'practice.share-with-care.2.c.why':
    'Retaliating damages the client’s trust in you too, and wins nothing back.',

  'practice.share-with-care.3.prompt':
    'A friend once asked you never to introduce her to anyone: she guards her privacy. Now a recruiter asks whether you know someone like her. What do you do?',
  'practice.share-with-care.3.a': 'Introduce her anyway: a good opportunity will please her.',
  'practice.share-with-care.3.a.why':
    'She has said what she wants. Deciding for someone else, however kindly meant, sets her wish aside.',
  'practice.share-with-care.3.b': 'Send the recruiter her LinkedIn profile without telling her.',
  'practice.share-with-care.3.b.why':
    'Still an introduction, only a quieter one. If she finds out, the trust between you is damaged.',
  'practice.share-with-care.3.c':
    'Respect her wish: do not name her to the recruiter; if the opening truly fits, ask her privately first.',
  'practice.share-with-care.3.c.why':
    'Right. Her privacy is kept and the decision stays hers. The recruiter learns nothing until she agrees.',
};
