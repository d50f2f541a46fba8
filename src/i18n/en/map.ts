import type { map as vi } from '../vi/map';

/** The network map exercise: its page, the map, the list, the insights (English). */
export const map: Record<keyof typeof vi, string> = {
  'nav.map': 'Map',
  'map.page.title': 'Your network map',
  'map.page.description':
    'Draw the people you know around yourself and see how big your network is, how it grows, how varied it is and which groups you bridge.',
  'map.page.lead':
    'Place the people you know around yourself: the nearer the centre, the closer they are to you; each sector is a place you know them from. Tie the people who know each other to see which groups you bridge. Everything you enter stays in this browser.',
  'map.page.privacy':
    'You can use first names or nicknames only. The map is for your own reflection, not for sending to anyone.',
  'map.loading': 'Opening your map…',
  'map.openFull': 'Open the map on a page of its own, with more room',
  'map.you': 'You',

  'map.section.map': 'The map',
  'map.section.list': 'Everyone on the map',
  'map.section.insights': 'What your map shows',
  'map.insight.empty':
    'Add people to your map and their figures appear here: how many they are, how they spread over the places you know them from, the groups you bridge and who you might introduce to whom.',

  'map.preference.open': 'Open',
  'map.preference.ask': 'Ask first',
  'map.preference.no': 'Do not introduce',
  'map.preferenceLong.open': 'Happy to be introduced',
  'map.preferenceLong.ask': 'Ask them first',
  'map.preferenceLong.no': 'Does not want to be introduced',

  'map.strength.weak': 'weak',
  'map.strength.strong': 'strong',

  'map.field.name': 'Name',
  'map.field.context': 'Context',
  'map.field.contexts': 'Where you know them from',
  'map.field.mainContext': 'Main context',
  'map.field.ring': 'Closeness ring',
  'map.field.trust': 'Trust',
  'map.field.knowsAbout': 'They know about',
  'map.field.learnFrom': 'You learn from them about',
  'map.field.needs': 'They are looking for',
  'map.field.company': 'Company or organisation',
  'map.field.position': 'Position',
  'map.field.metWhere': 'Where you met',
  'map.field.since': 'Known since',
  'map.field.preference': 'Introductions',
  'map.field.notes': 'Private notes',

  'map.quickAdd.title': 'Add a person',
  'map.quickAdd.name': 'Name or nickname',
  'map.quickAdd.add': 'Add',
  'map.quickAdd.hint': 'Type a name and press Enter. You can add the details later.',
  'map.quickAdd.nameRequired': 'Please type a name.',

  'map.announce.added': '{name} was added to the map.',
  'map.announce.moved': '{name} is now in {ring}, {context}.',
  'map.announce.selected': '{name} selected.',
  'map.announce.unselected': '{name} no longer selected.',
  'map.announce.tied': '{a} and {b} are now tied: a {strength} tie.',
  'map.announce.untied': 'The tie between {a} and {b} was removed.',

  'map.undo.deleted':
    '{name} was deleted{ties, plural, =0 {} one { with # tie} other { with # ties}}.',
  'map.undo.button': 'Undo: bring back {name}',
  'map.undo.restored': '{name} is back on the map.',

  'map.filter.title': 'Filter',
  'map.filter.all': 'All',
  'map.filter.topic': 'Topic',
  'map.filter.clear': 'Clear filters',

  'map.summary.people':
    '{count, plural, one {# person} other {# people}}: {inner} innermost, {close} close, {wider} wider, {acquaintance} acquaintances; {ties, plural, one {# tie} other {# ties}} between them.',
  'map.summary.largest': 'Largest context: {context} ({count}).',
  'map.summary.bridges':
    'You bridge {groups, plural, one {# group} other {# groups}} who do not know each other.',
  'map.summary.noBridge': 'Everyone is linked to everyone else through at least one tie.',
  'map.summary.filtered': 'Showing {shown} of {total, plural, one {# person} other {# people}}.',
  'map.summary.empty': 'Nobody is on your map yet. Add the first person above.',
  'map.hiddenMembers':
    '{count, plural, one {# hidden member} other {# hidden members}}: people who hid their LinkedIn profile. They count in the size and growth of your network, but with no name they are not shown as dots or rows.',

  'map.view.label':
    'Network map: you in the centre, rings from innermost to acquaintances, one sector per context',
  'map.view.people': 'People on the map',
  'map.view.cell': '{count, plural, one {# person} other {# people}} in {ring}, {context}',
  'map.view.describe':
    '{name}, {ring}, {context}{ties, plural, =0 {} one {, # tie} other {, # ties}}',
  'map.view.keys':
    'Keyboard: Tab into the map, arrow keys move from person to person, Enter selects, Delete deletes, Shift + arrows pan, + and − zoom, 0 resets, L goes to the list. Mouse: drag a person to another ring or context; hold Ctrl and scroll to zoom. Touch: pinch to zoom, slide to pan, tap to select, press and hold a person to drag them.',
  'map.view.aggregated':
    'With more than {limit} people the map shows how many are in each ring and context. Use the list below to see and change each person.',

  'map.controls.label': 'Map controls',
  'map.controls.zoomIn': 'Zoom in',
  'map.controls.zoomOut': 'Zoom out',
  'map.controls.panUp': 'Pan up',
  'map.controls.panDown': 'Pan down',
  'map.controls.panLeft': 'Pan left',
  'map.controls.panRight': 'Pan right',
  'map.controls.reset': 'Reset view',
  'map.controls.list': 'Go to the list',

  'map.legend.title': 'Key',
  'map.legend.strong': 'Strong tie',
  'map.legend.weak': 'Weak tie',
  'map.legend.noIntro': 'Hollow dot: does not want to be introduced',

  'map.selection.label': 'Selected people',
  'map.selection.none':
    'Select two people (on the map or in the list) to record that they know each other.',
  'map.selection.one': '{name} is selected. Select one more person to tie them.',
  'map.selection.two': '{a} and {b}.',
  'map.selection.notTied': 'They are not tied yet.',
  'map.selection.tied': 'They know each other: a {strength} tie.',
  'map.selection.tieWeak': 'Tie: weak',
  'map.selection.tieStrong': 'Tie: strong',
  'map.selection.untie': 'Remove tie',
  'map.selection.clear': 'Clear selection',
  'map.selection.edit': 'Edit {name}',

  'map.card.trust': 'Trust {level}/5',
  'map.card.ties': '{count, plural, one {# tie} other {# ties}}',
  'map.card.hint':
    'Point at someone on the map, or move to them with the keyboard, to see their details.',

  'map.editor.title': 'About {name}',
  'map.editor.close': 'Close',
  'map.editor.done': 'Done',
  'map.editor.nameRequired': 'The name cannot be empty; the old one is kept.',
  'map.editor.sinceInvalid': 'Write it as 2019, 2019-04 or 2019-04-23.',
  'map.editor.sinceHint': 'A year, a year and month, or a full date.',
  'map.editor.tagsHint': 'Separate topics with commas.',
  'map.editor.notesHint': 'Only you see these; they stay in this browser.',
  'map.editor.ownContext': 'Add a context of your own',
  'map.editor.addContext': 'Add context',
  'map.editor.sectorHint':
    'On the map they sit in the “{context}” sector, the first context ticked.',
  'map.editor.noContextHint': 'No context yet: they sit in the “Unsorted” sector.',
  'map.editor.saveFailed': 'This change could not be saved.',

  'map.table.caption': '{count, plural, one {# person} other {# people}} on the map',
  'map.table.captionFiltered':
    'Showing {shown} of {count, plural, one {# person} other {# people}}',
  'map.table.select': 'Select',
  'map.table.selectPerson': 'Select {name}',
  'map.table.edit': 'Edit',
  'map.table.ties': 'Ties',
  'map.table.actions': 'Actions',
  'map.table.ringFor': 'Ring for {name}',
  'map.table.contextFor': 'Main context for {name}',
  'map.table.delete': 'Delete {name}',
  'map.table.deleteShort': 'Delete',

  'map.reason.no-people': 'There is nobody on the map yet.',
  'map.reason.no-contexts': 'Nobody has a context yet.',
  'map.reason.no-ties': 'There are no ties between the people on the map yet.',

  'map.insight.size.title': 'Size',
  'map.insight.size.body':
    '{count, plural, one {# person} other {# people}} on your map: {inner} innermost, {close} close, {wider} wider and {acquaintance} acquaintances.',
  'map.insight.size.dunbar':
    'Dunbar found that such layers usually hold about 5, 15, 50 and 150 people, each counting the ones inside it.',
  'map.insight.contexts.title': 'Contexts',
  'map.insight.contexts.body':
    'The largest is {context}: {count} of {total, plural, one {# person} other {# people}}.',
  'map.insight.contexts.none':
    '{count, plural, one {# person has} other {# people have}} no context yet.',
  'map.insight.growth.title': 'How your network grew',
  'map.insight.growth.body':
    'You met {count, plural, one {# person} other {# people}} between {first} and {last}; the year you met the most was {best}, with {bestCount}.',
  'map.insight.growth.none':
    'Note when you met each person (a year is enough) to see how your network grew.',
  'map.insight.growth.undated':
    '{count, plural, one {# person has no date and is} other {# people have no date and are}} not in the chart.',
  'map.insight.diversity.title': 'Diversity',
  'map.insight.diversity.index': 'Blau index',
  'map.insight.diversity.counts':
    'Your people come from {contexts, plural, one {# context} other {# contexts}} and know about {topics, plural, one {# topic} other {# topics}}.',
  'map.insight.diversity.low':
    'Low diversity: most people come from the same place, as if you had only {equivalent} equally large contexts.',
  'map.insight.diversity.medium':
    'Medium diversity: as varied as {equivalent} equally large contexts.',
  'map.insight.diversity.high':
    'High diversity: your people are spread over many contexts, as if {equivalent} equally large ones.',
  'map.insight.balance.title': 'Strong and weak ties',
  'map.insight.balance.reader':
    'Of your people, {strong, plural, one {# is a strong tie} other {# are strong ties}} (innermost and close rings) and {weak, plural, one {# is a weak tie} other {# are weak ties}}. Strong ties give you help; weak ties bring news and new chances.',
  'map.insight.balance.among':
    'Among them there {count, plural, one {is # tie} other {are # ties}}, {strong} of them strong.',
  'map.insight.brokerage.title': 'Your position as a broker',
  'map.insight.brokerage.effectiveSize': 'Effective size',
  'map.insight.brokerage.effectiveSizeBody':
    'Of your {count, plural, one {# person} other {# people}}, about {value} are non-redundant: they barely know each other, so each brings something new.',
  'map.insight.brokerage.efficiency': 'Efficiency',
  'map.insight.brokerage.efficiencyBody': 'That is, {percent}% of your contacts do not overlap.',
  'map.insight.brokerage.constraint': 'Constraint',
  'map.insight.brokerage.constraintBody':
    'The lower it is, the less you depend on one close-knit group, so the more independent options and sources you have.',
  'map.insight.groups.title': 'The groups you bridge',
  'map.insight.groups.bridges':
    'Without you, the people on your map fall into {count, plural, one {# group} other {# groups}} who do not know each other{singletons, plural, =0 {} one {, including # person on their own} other {, including # people on their own}}. You are the bridge between them.',
  'map.insight.groups.group':
    'Group {n}: {count, plural, one {# person} other {# people}} ({names}), mostly from {contexts}',
  'map.insight.groups.one':
    'Everyone on your map is linked through ties, so you are not the only bridge between any groups.',
  'map.insight.groups.tieHint':
    'Record who knows whom (select two people, then tie them) to see the groups clearly.',
  'map.insight.intro.title': 'Introductions that could help',
  'map.insight.intro.body':
    'Pairs who do not know each other yet, come from different contexts, are both happy to be introduced and have something to talk about. Even so, always ask both first.',
  'map.insight.intro.pair': '{a} and {b}',
  'map.insight.intro.need': '{needer} is looking for “{topic}”, which {helper} knows about',
  'map.insight.intro.shared': 'both know about “{topic}”',
  'map.insight.intro.none':
    'No pairs yet. A pair needs two people happy to be introduced whose topics or needs match.',
  'map.insight.intro.truncated': 'Your map is large, so only part of the pairs were checked.',

  'map.growth.chartTitle': 'People you met over time',
  'map.growth.caption': 'Each bar is the number of people you met in that year (or month).',
  'map.growth.period': 'Show by',
  'map.growth.byYear': 'By year',
  'map.growth.byMonth': 'By month',
  'map.growth.showTable': 'Show the numbers',
  'map.growth.hideTable': 'Hide the numbers',
  'map.growth.periodColumn': 'Period',
  'map.growth.added': 'Met',
  'map.growth.cumulative': 'In all',

  'map.lens.title': 'Diversity lens',
  'map.lens.intro':
    'Write down the issues that matter to you. For each, the lens shows how many contexts the people you learn from come from. An issue matches a topic someone knows about, or that you learn from them about.',
  'map.lens.addLabel': 'An issue that matters to you',
  'map.lens.add': 'Add issue',
  'map.lens.remove': 'Remove the issue “{issue}”',
  'map.lens.empty':
    'No issues yet. For example: your children’s schooling, a career change, rising sea levels in the delta.',
  'map.lens.tooMany': 'At most {max, plural, one {# issue} other {# issues}}.',
  'map.lens.noPeople':
    'The lens reads your network map: add people and what they know about in the previous exercise.',
  'map.lens.no-sources':
    'Nobody on your map knows about “{issue}” yet. Who could help you understand it?',
  'map.lens.no-known-context':
    '{count, plural, one {# person tells} other {# people tell}} you about “{issue}”, but none of them has a context yet.',
  'map.lens.one-context':
    'Everything you hear about “{issue}” comes from one context: {contexts} ({count, plural, one {# person} other {# people}}). Look for another point of view.',
  'map.lens.several-contexts':
    'You hear about “{issue}” from {contextCount} contexts: {contexts} ({count, plural, one {# person} other {# people}}).',

  'map.help.title': 'Who could help with …?',
  'map.help.empty':
    'Once there are people on your map, you can look up here who knows about a topic or works at a company.',
  'map.help.label': 'Topic, company or context',
  'map.help.hint': 'Accents are optional: “kinh te” also finds “kinh tế”.',
  'map.help.count': '{count, plural, one {# person} other {# people}} could help',
  'map.help.none': 'Nobody found yet. Try a shorter word.',
  'map.help.reason.knowsAbout': 'knows about {text}',
  'map.help.reason.learnFrom': 'you learn about {text} from them',
  'map.help.reason.company': 'works at {text}',
  'map.help.reason.position': 'position: {text}',
  'map.help.reason.context': 'known through {text}',
};
