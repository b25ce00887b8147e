/**
 * English attribution lexicon, written for translation-qa: reporting cues by
 * stance class with every inflected form, multiword cues, hedge markers,
 * titles and roles, honorifics, news agencies and media, East-Asian
 * surnames, and the objects that make `according to` a non-attribution.
 *
 * Data only. The extractor in `src/attribution/` reads it through
 * `attributionLexicon('en')`; another target language adds a module of the
 * same shape (`AttributionLexiconData`).
 *
 * Stance classes follow the design notes (docs/attribution.md): `neutral`
 * reports speech, `endorsing` presents the content as true (factive),
 * `assertive` marks the speaker's commitment, `distancing` signals the
 * writer's doubt, `negative` reverses the content, `directive` is a demand,
 * `cognitive` a belief, and `hedge` a sourceless marker (`reportedly`).
 */
import type {AttributionLexiconData} from '../../attribution/lexicon.js'
import {englishWords} from './common-words.js'

export const englishAttribution: AttributionLexiconData = {
  lang: 'en',
  cues: [
    // Neutral: reports speech with no writer stance.
    {lemma: 'say', class: 'neutral', forms: ['say', 'says', 'said', 'saying']},
    {lemma: 'tell', class: 'neutral', forms: ['tell', 'tells', 'told', 'telling'], flags: ['recipient']},
    {lemma: 'state', class: 'neutral', forms: ['stated', 'stating', 'states'], flags: ['noun-form']},
    {lemma: 'add', class: 'neutral', forms: ['add', 'adds', 'added', 'adding'], flags: ['weak']},
    {lemma: 'report', class: 'neutral', forms: ['report', 'reports', 'reported', 'reporting'], flags: ['noun-form']},
    {lemma: 'announce', class: 'neutral', forms: ['announce', 'announces', 'announced', 'announcing']},
    {lemma: 'explain', class: 'neutral', forms: ['explain', 'explains', 'explained', 'explaining']},
    {lemma: 'comment', class: 'neutral', forms: ['comment', 'comments', 'commented', 'commenting'], flags: ['noun-form', 'weak']},
    {lemma: 'remark', class: 'neutral', forms: ['remark', 'remarks', 'remarked', 'remarking'], flags: ['noun-form']},
    {lemma: 'reply', class: 'neutral', forms: ['reply', 'replies', 'replied', 'replying'], flags: ['weak']},
    {lemma: 'respond', class: 'neutral', forms: ['respond', 'responds', 'responded', 'responding'], flags: ['weak']},
    {lemma: 'answer', class: 'neutral', forms: ['answer', 'answers', 'answered', 'answering'], flags: ['weak', 'noun-form']},
    {lemma: 'write', class: 'neutral', forms: ['write', 'writes', 'wrote', 'written', 'writing'], flags: ['weak']},
    {lemma: 'mention', class: 'neutral', forms: ['mention', 'mentions', 'mentioned', 'mentioning'], flags: ['weak']},
    {lemma: 'describe', class: 'neutral', forms: ['describe', 'describes', 'described', 'describing'], flags: ['weak']},
    // Naming verbs before a quoted label: "called the closure "a betrayal"" (Italian "ha definito", French "a qualifié de").
    {lemma: 'call', class: 'neutral', forms: ['called', 'calls', 'calling'], flags: ['weak']},
    {lemma: 'define', class: 'neutral', forms: ['defined', 'defines', 'defining'], flags: ['weak']},
    {lemma: 'term', class: 'neutral', forms: ['termed'], flags: ['weak']},
    {lemma: 'dub', class: 'neutral', forms: ['dubbed', 'dubs'], flags: ['weak']},
    {lemma: 'label', class: 'neutral', forms: ['labelled', 'labeled', 'labels'], flags: ['weak']},
    {lemma: 'qualify', class: 'neutral', forms: ['qualified', 'qualifies'], flags: ['weak']},
    {lemma: 'continue', class: 'neutral', forms: ['continue', 'continues', 'continued', 'continuing'], flags: ['weak']},
    {lemma: 'speak', class: 'neutral', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'], flags: ['weak']},
    // Japanese *話した* rendered `talked` after a quote.
    {lemma: 'talk', class: 'neutral', forms: ['talked'], flags: ['weak']},
    {lemma: 'tweet', class: 'neutral', forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], flags: ['weak']},
    {lemma: 'post', class: 'neutral', forms: ['posted'], flags: ['weak']},
    {lemma: 'testify', class: 'neutral', forms: ['testify', 'testifies', 'testified', 'testifying']},
    {lemma: 'inform', class: 'neutral', forms: ['inform', 'informs', 'informed', 'informing'], flags: ['recipient', 'weak']},
    {lemma: 'brief', class: 'neutral', forms: ['briefed', 'briefing'], flags: ['recipient', 'weak']},
    {lemma: 'indicate', class: 'neutral', forms: ['indicate', 'indicates', 'indicated', 'indicating'], flags: ['weak']},
    {lemma: 'recount', class: 'neutral', forms: ['recount', 'recounts', 'recounted', 'recounting'], flags: ['weak']},
    {lemma: 'quote', class: 'neutral', forms: ['quoted'], flags: ['weak']},
    {lemma: 'complain', class: 'neutral', forms: ['complain', 'complains', 'complained', 'complaining']},
    // Spanish *defendió que*, Portuguese *defendeu que* (argued that): only with `that`.
    {lemma: 'defend', class: 'assertive', forms: ['defended', 'defends'], flags: ['weak']},
    // French *a protesté*, *a déploré*: a complaint that quotes the speaker (`"…," protested the mayor`).
    {lemma: 'protest', class: 'neutral', forms: ['protested'], flags: ['weak']},
    {lemma: 'lament', class: 'neutral', forms: ['lament', 'laments', 'lamented', 'lamenting'], flags: ['weak']},
    {lemma: 'react', class: 'neutral', forms: ['react', 'reacts', 'reacted', 'reacting'], flags: ['weak']},
    {lemma: 'specify', class: 'neutral', forms: ['specify', 'specifies', 'specified', 'specifying'], flags: ['weak']},
    {lemma: 'conclude', class: 'neutral', forms: ['concluded', 'concludes'], flags: ['weak']},
    {lemma: 'stress', class: 'assertive', forms: ['underlined'], flags: ['weak']},

    // Endorsing (factive): the writer presents the content as true.
    {lemma: 'confirm', class: 'endorsing', forms: ['confirm', 'confirms', 'confirmed', 'confirming']},
    {lemma: 'reveal', class: 'endorsing', forms: ['reveal', 'reveals', 'revealed', 'revealing']},
    {lemma: 'disclose', class: 'endorsing', forms: ['disclose', 'discloses', 'disclosed', 'disclosing']},
    {lemma: 'acknowledge', class: 'endorsing', forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']},
    {lemma: 'admit', class: 'endorsing', forms: ['admit', 'admits', 'admitted', 'admitting']},
    // Turkish *kabul etti* (accepted that), *kaydetti* (recorded: noted), *değerlendirdi* (evaluated: judged).
    {lemma: 'accept', class: 'endorsing', forms: ['accepted', 'accepts'], flags: ['weak', 'strict-that']},
    // Indonesian *membenarkan* (confirmed) rendered `justified`.
    {lemma: 'confirm', class: 'endorsing', forms: ['justified'], flags: ['weak', 'strict-that']},
    {lemma: 'note', class: 'neutral', forms: ['recorded', 'records'], flags: ['weak', 'strict-that']},
    {lemma: 'evaluate', class: 'neutral', forms: ['evaluated', 'evaluates'], flags: ['weak']},
    // French *a martelé* (hammered home).
    {lemma: 'stress', class: 'assertive', forms: ['hammered'], flags: ['weak']},
    {lemma: 'concede', class: 'endorsing', forms: ['concede', 'concedes', 'conceded', 'conceding']},
    {lemma: 'confess', class: 'endorsing', forms: ['confess', 'confesses', 'confessed', 'confessing']},
    {lemma: 'note', class: 'endorsing', forms: ['note', 'notes', 'noted', 'noting'], flags: ['weak', 'noun-form']},
    {lemma: 'observe', class: 'endorsing', forms: ['observe', 'observes', 'observed', 'observing'], flags: ['weak']},
    {lemma: 'find', class: 'endorsing', forms: ['find', 'finds', 'found', 'finding'], flags: ['weak']},
    {lemma: 'show', class: 'endorsing', forms: ['show', 'shows', 'showed', 'shown', 'showing'], flags: ['weak']},
    {lemma: 'prove', class: 'endorsing', forms: ['prove', 'proves', 'proved', 'proven', 'proving'], flags: ['weak']},
    {lemma: 'learn', class: 'endorsing', forms: ['learned', 'learnt'], flags: ['weak']},
    // Calques of Dutch "erkende", Portuguese "reconheceu", Italian "ha riconosciuto": admitted.
    {lemma: 'recognize', class: 'endorsing', forms: ['recognized', 'recognised', 'recognizes', 'recognises'], flags: ['weak']},
    {lemma: 'clarify', class: 'endorsing', forms: ['clarify', 'clarifies', 'clarified', 'clarifying']},
    {lemma: 'recall', class: 'endorsing', forms: ['recall', 'recalls', 'recalled', 'recalling'], flags: ['weak']},
    {lemma: 'verify', class: 'endorsing', forms: ['verify', 'verifies', 'verified', 'verifying'], flags: ['weak']},
    {lemma: 'highlight', class: 'endorsing', forms: ['highlight', 'highlights', 'highlighted', 'highlighting'], flags: ['weak']},

    // Assertive: the speaker's strong commitment; truth not endorsed.
    {lemma: 'stress', class: 'assertive', forms: ['stress', 'stresses', 'stressed', 'stressing'], flags: ['noun-form']},
    {lemma: 'emphasize', class: 'assertive', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising']},
    {lemma: 'insist', class: 'assertive', forms: ['insist', 'insists', 'insisted', 'insisting']},
    {lemma: 'maintain', class: 'assertive', forms: ['maintain', 'maintains', 'maintained', 'maintaining'], flags: ['weak']},
    {lemma: 'assert', class: 'assertive', forms: ['assert', 'asserts', 'asserted', 'asserting']},
    {lemma: 'argue', class: 'assertive', forms: ['argue', 'argues', 'argued', 'arguing']},
    {lemma: 'contend', class: 'assertive', forms: ['contend', 'contends', 'contended', 'contending']},
    {lemma: 'declare', class: 'neutral', forms: ['declare', 'declares', 'declared', 'declaring'], flags: ['weak']},
    {lemma: 'caution', class: 'assertive', forms: ['caution', 'cautions', 'cautioned', 'cautioning'], flags: ['noun-form']},
    {lemma: 'remind', class: 'assertive', forms: ['remind', 'reminds', 'reminded', 'reminding'], flags: ['recipient-optional']},
    {lemma: 'reiterate', class: 'assertive', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating']},
    {lemma: 'reassert', class: 'assertive', forms: ['reassert', 'reasserts', 'reasserted', 'reasserting']},
    {lemma: 'affirm', class: 'assertive', forms: ['affirm', 'affirms', 'affirmed', 'affirming', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming']},
    {lemma: 'vow', class: 'assertive', forms: ['vow', 'vows', 'vowed', 'vowing'], flags: ['noun-form']},
    {lemma: 'pledge', class: 'assertive', forms: ['pledge', 'pledges', 'pledged', 'pledging'], flags: ['noun-form']},
    {lemma: 'promise', class: 'assertive', forms: ['promise', 'promises', 'promised', 'promising'], flags: ['noun-form', 'weak']},
    {lemma: 'warn', class: 'assertive', forms: ['warn', 'warns', 'warned', 'warning'], flags: ['recipient-optional', 'noun-form']},
    {lemma: 'proclaim', class: 'assertive', forms: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming']},
    {lemma: 'underline', class: 'assertive', forms: ['underline', 'underlines', 'underlined', 'underlining', 'underscore', 'underscores', 'underscored', 'underscoring'], flags: ['weak']},
    {lemma: 'assure', class: 'assertive', forms: ['assure', 'assures', 'assured', 'assuring'], flags: ['recipient', 'weak']},

    // Distancing: the writer signals doubt.
    {lemma: 'claim', class: 'distancing', forms: ['claim', 'claims', 'claimed', 'claiming'], flags: ['noun-form']},
    {lemma: 'allege', class: 'distancing', forms: ['allege', 'alleges', 'alleged', 'alleging']},
    {lemma: 'purport', class: 'distancing', forms: ['purport', 'purports', 'purported', 'purporting']},
    {lemma: 'suggest', class: 'distancing', forms: ['suggest', 'suggests', 'suggested', 'suggesting'], flags: ['weak']},
    {lemma: 'speculate', class: 'distancing', forms: ['speculate', 'speculates', 'speculated', 'speculating']},
    {lemma: 'reckon', class: 'distancing', forms: ['reckon', 'reckons', 'reckoned', 'reckoning'], flags: ['weak']},
    {lemma: 'accuse', class: 'distancing', forms: ['accuse', 'accuses', 'accused', 'accusing'], flags: ['weak']},

    // Negative: polarity reversal of the content.
    {lemma: 'deny', class: 'negative', forms: ['deny', 'denies', 'denied', 'denying']},
    {lemma: 'reject', class: 'negative', forms: ['reject', 'rejects', 'rejected', 'rejecting'], flags: ['speech-object']},
    {lemma: 'refute', class: 'negative', forms: ['refute', 'refutes', 'refuted', 'refuting']},
    {lemma: 'dismiss', class: 'negative', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], flags: ['speech-object']},
    {lemma: 'dispute', class: 'negative', forms: ['dispute', 'disputes', 'disputed', 'disputing'], flags: ['speech-object', 'noun-form']},
    {lemma: 'rebut', class: 'negative', forms: ['rebut', 'rebuts', 'rebutted', 'rebutting']},
    {lemma: 'disclaim', class: 'negative', forms: ['disclaim', 'disclaims', 'disclaimed', 'disclaiming']},
    {lemma: 'contradict', class: 'negative', forms: ['contradict', 'contradicts', 'contradicted', 'contradicting'], flags: ['speech-object']},

    // Directive: the content is a demand, not an assertion.
    {lemma: 'urge', class: 'directive', forms: ['urge', 'urges', 'urged', 'urging']},
    {lemma: 'demand', class: 'directive', forms: ['demand', 'demands', 'demanded', 'demanding'], flags: ['noun-form']},
    {lemma: 'ask', class: 'directive', forms: ['ask', 'asks', 'asked', 'asking'], flags: ['weak']},
    {lemma: 'order', class: 'directive', forms: ['order', 'orders', 'ordered', 'ordering'], flags: ['noun-form', 'weak']},
    // Backing someone's demand or proposal ("Marchand supports the demand"), only with a speech noun as its object.
    {lemma: 'support', class: 'endorsing', forms: ['support', 'supports', 'supported', 'supporting'], flags: ['speech-object', 'person-subject']},
    {lemma: 'request', class: 'directive', forms: ['request', 'requests', 'requested', 'requesting'], flags: ['noun-form', 'weak']},
    {lemma: 'recommend', class: 'directive', forms: ['recommend', 'recommends', 'recommended', 'recommending'], flags: ['weak']},
    // Vietnamese *đề nghị*, Chinese 建议: "proposed the province to support …".
    {lemma: 'propose', class: 'directive', forms: ['propose', 'proposes', 'proposed'], flags: ['weak', 'person-subject']},
    {lemma: 'appeal', class: 'directive', forms: ['appeal', 'appeals', 'appealed', 'appealing'], flags: ['noun-form', 'weak']},
    {lemma: 'instruct', class: 'directive', forms: ['instruct', 'instructs', 'instructed', 'instructing'], flags: ['weak']},
    // Vietnamese *chỉ đạo* (to direct, of an official): `directed: "The units must …"`; never `directed the film`.
    {lemma: 'direct', class: 'directive', forms: ['directed'], flags: ['weak', 'person-subject']},
    {lemma: 'advise', class: 'directive', forms: ['advise', 'advises', 'advised', 'advising'], flags: ['weak']},
    // Chinese 要求 (to require of someone): `The county government required all townships to report …`; a body or a
    // person gives the instruction (`The rules require drivers to stop` has no source).
    {lemma: 'require', class: 'directive', forms: ['required', 'requires'], flags: ['weak', 'person-subject']},

    // Cognitive: belief or attitude, not speech.
    {lemma: 'think', class: 'cognitive', forms: ['think', 'thinks', 'thought', 'thinking'], flags: ['cognitive']},
    {lemma: 'believe', class: 'cognitive', forms: ['believe', 'believes', 'believed', 'believing'], flags: ['cognitive']},
    {lemma: 'feel', class: 'cognitive', forms: ['feel', 'feels', 'felt', 'feeling'], flags: ['cognitive']},
    {lemma: 'hope', class: 'cognitive', forms: ['hope', 'hopes', 'hoped', 'hoping'], flags: ['cognitive']},
    {lemma: 'fear', class: 'cognitive', forms: ['fear', 'fears', 'feared', 'fearing'], flags: ['cognitive']},
    {lemma: 'expect', class: 'cognitive', forms: ['expect', 'expects', 'expected', 'expecting'], flags: ['cognitive']},
    {lemma: 'worry', class: 'cognitive', forms: ['worry', 'worries', 'worried', 'worrying'], flags: ['cognitive']},
    {lemma: 'estimate', class: 'cognitive', forms: ['estimate', 'estimates', 'estimated', 'estimating'], flags: ['cognitive']},
    {lemma: 'predict', class: 'cognitive', forms: ['predict', 'predicts', 'predicted', 'predicting'], flags: ['cognitive']},
    {lemma: 'forecast', class: 'cognitive', forms: ['forecast', 'forecasts', 'forecasted', 'forecasting'], flags: ['cognitive']},
    {lemma: 'consider', class: 'cognitive', forms: ['consider', 'considers', 'considered', 'considering'], flags: ['cognitive']},
    {lemma: 'suspect', class: 'cognitive', forms: ['suspect', 'suspects', 'suspected', 'suspecting'], flags: ['cognitive']},
    {lemma: 'doubt', class: 'cognitive', forms: ['doubt', 'doubts', 'doubted', 'doubting'], flags: ['cognitive']},
    // Weak too: "will assume part of the costs", "assumed the presidency" are deeds; the belief takes `that`.
    // Portuguese *determinou que* (a court or authority ordered): only before `that`, with a body or person as subject.
    {lemma: 'determine', class: 'directive', forms: ['determine', 'determines', 'determined'], flags: ['weak', 'person-subject']},
    {lemma: 'exclude', class: 'cognitive', forms: ['exclude', 'excludes', 'excluded', 'excluding'], flags: ['cognitive', 'weak']},
    {lemma: 'assume', class: 'cognitive', forms: ['assume', 'assumes', 'assumed', 'assuming'], flags: ['cognitive', 'weak']},
    {lemma: 'assess', class: 'cognitive', forms: ['assess', 'assesses', 'assessed', 'assessing'], flags: ['cognitive']},
    {lemma: 'judge', class: 'cognitive', forms: ['judged', 'judges'], flags: ['cognitive']}
  ],

  // Multiword cues, matched on lower-cased words. `role` tells the extractor
  // how the cue relates source and content.
  multiword: [
    {words: ['according', 'to'], lemma: 'according to', class: 'neutral', role: 'according-to'},
    {words: ['in', 'accordance', 'with'], lemma: 'according to', class: 'neutral', role: 'according-to'},
    {words: ['citing'], lemma: 'cite', class: 'neutral', role: 'citing'},
    {words: ['quoting'], lemma: 'quote', class: 'neutral', role: 'citing'},
    {words: ['quoted', 'by'], lemma: 'quote', class: 'neutral', role: 'quoted-by'},
    {words: ['cited', 'by'], lemma: 'cite', class: 'neutral', role: 'quoted-by'},
    {words: ['reported', 'by'], lemma: 'report', class: 'neutral', role: 'quoted-by'},
    {words: ['as', 'saying'], lemma: 'say', class: 'neutral', role: 'as-saying'},
    {words: ['as', 'telling'], lemma: 'tell', class: 'neutral', role: 'as-saying'},
    {words: ['in', 'a', 'statement'], lemma: 'state', class: 'neutral', role: 'statement'},
    {words: ['in', 'a', 'press', 'release'], lemma: 'state', class: 'neutral', role: 'statement'},
    {words: ['pointed', 'out'], lemma: 'point out', class: 'endorsing', role: 'verb'},
    {words: ['points', 'out'], lemma: 'point out', class: 'endorsing', role: 'verb'},
    {words: ['point', 'out'], lemma: 'point out', class: 'endorsing', role: 'verb'},
    {words: ['pointing', 'out'], lemma: 'point out', class: 'endorsing', role: 'verb'},
    {words: ['went', 'on', 'to', 'say'], lemma: 'say', class: 'neutral', role: 'verb'},
    {words: ['goes', 'on', 'to', 'say'], lemma: 'say', class: 'neutral', role: 'verb'},
    {words: ['go', 'on', 'to', 'say'], lemma: 'say', class: 'neutral', role: 'verb'},
    // "did not rule out that a criminal case may be opened" (Russian *не исключил*, Spanish *no descartó que*): a view
    // held open; only before `that` (ruling out a candidate is a deed).
    ...['rule', 'rules', 'ruled', 'ruling'].map((verb) => ({words: [verb, 'out'], lemma: 'rule out', class: 'cognitive' as const, role: 'verb' as const, flags: ['weak' as const]})),
    {words: ['called', 'for'], lemma: 'call for', class: 'directive', role: 'verb'},
    {words: ['calls', 'for'], lemma: 'call for', class: 'directive', role: 'verb'},
    {words: ['call', 'for'], lemma: 'call for', class: 'directive', role: 'verb'},
    {words: ['calling', 'for'], lemma: 'call for', class: 'directive', role: 'verb'},
    // Spanish *pide*, French *requiert*, Italian *chiede*: "the prosecutor asks for five years of prison"; a person's
    // demand (a company asking for more money is a deed, not a statement).
    {words: ['asked', 'for'], lemma: 'ask for', class: 'directive', role: 'verb'},
    {words: ['asks', 'for'], lemma: 'ask for', class: 'directive', role: 'verb'},
    {words: ['ask', 'for'], lemma: 'ask for', class: 'directive', role: 'verb'},
    {words: ['called', 'on'], lemma: 'call on', class: 'directive', role: 'verb'},
    {words: ['calls', 'on'], lemma: 'call on', class: 'directive', role: 'verb'},
    {words: ['declined', 'to', 'confirm'], lemma: 'confirm', class: 'endorsing', role: 'verb'},
    {words: ['refused', 'to', 'confirm'], lemma: 'confirm', class: 'endorsing', role: 'verb'},
    // Calques: Dutch "liet weten" (announced), Portuguese "fez questão de sublinhar" (stressed),
    // Italian "ha tuonato contro" (lashed out at).
    {words: ['let', 'know'], lemma: 'announce', class: 'neutral', role: 'verb'},
    // Italian "fa sapere" / "ha fatto sapere", French "fait savoir" (announced).
    {words: ['makes', 'known'], lemma: 'announce', class: 'neutral', role: 'verb'},
    {words: ['made', 'known'], lemma: 'announce', class: 'neutral', role: 'verb'},
    {words: ['lets', 'know'], lemma: 'announce', class: 'neutral', role: 'verb'},
    {words: ['made', 'a', 'point', 'of', 'underlining'], lemma: 'stress', class: 'assertive', role: 'verb'},
    {words: ['made', 'a', 'point', 'of', 'stressing'], lemma: 'stress', class: 'assertive', role: 'verb'},
    {words: ['made', 'a', 'point', 'of', 'emphasizing'], lemma: 'stress', class: 'assertive', role: 'verb'},
    {words: ['made', 'a', 'point', 'of', 'saying'], lemma: 'stress', class: 'assertive', role: 'verb'},
    // Italian *ha tuonato contro*: criticism, as `criticized` (assertive), not a denial.
    {words: ['thundered', 'against'], lemma: 'denounce', class: 'assertive', role: 'verb'},
    // German *er geht davon aus, dass* (he assumes), Turkish *çağrıda bulundu* (made a call: urged).
    ...['goes', 'went', 'go', 'going'].map((verb) => ({words: [verb, 'out', 'from', 'it'], lemma: 'assume', class: 'cognitive' as const, role: 'verb' as const})),
    ...['made', 'makes', 'make'].map((verb) => ({words: [verb, 'a', 'call'], lemma: 'urge', class: 'directive' as const, role: 'verb' as const})),
    // Beliefs stated as a state: "is convinced that" (Italian "è convinto che", French "est convaincu que").
    ...['is', 'was', 'are', 'were'].flatMap((be) => ['convinced', 'confident', 'certain', 'sure'].map((state) => ({words: [be, state], lemma: `be ${state}`, class: 'cognitive' as const, role: 'verb' as const, flags: ['cognitive'] as const}))),
    // Spanish "se limitaron a indicar" (only said), "según explicó X", "como anunció X".
    {words: ['limited', 'themselves', 'to', 'indicating'], lemma: 'say', class: 'neutral', role: 'verb'},
    {words: ['limited', 'themselves', 'to', 'saying'], lemma: 'say', class: 'neutral', role: 'verb'},
    {words: ['limited', 'itself', 'to', 'indicating'], lemma: 'say', class: 'neutral', role: 'verb'},
    {words: ['limited', 'itself', 'to', 'saying'], lemma: 'say', class: 'neutral', role: 'verb'},
    {words: ['according', 'to', 'what', 'explained'], lemma: 'according to', class: 'neutral', role: 'according-to'},
    {words: ['according', 'to', 'what', 'said'], lemma: 'according to', class: 'neutral', role: 'according-to'},
    {words: ['according', 'to', 'what', 'indicated'], lemma: 'according to', class: 'neutral', role: 'according-to'},
    {words: ['as', 'announced'], lemma: 'announce', class: 'neutral', role: 'according-to'},
    {words: ['as', 'explained'], lemma: 'explain', class: 'neutral', role: 'according-to'},
    {words: ['based', 'on'], lemma: 'according to', class: 'neutral', role: 'according-to'},
    {words: ['for'], lemma: 'according to', class: 'neutral', role: 'for-source'},

    // Source-language cues machine translation leaves untranslated. A `pronoun-cue`
    // holds its own source ("ujarnya" = "he/she said").
    {words: ['ujarnya'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['katanya'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['kata', 'dia'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['kata', 'beliau'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['tuturnya'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['jelasnya'], lemma: 'explain', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['imbuhnya'], lemma: 'add', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['tambahnya'], lemma: 'add', class: 'neutral', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['ungkapnya'], lemma: 'reveal', class: 'endorsing', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['tegasnya'], lemma: 'stress', class: 'assertive', role: 'pronoun-cue', gender: 'unknown', sourceLang: 'id'},
    {words: ['sagte', 'er'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'm', sourceLang: 'de'},
    {words: ['sagte', 'sie'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'f', sourceLang: 'de'},
    {words: ['betonte', 'er'], lemma: 'stress', class: 'assertive', role: 'pronoun-cue', gender: 'm', sourceLang: 'de'},
    {words: ['betonte', 'sie'], lemma: 'stress', class: 'assertive', role: 'pronoun-cue', gender: 'f', sourceLang: 'de'},
    {words: ['a-t-il', 'dit'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'm', sourceLang: 'fr'},
    {words: ['a-t-elle', 'dit'], lemma: 'say', class: 'neutral', role: 'pronoun-cue', gender: 'f', sourceLang: 'fr'},
    {words: ['laut'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'de'},
    {words: ['menurut'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'id'},
    {words: ['selon'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'fr'},
    {words: ['so'], lemma: 'say', class: 'neutral', role: 'so-source', sourceLang: 'de'},
    // Dutch "aldus" closing a quote: '"…," thus project manager Sanne de Vries.'
    {words: ['thus'], lemma: 'say', class: 'neutral', role: 'so-source', sourceLang: 'nl'},
    {words: ['aldus'], lemma: 'say', class: 'neutral', role: 'so-source', sourceLang: 'nl'}
  ],

  // Sourceless markers: the content is attributed to nobody in particular.
  hedges: [
    ['reportedly'],
    // Spanish *trascendió que* (it transpired that) and English `it emerged that`: news from nobody named.
    ['it', 'transcended', 'that'],
    ['it', 'emerged', 'that'],
    // Italian *sembrerebbe che*, Spanish *parecería que*: `It would seem that`, news from nobody named.
    ['it', 'would', 'seem', 'that'],
    ['it', 'would', 'appear', 'that'],
    // Portuguese *comenta-se* (it is commented), Spanish *se comenta*: talk nobody is named for.
    ['it', 'is', 'commented'],
    ['it', 'was', 'commented'],
    // Indonesian *diduga* (it is suspected), said of a cause nobody has confirmed.
    ['it', 'is', 'suspected', 'that'],
    ['it', 'was', 'suspected', 'that'],
    ['it', 'transpired', 'that'],
    // French *a-t-on appris* (one learned), said of news from an unnamed source.
    ['one', 'learned'],
    ['one', 'learnt'],
    ['one', 'learns'],
    ['it', 'was', 'learned'],
    ['it', 'was', 'learnt'],
    ['allegedly'],
    ['purportedly'],
    ['supposedly'],
    ['reputedly'],
    ['ostensibly'],
    ['so-called'],
    ['rumoured'],
    ['alleged'],
    ['rumored'],
    ['is', 'said', 'to'],
    ['are', 'said', 'to'],
    ['was', 'said', 'to'],
    ['were', 'said', 'to'],
    ['is', 'believed', 'to'],
    ['are', 'believed', 'to'],
    ['was', 'believed', 'to'],
    ['were', 'believed', 'to'],
    ['is', 'thought', 'to'],
    ['are', 'thought', 'to'],
    ['was', 'thought', 'to'],
    ['were', 'thought', 'to'],
    ['is', 'reported', 'to'],
    ['are', 'reported', 'to'],
    ['was', 'reported', 'to'],
    ['were', 'reported', 'to'],
    ['is', 'alleged', 'to'],
    ['are', 'alleged', 'to'],
    ['is', 'understood', 'to'],
    ['are', 'understood', 'to'],
    ['is', 'rumoured', 'to'],
    ['is', 'rumored', 'to'],
    ['it', 'is', 'understood'],
    // Calques of Italian "si apprende" and Portuguese "conforme foi possível apurar".
    ['it', 'is', 'learned'],
    // Portuguese *foi possível apurar*: the paper found out, from nobody named.
    ['it', 'was', 'possible', 'to', 'ascertain'],
    ['it', 'was', 'possible', 'to', 'find', 'out'],
    // Turkish *edinilen bilgiye göre*, Indonesian *informasi yang dihimpun*: information from nobody named.
    ['according', 'to', 'the', 'information', 'obtained'],
    ['according', 'to', 'information', 'obtained'],
    ['according', 'to', 'the', 'information', 'received'],
    ['according', 'to', 'the', 'information', 'gathered'],
    ['according', 'to', 'information', 'gathered'],
    // Calques of Spanish "se sabe que", German "es heißt, dass", Indonesian "diketahui".
    ['it', 'is', 'known'],
    ['it', 'was', 'known'],
    ['it', 'is', 'said'],
    ['it', 'was', 'said'],
    ['it', 'was', 'learned'],
    ['as', 'it', 'was', 'possible', 'to', 'ascertain'],
    ['as', 'it', 'was', 'possible', 'to', 'learn'],
    ['it', 'is', 'believed'],
    ['it', 'is', 'said'],
    ['it', 'is', 'reported'],
    ['it', 'was', 'reported'],
    ['it', 'is', 'claimed'],
    ['it', 'was', 'claimed'],
    ['it', 'is', 'alleged'],
    ['it', 'was', 'alleged'],
    // The conditional of unconfirmed news (*aurait*, *habría*, *avrebbe*, *teria*), checked by `isRumourConditional`.
    ['would', 'have'],
    // German *soll … haben*, Japanese *とみられる*.
    ['is', 'supposed', 'to', 'have'],
    // Russian *как стало известно*, *стало известно, что* (not `it became known as`, a name).
    ['as', 'it', 'became', 'known'],
    ['it', 'became', 'known', 'that'],
    ['are', 'supposed', 'to', 'have'],
    // German *soll … kosten* (is said to cost): a figure from nobody named; not a plan (`was supposed to enter`).
    ['is', 'supposed', 'to', 'cost'],
    ['are', 'supposed', 'to', 'cost'],
    ['it', 'is', 'seen']
  ],

  // Words whose presence within two words before a cue negates it.
  negators: ['not', 'never', "n't", 'no', 'neither', 'nor'],
  negatingVerbs: ['declined', 'refused', 'declines', 'refuses', 'decline', 'refuse', 'failed', 'fails'],
  modals: ['may', 'might', 'would', 'could', 'can', 'will', 'should', 'must', 'shall'],

  // Honorifics and their gender (`unknown`: gender-neutral).
  honorifics: [
    {form: 'mr.', gender: 'm'},
    {form: 'mr', gender: 'm'},
    {form: 'mrs.', gender: 'f'},
    {form: 'mrs', gender: 'f'},
    {form: 'ms.', gender: 'f'},
    {form: 'ms', gender: 'f'},
    {form: 'miss', gender: 'f'},
    {form: 'sir', gender: 'm'},
    {form: 'dame', gender: 'f'},
    {form: 'lady', gender: 'f'},
    {form: 'lord', gender: 'm'},
    {form: 'madam', gender: 'f'},
    // Arabic *معالي*/*سعادة* and court styles before a name (`His Excellency Fadi Al-Zubaidi`); `His`/`Her` before them
    // marks the gender (see personGender).
    {form: 'excellency', gender: 'unknown'},
    {form: 'highness', gender: 'unknown'},
    {form: 'majesty', gender: 'unknown'},
    {form: 'dr.', gender: 'unknown'},
    {form: 'dr', gender: 'unknown'},
    {form: 'prof.', gender: 'unknown'},
    {form: 'mx.', gender: 'unknown'},
    {form: 'm.', gender: 'm'},
    {form: 'mme', gender: 'f'},
    {form: 'mme.', gender: 'f'},
    {form: 'herr', gender: 'm'},
    {form: 'frau', gender: 'f'},
    {form: 'ibu', gender: 'f'},
    {form: 'bapak', gender: 'm'},
    {form: 'pak', gender: 'm'},
    {form: 'señor', gender: 'm'},
    {form: 'señora', gender: 'f'},
    // Abbreviated source-language titles MT leaves before a name (`Dra. Helena Rocha`, `Sra. López`, `Dott. Neri`).
    {form: 'dra', gender: 'f'},
    {form: 'dra.', gender: 'f'},
    {form: 'sra', gender: 'f'},
    {form: 'sra.', gender: 'f'},
    {form: 'srta', gender: 'f'},
    {form: 'srta.', gender: 'f'},
    {form: 'dña', gender: 'f'},
    {form: 'dott', gender: 'unknown'},
    {form: 'dott.', gender: 'unknown'}
  ],

  // Title and role heads (lower-case). Capitalised before a name they are a
  // title ("Defense Secretary Lloyd Austin"); after "the" a role mention
  // ("the secretary said").
  titles: [
    {form: 'president', gender: 'unknown'},
    {form: 'vice-president', gender: 'unknown'},
    {form: 'premier', gender: 'unknown'},
    {form: 'chancellor', gender: 'unknown'},
    {form: 'minister', gender: 'unknown'},
    {form: 'secretary', gender: 'unknown'},
    {form: 'secretary-general', gender: 'unknown'},
    {form: 'director', gender: 'unknown'},
    {form: 'director-general', gender: 'unknown'},
    {form: 'chairman', gender: 'unknown'},
    {form: 'chairwoman', gender: 'f'},
    {form: 'chairperson', gender: 'unknown'},
    {form: 'chair', gender: 'unknown'},
    {form: 'chief', gender: 'unknown'},
    {form: 'head', gender: 'unknown'},
    {form: 'councillor', gender: 'unknown'},
    {form: 'councilor', gender: 'unknown'},
    {form: 'alderman', gender: 'm'},
    {form: 'prefect', gender: 'unknown'},
    {form: 'governor', gender: 'unknown'},
    {form: 'mayor', gender: 'unknown'},
    // Spanish *alcaldesa*, Italian *sindaca* rendered `mayoress`: a title too (`the mayoress` is the one office holder).
    {form: 'mayoress', gender: 'f'},
    // Office titles MT leaves in the source language or calques (Turkish *muhtar*, Belgian *bourgmestre*, *échevin*,
    // Arabic *muhafiz*, governor of a governorate).
    {form: 'muhtar', gender: 'unknown'},
    {form: 'muhafiz', gender: 'unknown'},
    // Indonesian office abbreviations left before a name (`Kasat Reskrim`, `Kapolres`, `Kadis`).
    ...['kasat', 'kanit', 'kapolres', 'kapolsek', 'kapolda', 'kadis', 'kabid', 'kasi', 'kasubag', 'sekda', 'danramil', 'dandim', 'kalak', 'reskrim', 'reskoba', 'intelkam', 'lantas', 'samapta', 'kades', 'lurah', 'camat', 'bupati'].map((form) => ({form, gender: 'unknown' as const})),
    {form: 'burgomaster', gender: 'unknown'},
    {form: 'bourgmestre', gender: 'unknown'},
    {form: 'échevin', gender: 'm'},
    {form: 'échevine', gender: 'f'},
    {form: 'schepen', gender: 'unknown'},
    {form: 'intendente', gender: 'unknown'},
    {form: 'wethouder', gender: 'unknown'},
    {form: 'landrat', gender: 'm'},
    {form: 'landrätin', gender: 'f'},
    {form: 'regent', gender: 'unknown'},
    {form: 'ambassador', gender: 'unknown'},
    {form: 'envoy', gender: 'unknown'},
    {form: 'spokesman', gender: 'm'},
    {form: 'spokeswoman', gender: 'f'},
    {form: 'spokesperson', gender: 'unknown'},
    {form: 'general', gender: 'unknown'},
    {form: 'gen.', gender: 'unknown'},
    {form: 'lt.', gender: 'unknown'},
    {form: 'colonel', gender: 'unknown'},
    {form: 'col.', gender: 'unknown'},
    {form: 'admiral', gender: 'unknown'},
    {form: 'adm.', gender: 'unknown'},
    {form: 'commander', gender: 'unknown'},
    {form: 'captain', gender: 'unknown'},
    {form: 'capt.', gender: 'unknown'},
    {form: 'sergeant', gender: 'unknown'},
    {form: 'sgt.', gender: 'unknown'},
    {form: 'senator', gender: 'unknown'},
    {form: 'sen.', gender: 'unknown'},
    {form: 'representative', gender: 'unknown'},
    {form: 'rep.', gender: 'unknown'},
    {form: 'congressman', gender: 'm'},
    {form: 'congresswoman', gender: 'f'},
    {form: 'mp', gender: 'unknown'},
    {form: 'lawmaker', gender: 'unknown'},
    {form: 'legislator', gender: 'unknown'},
    {form: 'judge', gender: 'unknown'},
    {form: 'justice', gender: 'unknown'},
    {form: 'prosecutor', gender: 'unknown'},
    {form: 'attorney', gender: 'unknown'},
    {form: 'professor', gender: 'unknown'},
    {form: 'prof.', gender: 'unknown'},
    {form: 'dr.', gender: 'unknown'},
    {form: 'king', gender: 'm'},
    {form: 'queen', gender: 'f'},
    {form: 'prince', gender: 'm'},
    {form: 'princess', gender: 'f'},
    {form: 'emperor', gender: 'm'},
    {form: 'empress', gender: 'f'},
    {form: 'pope', gender: 'm'},
    {form: 'cardinal', gender: 'm'},
    {form: 'bishop', gender: 'unknown'},
    {form: 'rev.', gender: 'unknown'},
    {form: 'sheikh', gender: 'm'},
    {form: 'sheikha', gender: 'f'},
    {form: 'ceo', gender: 'unknown'},
    {form: 'commissioner', gender: 'unknown'},
    {form: 'leader', gender: 'unknown'},
    {form: 'speaker', gender: 'unknown'},
    {form: 'deputy', gender: 'unknown'},
    {form: 'inspector', gender: 'unknown'},
    {form: 'superintendent', gender: 'unknown'},
    {form: 'coach', gender: 'unknown'},
    {form: 'official', gender: 'unknown'},
    {form: 'officer', gender: 'unknown'},
    {form: 'diplomat', gender: 'unknown'},
    {form: 'analyst', gender: 'unknown'},
    {form: 'researcher', gender: 'unknown'},
    {form: 'economist', gender: 'unknown'}
  ],

  // Generic source heads (lower-case): "officials said", "a source told".
  sourceNouns: [
    'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'police',
    'ministry', 'government', 'authorities', 'authority', 'agency', 'agencies', 'report', 'reports', 'statement', 'data',
    'survey', 'study', 'poll', 'questionnaire', 'census', 'audit', 'analysts', 'analyst', 'experts', 'expert', 'witnesses', 'witness', 'residents', 'observers',
    'diplomats', 'diplomat', 'lawmakers', 'lawmaker', 'legislators', 'intelligence', 'military', 'army', 'navy', 'media',
    'newspaper', 'daily', 'outlet', 'broadcaster', 'website', 'document', 'documents', 'figures', 'estimates',
    'researchers', 'scientists', 'investigators', 'prosecutors', 'prosecutor', 'aides', 'aide', 'insiders', 'insider',
    'person', 'people', 'officer', 'officers', 'leaders', 'leader', 'minister', 'president', 'director', 'chief', 'head',
    'secretary', 'representative', 'representatives', 'member', 'members', 'committee', 'office', 'critics', 'activists',
    'group', 'organisation', 'organization', 'company', 'firm', 'embassy', 'ambassador', 'envoy', 'commander', 'general',
    'cabinet', 'administration', 'council', 'court', 'union', 'party', 'opposition', 'coalition', 'campaign', 'team',
    'department', 'service', 'bureau', 'commission', 'institute', 'centre', 'center', 'statistics', 'regulator',
    // Sub-units of a body (Japanese 課, 部; "the prefecture's tourism promotion division said").
    'division', 'section', 'unit', 'branch',
    // Spanish *organismo*, French *organisme*, Italian *organismo* (a public body) rendered `organism`.
    'organism',
    // Chinese 网友 (internet users) as a group of sources.
    'netizens',
    // Bodies of trades and regions (`The chamber estimates the loss at …`, Turkish *oda*).
    'chamber', 'chambers', 'guild', 'syndicate', 'consortium', 'league', 'confederation', 'cooperative',
    'parliament', 'congress', 'senate', 'kremlin', 'pentagon', 'palace', 'presidency', 'observatory', 'network',
    'channel', 'broadcast', 'press', 'journal', 'magazine', 'paper', 'source', 'governor', 'mayor', 'regent', 'chairman',
    'doctors', 'doctor', 'economists', 'economist', 'negotiators', 'mediators', 'rescuers', 'workers', 'villagers',
    'lawyer', 'lawyers', 'attorney', 'attorneys', 'resident', 'union', 'unions', 'management', 'employees', 'employee',
    'farmers', 'protesters', 'protestors', 'teachers', 'students', 'parents', 'investors', 'traders', 'dealers',
    'executives', 'executive', 'bankers', 'managers', 'manager', 'owner', 'owners', 'proprietor', 'proprietors', 'founder', 'operator', 'operators',
    'organisers', 'organizers', 'supporters', 'opponents', 'victims', 'survivors', 'families', 'relatives', 'neighbours',
    'neighbors', 'locals', 'citizens', 'voters', 'consumers', 'customers', 'passengers', 'drivers', 'pilots', 'nurses',
    'police', 'prosecution', 'defence', 'defense', 'judge', 'court', 'tribunal', 'jury', 'ministry', 'mayor', 'governor',
    'bank', 'board', 'port', 'airport', 'station', 'initiative', 'municipality', 'province', 'collective', 'association', 'federation', 'club', 'hospital',
    'university', 'airline', 'carrier', 'manufacturer', 'maker', 'supplier', 'retailer', 'insurer', 'lender', 'operator',
    'neighbours', 'neighbors', 'experts', 'titular', 'secretariat', 'directorate', 'inspectorate', 'watchdog', 'charity',
    'ngo', 'foundation', 'prosecutors', 'commander', 'spokesman', 'secretary-general', 'envoy', 'residents',
    'city', 'town', 'county', 'district', 'prefecture', 'guard', 'gendarmerie', 'governorate',
    // Committee and town-hall nouns MT leaves untranslated ("The comité de empresa demands …", "At the mairie, one
    // indicates that …").
    'comité', 'comitato', 'comitê', 'mairie', 'ayuntamiento', 'prefeitura', 'belediye', 'gemeente',
    // Documents a body publishes: "according to the last bulletin of the Confederation".
    'bulletin', 'bulletins', 'communiqué', 'communique', 'release', 'note', 'notice', 'circular', 'census', 'forecast',
    'forecasts', 'projections', 'audit', 'assessment', 'inventory', 'register', 'records', 'count', 'tally', 'minutes'
  ],

  // Heads of generic sources that refer to people (for role mentions).
  personRoles: [
    'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'director', 'chief', 'head',
    'secretary', 'representative', 'ambassador', 'envoy', 'commander', 'general', 'governor', 'mayor', 'regent',
    // `The port master admitted …` (Indonesian *syahbandar*), `the headmaster`.
    'master', 'harbourmaster', 'harbormaster', 'headmaster', 'headmistress', 'stationmaster', 'postmaster',
    // French *adjoint au maire* (a deputy mayor holding a portfolio), left as `adjoint`.
    'adjoint', 'adjointe',
    // Who brokers a dispute (Spanish *el mediador*): a person, named or not.
    'mediator', 'arbitrator', 'arbiter', 'conciliator', 'negotiator',
    'chairman', 'chairwoman', 'premier', 'chancellor', 'lawmaker', 'prosecutor', 'leader', 'officer', 'diplomat',
    'analyst', 'expert', 'source', 'witness', 'aide', 'doctor', 'economist', 'professor', 'researcher', 'judge', 'senator',
    'lawyer', 'attorney', 'resident', 'member', 'employee', 'worker', 'farmer', 'protester', 'activist', 'candidate',
    'victim', 'survivor', 'owner', 'proprietor', 'manager', 'founder', 'executive', 'banker', 'teacher', 'student', 'nurse', 'pilot',
    'driver', 'passenger', 'spokesperson', 'coordinator', 'organiser', 'organizer', 'chairperson', 'deputy', 'advisor',
    'adviser', 'consultant', 'scientist', 'engineer', 'historian', 'lecturer', 'observer', 'critic', 'supporter',
    'opponent', 'investor', 'trader', 'dealer', 'strategist', 'commissioner', 'inspector', 'detective', 'mother', 'father',
    'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'neighbour', 'neighbor', 'colleague', 'friend', 'ceo',
    'titular', 'holder', 'head', 'superintendent', 'principal', 'rector', 'dean', 'curator', 'architect', 'developer',
    'treasurer', 'grower', 'vendor', 'seller', 'shopkeeper', 'merchant', 'fisherman', 'mechanic', 'captain', 'skipper',
    'harbourmaster', 'harbormaster', 'auditor', 'accountant', 'administrator', 'president-director', 'director-president',
    // Elected and appointed office, under its many English and calqued names.
    'councillor', 'councilor', 'counsellor', 'counselor', 'councilman', 'councilwoman', 'alderman', 'assessor', 'edile', 'muhtar', 'muhafiz', 'autarch',
    // Feminine forms MT writes for Spanish *alcaldesa*, Italian *sindaca*; office names left untranslated
    // (Italian *assessore*, *sindaco*; Indonesian *bupati*, *camat*, *lurah*; Dutch *wethouder*; German *Landrätin*).
    'mayoress', 'directress', 'governess', 'presidentess', 'burgomaster', 'bourgmestre', 'échevin', 'échevine', 'schepen', 'intendente', 'assessore', 'sindaco', 'sindaca', 'bupati', 'camat', 'lurah', 'wethouder', 'landrat', 'landrätin', 'alcalde', 'alcaldesa', 'maire', 'prefeito', 'prefeita',
    'man', 'woman', 'men', 'women', 'mother-of-two', 'father-of-two',
    'delegate', 'magistrate', 'notary', 'prefect', 'ombudsman', 'rapporteur', 'undersecretary', 'mp', 'legislator',
    'citizen', 'villager', 'parent', 'pensioner', 'retiree', 'priest', 'imam', 'bishop', 'pastor', 'monk', 'coach',
    'player', 'athlete', 'author', 'writer', 'artist', 'pharmacist', 'midwife', 'surgeon', 'physician', 'paramedic',
    'firefighter', 'ranger', 'volunteer', 'campaigner', 'unionist', 'jurist', 'sociologist', 'psychologist',
    'epidemiologist', 'virologist', 'climatologist', 'meteorologist', 'geologist', 'hydrologist', 'biologist',
    'ecologist', 'agronomist', 'demographer', 'planner', 'contractor', 'landlord', 'tenant', 'homeowner',
    'restaurateur', 'hotelier', 'baker', 'butcher', 'fisher', 'sailor', 'boatman', 'ferryman', 'docker', 'dockworker',
    'miner', 'breeder', 'herder', 'rancher', 'winegrower', 'winemaker', 'cashier', 'clerk', 'guide', 'labourer', 'laborer'
  ],

  // News agencies and media: canonical name, then short forms and acronyms.
  media: [
    {canonical: 'Kyodo News', aliases: ['Kyodo', 'Kyodo News agency']},
    {canonical: 'Yonhap', aliases: ['Yonhap News Agency', 'Yonhap News']},
    {canonical: 'Reuters', aliases: []},
    {canonical: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse']},
    {canonical: 'Associated Press', aliases: ['AP', 'The Associated Press']},
    {canonical: 'Xinhua', aliases: ['Xinhua News Agency']},
    {canonical: 'Jiji Press', aliases: ['Jiji']},
    {canonical: 'Bernama', aliases: []},
    {canonical: 'Antara', aliases: ['Antara News Agency', 'Antara News']},
    {canonical: 'BBC', aliases: ['British Broadcasting Corporation', 'the BBC']},
    {canonical: 'CNN', aliases: []},
    {canonical: 'NHK', aliases: []},
    {canonical: 'Korean Central News Agency', aliases: ['KCNA']},
    {canonical: 'TASS', aliases: ['Tass']},
    {canonical: 'RIA Novosti', aliases: ['RIA']},
    {canonical: 'Interfax', aliases: []},
    {canonical: 'Bloomberg', aliases: ['Bloomberg News']},
    {canonical: 'The New York Times', aliases: ['New York Times', 'NYT']},
    {canonical: 'The Washington Post', aliases: ['Washington Post']},
    {canonical: 'The Guardian', aliases: ['Guardian']},
    {canonical: 'Financial Times', aliases: ['FT', 'The Financial Times']},
    {canonical: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ']},
    {canonical: 'Al Jazeera', aliases: []},
    {canonical: 'ANSA', aliases: []},
    {canonical: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA']},
    {canonical: 'EFE', aliases: []},
    {canonical: 'Anadolu Agency', aliases: ['Anadolu', 'AA']},
    {canonical: 'Press Trust of India', aliases: ['PTI']},
    {canonical: 'Asian News International', aliases: ['ANI']},
    {canonical: 'Kompas', aliases: []},
    {canonical: 'Tempo', aliases: []},
    {canonical: 'The Korea Times', aliases: ['Korea Times']},
    {canonical: 'The Korea Herald', aliases: ['Korea Herald']},
    {canonical: 'JoongAng Ilbo', aliases: ['JoongAng']},
    {canonical: 'Chosun Ilbo', aliases: []},
    {canonical: 'Asahi Shimbun', aliases: ['Asahi', 'The Asahi Shimbun']},
    {canonical: 'Yomiuri Shimbun', aliases: ['Yomiuri', 'The Yomiuri Shimbun']},
    {canonical: 'Mainichi Shimbun', aliases: ['Mainichi']},
    {canonical: 'Nikkei', aliases: ['Nikkei Asia']},
    {canonical: 'South China Morning Post', aliases: ['SCMP']},
    {canonical: 'Global Times', aliases: ['The Global Times']},
    {canonical: "People's Daily", aliases: []},
    {canonical: 'CCTV', aliases: ['China Central Television']},
    {canonical: 'China Daily', aliases: []},
    {canonical: 'The Japan Times', aliases: ['Japan Times']},
    {canonical: 'The Straits Times', aliases: ['Straits Times']},
    {canonical: 'CNA', aliases: ['Channel NewsAsia']},
    {canonical: 'Vietnam News Agency', aliases: ['VNA']},
    {canonical: 'VnExpress', aliases: []},
    {canonical: 'Sputnik', aliases: []},
    {canonical: 'Ukrinform', aliases: []},
    {canonical: 'Le Monde', aliases: []},
    {canonical: 'Der Spiegel', aliases: ['Spiegel']},
    {canonical: 'Politico', aliases: []},
    {canonical: 'Axios', aliases: []},
    {canonical: 'Fox News', aliases: []},
    {canonical: 'NBC News', aliases: ['NBC']},
    {canonical: 'CBS News', aliases: ['CBS']},
    {canonical: 'ABC News', aliases: ['ABC']},
    {canonical: 'Sky News', aliases: []},
    {canonical: 'Arab News', aliases: []},
    {canonical: 'Al Arabiya', aliases: []},
    {canonical: 'Haaretz', aliases: []},
    {canonical: 'Detik', aliases: ['detikcom']},
    {canonical: 'Austria Presse Agentur', aliases: ['APA']},
    {canonical: 'Agence Belga', aliases: ['Belga']},
    {canonical: 'Keystone-SDA', aliases: ['SDA', 'Keystone SDA']},
    {canonical: 'Lusa', aliases: ['Agência Lusa', 'Agencia Lusa']},
    {canonical: 'Europa Press', aliases: []},
    {canonical: 'Anatolia', aliases: []},
    {canonical: 'Algemeen Nederlands Persbureau', aliases: ['ANP']},
    {canonical: 'Polish Press Agency', aliases: ['PAP']},
    {canonical: 'Czech News Agency', aliases: ['CTK', 'ČTK']},
    {canonical: 'MTI', aliases: []},
    {canonical: 'Agerpres', aliases: []},
    {canonical: 'Bulgarian News Agency', aliases: ['BTA']},
    {canonical: 'HINA', aliases: []},
    {canonical: 'Slovenian Press Agency', aliases: ['STA']},
    {canonical: 'NTB', aliases: []},
    {canonical: 'TT News Agency', aliases: ['TT']},
    {canonical: 'Ritzau', aliases: []},
    {canonical: 'STT', aliases: []},
    {canonical: 'Notimex', aliases: []},
    {canonical: 'Télam', aliases: ['Telam']},
    {canonical: 'Agência Brasil', aliases: ['Agencia Brasil']},
    {canonical: 'Prensa Latina', aliases: []},
    {canonical: 'IRNA', aliases: []},
    {canonical: 'Philippine News Agency', aliases: ['PNA']},
    {canonical: 'BelTA', aliases: []},
    {canonical: 'Kazinform', aliases: []},
    {canonical: 'Armenpress', aliases: []},
    {canonical: 'Demirören News Agency', aliases: ['DHA']},
    {canonical: 'İhlas News Agency', aliases: ['İHA', 'IHA']},
    {canonical: 'ANKA', aliases: []},
    {canonical: 'Kuwait News Agency', aliases: ['KUNA']},
    {canonical: 'Emirates News Agency', aliases: ['WAM']},
    {canonical: 'Saudi Press Agency', aliases: ['SPA']},
    {canonical: 'Qatar News Agency', aliases: ['QNA']},
    {canonical: 'Middle East News Agency', aliases: ['MENA']},
    {canonical: 'Jordan News Agency', aliases: []},
    {canonical: 'SANA', aliases: ['Syrian Arab News Agency']},
    {canonical: 'Algeria Press Service', aliases: ['APS']},
    {canonical: 'Maghreb Arabe Presse', aliases: ['MAP']},
    {canonical: 'Tunis Afrique Presse', aliases: ['TAP']},
    {canonical: 'Bahrain News Agency', aliases: ['BNA']},
    {canonical: 'Oman News Agency', aliases: ['ONA']}
  ],

  // Family names written first in East-Asian news English (Korean, Chinese,
  // Vietnamese). `He` is left out: it is also the pronoun.
  eastAsianSurnames: [
    // Vietnamese (surname first; the press refers to people by the last syllable: "Nguyen Van Thanh" → "Thanh").
    'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong', 'Trinh', 'Dinh', 'Truong',
    'Kim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun',
    'Jang', 'Chang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'An', 'Song', 'Yoo', 'Ryu', 'Hong',
    'Jeon', 'Chun', 'Ko', 'Koh', 'Moon', 'Yang', 'Son', 'Sohn', 'Bae', 'Baek', 'Paik', 'Heo', 'Huh', 'Nam', 'Noh', 'Roh', 'Ha',
    'Kwak', 'Sung', 'Cha', 'Woo', 'Koo', 'Min', 'Ri', 'Ju', 'Joo', 'Yeo', 'Won', 'Byun', 'Pyo', 'Choo', 'Uhm', 'Um',
    'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Gao', 'Lin',
    'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan',
    'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Xi', 'Wen', 'Qin', 'Mao',
    'Bo', 'Chiang', 'Tsai', 'Lai', 'Hou', 'Ko', 'Teo', 'Tan', 'Goh', 'Ng', 'Wong', 'Leung', 'Chan', 'Cheung', 'Lam', 'Ho',
    'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Ngo', 'Duong', 'Ly', 'Trinh', 'Dinh'
  ],

  // Objects that make "according to X" a manner adverbial, not a source.
  rejectedAccordingTo: [
    'plan', 'plans', 'schedule', 'schedules', 'law', 'laws', 'constitution', 'regulation', 'regulations', 'rule', 'rules',
    'tradition', 'traditions', 'custom', 'customs', 'size', 'age', 'type', 'types', 'need', 'needs', 'purpose', 'purposes',
    'agreement', 'deal', 'treaty', 'contract', 'convention', 'conventions', 'terms', 'instructions', 'script', 'budget', 'timetable', 'calendar', 'map',
    'will', 'protocol', 'protocols', 'procedure', 'procedures', 'standard', 'standards', 'guideline', 'guidelines',
    'formula', 'height', 'weight', 'preference', 'preferences', 'principle', 'principles', 'order', 'design', 'category',
    'categories', 'level', 'levels', 'priority', 'priorities', 'ability', 'abilities', 'capacity', 'situation',
    'circumstances', 'conditions', 'taste', 'tastes', 'mandate', 'policy', 'policies', 'provisions', 'article', 'clause',
    'recipe', 'season', 'weather', 'demand', 'merit', 'merits', 'rank', 'length', 'date', 'time', 'region', 'area',
    // Legal texts: "according to the decree of minimum services" (Spanish *según el decreto*).
    'decree', 'decrees', 'ordinance', 'ordinances', 'statute', 'statutes', 'charter', 'code', 'directive', 'directives', 'bylaws',
    // What is planned: "according to the project file submitted to the ministry" (Turkish *proje dosyasına göre*).
    'project', 'projects'
  ],

  // Words that cannot be part of a person's name (places, demonyms,
  // directions), to keep "North Korean" or "Hong Kong" out of the registry.
  notNames: [
    'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'far', 'middle', 'new',
    'united', 'greater', 'upper', 'lower', 'korea', 'korean', 'koreans', 'russia', 'russian', 'russians', 'ukraine',
    'ukrainian', 'ukrainians', 'belarus', 'belarusian', 'china', 'chinese', 'japan', 'japanese', 'america', 'american',
    'americans', 'britain', 'british', 'england', 'english', 'france', 'french', 'germany', 'german', 'italy', 'italian',
    'spain', 'spanish', 'indonesia', 'indonesian', 'india', 'indian', 'iran', 'iranian', 'israel', 'israeli', 'turkey',
    'turkish', 'vietnam', 'vietnamese', 'taiwan', 'taiwanese', 'philippines', 'filipino', 'malaysia', 'malaysian',
    'singapore', 'thailand', 'thai', 'australia', 'australian', 'canada', 'canadian', 'europe', 'european', 'asia',
    'asian', 'africa', 'african', 'arab', 'arabia', 'saudi', 'syria', 'syrian', 'gaza', 'palestinian', 'lebanon',
    'egypt', 'egyptian', 'pakistan', 'pakistani', 'brazil', 'mexico', 'mexican', 'poland', 'polish', 'netherlands',
    'dutch', 'pyongyang', 'seoul', 'tokyo', 'beijing', 'moscow', 'washington', 'kyiv', 'kiev', 'london', 'paris',
    'berlin', 'brussels', 'jakarta', 'hanoi', 'taipei', 'manila', 'bangkok', 'delhi', 'tehran', 'jerusalem', 'ankara',
    'ottawa', 'canberra', 'rome', 'kursk', 'vladivostok', 'wonsan', 'kong', 'kuala', 'lumpur', 'los', 'angeles',
    'san', 'francisco', 'buenos', 'aires', 'lanka', 'lankan', 'state', 'states', 'kingdom', 'republic', 'house',
    'street', 'road', 'avenue', 'square', 'island', 'islands', 'sea', 'ocean', 'river', 'mount', 'lake', 'bay', 'gulf',
    // Place words that open Indonesian and other names (`Kampung Baru`, `Desa Sukamaju`): never a person.
    'kampung', 'desa', 'dusun', 'kelurahan', 'kecamatan', 'kabupaten', 'jalan', 'gunung', 'pulau', 'kota',
    'city', 'province', 'region', 'district', 'county', 'white', 'black', 'red', 'green', 'blue', 'day', 'war', 'world',
    'cup', 'games', 'olympics', 'summit', 'forum', 'uncle', 'sam', 'god', 'allah', 'christmas', 'easter', 'ramadan',
    'eid', 'covid-19', 'covid', 'internet', 'twitter', 'facebook', 'instagram', 'telegram', 'youtube', 'tiktok', 'x',
    'kremlin', 'pentagon', 'brics', 'nato', 'un', 'eu', 'asean', 'g7', 'g20', 'opec', 'imf', 'who', 'wto'
  ],

  // Capitalised words that open sentences but are not names.
  sentenceOpeners: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
    'their', 'our', 'my', 'your', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where',
    'if', 'as', 'but', 'and', 'or', 'so', 'yet', 'for', 'with', 'without', 'from', 'to', 'by', 'of', 'about', 'last',
    'next', 'this', 'earlier', 'later', 'meanwhile', 'separately', 'however', 'moreover', 'furthermore', 'also',
    'instead', 'still', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'according', 'some', 'many', 'most', 'all',
    'both', 'each', 'every', 'no', 'not', 'there', 'here', 'what', 'who', 'which', 'why', 'how', 'one', 'two', 'three',
    'about', 'around', 'nearly', 'almost', 'only', 'even', 'despite', 'although', 'though', 'because', 'under', 'over',
    'among', 'between', 'following', 'deploying', 'knowing', 'asked', 'speaking', 'citing', 'unlike', 'like',
    'such', 'other', 'another', 'several', 'few', 'more', 'less', 'much', 'do', 'does', 'did', 'is', 'are', 'was',
    'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'have', 'has', 'had', 'let', 'please',
    'yes', 'oh', 'so', 'well', 'thus', 'hence', 'therefore', 'indeed', 'again', 'once', 'first', 'second', 'third',
    'finally', 'overall', 'currently', 'previously', 'recently', 'reportedly', 'allegedly', 'separately', 'similarly',
    'additionally', 'besides', 'otherwise', 'nevertheless', 'nonetheless', 'regarding', 'concerning', 'based',
    'given', 'amid', 'against', 'toward', 'towards', 'within', 'through', 'throughout', 'upon', 'via', 'per'
  ],

  // Organisation heads: a capitalised name ending in one is an organisation.
  orgSuffixes: [
    'ministry', 'agency', 'office', 'house', 'party', 'list', 'alliance', 'coalition', 'council', 'committee', 'commission', 'department', 'service',
    'mosque', 'church', 'cathedral', 'temple', 'hospital', 'clinic', 'school', 'port', 'airport', 'station', 'stadium',
    'services', 'government', 'army', 'navy', 'forces', 'force', 'command', 'defence', 'defense', 'protection', 'bank', 'corp.', 'corp', 'corporation',
    'inc.', 'inc', 'ltd.', 'ltd', 'group', 'union', 'university', 'institute', 'center', 'centre', 'court', 'parliament',
    // Parliaments known by their own names: `the regional Duma Nikolai Gromov` is a body, then a person.
    'duma', 'rada', 'sejm', 'knesset', 'majlis', 'bundestag', 'landtag', 'storting', 'riksdag', 'cortes',
    'assembly', 'congress', 'senate', 'cabinet', 'administration', 'embassy', 'police', 'federation', 'association',
    'organization', 'organisation', 'foundation', 'fund', 'board', 'bureau', 'authority', 'news', 'times', 'post', 'division',
    'herald', 'daily', 'press', 'network', 'television', 'tv', 'radio', 'coalition', 'alliance', 'guard', 'staff',
    'secretariat', 'directorate', 'observatory', 'company', 'co.', 'airlines', 'energy', 'motors', 'electronics',
    'shimbun', 'ilbo', 'journal', 'gazette', 'tribune', 'telegraph', 'chronicle', 'observer', 'review', 'magazine',
    // Places named like institutions ("Kobe Airport", "Osaka Bay"): never a person.
    'airport', 'port', 'station', 'terminal', 'district', 'prefecture', 'province', 'county', 'city', 'island', 'bay',
    'river', 'harbor', 'harbour', 'region', 'stadium', 'bridge', 'canal', 'sluice', 'hamlet', 'village', 'township', 'dam', 'reservoir',
    // Russian ministries and agencies known by their short names (*Минприроды*, *Роспотребнадзор*), as MT transliterates them.
    'minprirody', 'minzdrav', 'minselkhoz', 'mintrans', 'minfin', 'minstroy', 'minenergo', 'minpromtorg', 'mintrud', 'minoborony', 'minyust', 'minobrnauki', 'minkultury', 'minsport', 'mintsifry', 'minek', 'minvostokrazvitiya',
    'rosprirodnadzor', 'rospotrebnadzor', 'rostekhnadzor', 'roskomnadzor', 'rosreestr', 'rosaviatsia', 'rosgvardia', 'mchs',
    // Railways and roads named after places (`the Hoshimura Line`, `Tokaido Railway`).
    'line', 'railway', 'railroad', 'highway', 'expressway', 'motorway',
    // Vietnamese administrative words MT leaves before the name (`xã Tan Hoa`, `huyện Cai Lay`): never a person.
    'xã', 'huyện', 'tỉnh', 'phường', 'quận', 'thôn', 'ấp',
    // Indonesian words for a government body MT leaves before its name (`Dinas Perhubungan`, `Badan Pusat Statistik`).
    'dinas', 'badan', 'kementerian', 'pemkab', 'pemkot', 'pemprov',
    // Romance words for a company or public body MT leaves in a name (`Companhia de Águas do Vale`, `Azienda Trasporti`).
    'companhia', 'compañía', 'compagnie', 'empresa', 'sociedade', 'sociedad', 'società', 'azienda', 'société', 'associação', 'asociación', 'associazione', 'ayuntamiento', 'prefeitura', 'mairie', 'comune', 'gemeente', 'waterschap',
    // Bodies whose names MT calques from French, Spanish and Arabic (`Valbrune Mobility Syndicate`).
    'syndicate', 'cooperative', 'consortium', 'chamber', 'league', 'tribunal', 'municipality', 'metropolis', 'commune',
    'community', 'confederation', 'club', 'society', 'trust', 'platform', 'collective', 'movement', 'utility', 'regency', 'brigade', 'battalion', 'regiment', 'squadron', 'platoon', 'corps', 'forum', 'delegation', 'caucus',
    'inspectorate', 'academy', 'college', 'laboratory', 'museum', 'library', 'exchange', 'holdings', 'bloc',
    // Industries a company is named after (`Huatai Chemical`, `Minas Cement`); not words people are named (`Steel`, `Power`).
    'chemical', 'chemicals', 'pharma', 'pharmaceutical', 'pharmaceuticals', 'textile', 'textiles', 'cement', 'logistics', 'petroleum',
    'industries', 'technologies', 'enterprises', 'contracting', 'trading', 'energie', 'energia', 'énergie', 'groep', 'gruppe', 'grupo', 'gruppo', 'plastics', 'foods', 'beverages', 'brewery', 'breweries', 'refinery', 'telecom', 'railways', 'airways'
  ],

  // Single-word places and institutions used as sources by metonymy
  // ("Pyongyang said", "the Kremlin said"): organisations, never surnames.
  metonyms: [
    'pyongyang', 'seoul', 'tokyo', 'beijing', 'moscow', 'washington', 'kyiv', 'kiev', 'london', 'paris', 'berlin',
    'brussels', 'jakarta', 'hanoi', 'taipei', 'manila', 'bangkok', 'delhi', 'tehran', 'jerusalem', 'ankara', 'ottawa',
    'canberra', 'rome', 'madrid', 'kremlin', 'pentagon', 'whitehall', 'china', 'japan', 'russia', 'ukraine', 'korea',
    'us', 'u.s.', 'usa', 'america', 'britain', 'uk', 'u.k.', 'france', 'germany', 'indonesia', 'india', 'iran', 'israel',
    'turkey', 'vietnam', 'taiwan', 'philippines', 'malaysia', 'singapore', 'thailand', 'australia', 'canada', 'eu', 'nato',
    'un', 'u.n.', 'asean', 'belarus', 'minsk', 'hamas', 'hezbollah', 'brics', 'opec', 'imf', 'who', 'wto', 'interpol'
  ],

  // Months, days and time words: never part of a name or a source.
  timeWords: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon.', 'tue.', 'tues.', 'wed.',
    'thu.', 'thurs.', 'fri.', 'sat.', 'sun.'
  ],

  // Nouns whose presence after "dismissed" or "rejected" makes it a cue.
  speechNouns: [
    'demand', 'demands',
    'reports', 'report', 'information', 'version', 'assumption', 'assumptions', 'insinuation', 'insinuations', 'suggestion', 'suggestions', 'claim', 'claims', 'allegation', 'allegations', 'accusation',
    'accusations', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'criticism', 'criticisms', 'idea', 'notion',
    'charge', 'charges', 'statement', 'statements', 'remarks', 'comments', 'assertion', 'assertions', 'concerns',
    'fears', 'calls', 'demands', 'proposal', 'proposals', 'warnings', 'warning', 'story', 'stories', 'news', 'that',
    // German *Vorwürfe* rendered `reproaches`.
    'reproach', 'reproaches', 'complaints', 'complaint',
    // What a stance verb takes as its object (`rejected the relocation plan`, `denied the request`).
    'plan', 'plans', 'offer', 'offers', 'request', 'requests', 'forecast', 'forecasts', 'figures', 'argument', 'arguments', 'explanation', 'interpretation'
  ],

  // Pronoun sources and their gender; `plural` for they, `org` for it.
  pronouns: [
    {form: 'he', gender: 'm'},
    {form: 'she', gender: 'f'},
    {form: 'they', gender: 'plural'},
    {form: 'it', gender: 'org'},
    {form: 'him', gender: 'm'},
    {form: 'her', gender: 'f'},
    {form: 'them', gender: 'plural'}
  ],

  commonWords: englishWords,

  orgNouns: [
    'company', 'enterprise', 'supplier', 'firm', 'group', 'regulator', 'agency', 'operator', 'maker', 'manufacturer', 'carrier', 'union',
    'bank', 'newspaper', 'daily', 'broadcaster', 'network', 'outlet', 'platform', 'startup', 'conglomerate', 'retailer',
    'insurer', 'lender', 'airline', 'brand', 'party', 'ministry', 'club', 'team', 'institute', 'organisation', 'organization',
    'association', 'federation', 'charity', 'foundation', 'fund', 'watchdog', 'giant', 'developer', 'automaker', 'carmaker',
    'chipmaker', 'producer', 'exporter', 'importer', 'distributor', 'consortium', 'collective', 'movement', 'alliance',
    'coalition', 'magazine', 'website', 'portal', 'channel', 'station', 'publisher', 'university', 'hospital', 'court', 'consultancy', 'consultants', 'cooperative', 'co-operative', 'utility', 'insurance', 'foundation', 'museum', 'council', 'municipality', 'concessionary', 'concessionaire', 'contractor', 'operating company', 'prefecture', 'governorate', 'gendarmerie', 'comité', 'comitato', 'comitê', 'mairie', 'ayuntamiento', 'prefeitura', 'belediye', 'gemeente'
  ],

  placeNouns: [
    'parish', 'village', 'town', 'islands', 'city', 'district', 'subdistrict', 'province', 'region', 'municipality', 'county',
    'island', 'commune', 'canton', 'borough', 'hamlet', 'neighbourhood', 'neighborhood', 'suburb', 'prefecture',
    'regency', 'department', 'state', 'port', 'valley', 'bay', 'coast'
  ],

  // Indonesian geographic words (cape, bay, hill, river, lake, strait, beach, estuary) that open place names.
  placeOpeners: [
    'tanjung', 'teluk', 'bukit', 'sungai', 'danau', 'selat', 'pantai', 'muara',
    // Arabic place words that open a name (`Ras Hamra`, a cape; `Wadi al-Ghadir`, a valley; `Deir al-Rumman`, a monastery town).
    'ras', 'wadi', 'jabal', 'jebel', 'deir', 'khor'
  ],

  titleArticles: ['le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli', 'der', 'die', 'das']
}
