/**
 * Frequent English words, written for translation-qa. Source-language word
 * lists are filtered through them, so a source word that is also an English
 * word (German `die`, Dutch `in`) is never flagged as untranslated.
 */

/** English function words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
export const englishFunctionWords: ReadonlySet<string> = new Set(
  (
    'a an the this that these those some any each every no not nor and or but if then than so as because while ' +
    'although though since until unless whether of in on at by for with from to into onto upon about above below ' +
    'over under between among through during before after against without within along across behind beyond ' +
    'near around per via i me my mine we us our ours you your yours he him his she her hers it its they them their ' +
    'theirs who whom whose which what when where why how there here is are was were be been being am do does did ' +
    'have has had having will would shall should can could may might must also only just very more most such ' +
    'other another all both either neither own same too again further once out up down off'
  ).split(' ')
)

/** Frequent English content words, plus the function words. */
export const englishWords: ReadonlySet<string> = new Set([
  ...englishFunctionWords,
  ...(
    'said say says told tell according new one two three four five six seven eight nine ten first last year years ' +
    'day days week month time people man men woman women child children government president minister state states ' +
    'country countries city world war police official officials report reports news party group per cent percent ' +
    'million billion thousand hundred make made take took go went come came see saw know knew get got give gave use ' +
    'used find found want work works part place case point number way well back even still good great high long ' +
    'little old big small large next early late public local national international military army troops soldiers ' +
    'attack security foreign minister ministry general head chief director spokesman spokeswoman leader member ' +
    'members agency company market price prices rate money bank water school house home family life death killed ' +
    'die died dead man kind son sun hat bin war was also see rest pot pan land hand bad gift kind rock bad arm ' +
    'ban bank bar bat bay bed bet big bit box boy bus buy car cat cut dam den dog ego end eye fan far fat fee few ' +
    'fit fix fly fog fun gas gun guy hit hot ice job key kid law lay led leg let lie lot low mad map mix mob mud ' +
    'net nor now nut oil pay pen pet pie pin pit pop put ran raw red rid row run sad sat sea set sex shy sit six ' +
    'sky tax tea ten tie tip top toy try van war wet win yes yet zoo data media via tempo mama papa radio piano ' +
    'menu taxi hotel video real sale date dame pro con contra rumour rumor king queen prince bali java so um'
  ).split(' ')
])
