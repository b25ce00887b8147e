/**
 * A light English inflection fold for phrase matching: `throws`, `threw`,
 * `throwing` and `thrown` all fold to one key, so a lexicon literal written
 * once ("throw the shotgun into the grain field") matches every tense MT
 * produces. Not a stemmer for search: both sides of a comparison go through
 * the same fold, so only consistency matters, and phrases of several words
 * keep false matches rare.
 */

// Irregular forms → base form (the base is folded again by the regular rules).
const irregular: ReadonlyMap<string, string> = new Map(
  (
    'threw:throw thrown:throw fell:fall fallen:fall took:take taken:take gave:give given:give ate:eat eaten:eat ' +
    'brought:bring bought:buy caught:catch sold:sell told:tell held:hold kept:keep lost:lose made:make sat:sit ' +
    'sought:seek spoke:speak spoken:speak stood:stand struck:strike went:go gone:go won:win wrote:write ' +
    'written:write bit:bite bitten:bite broke:break broken:break drew:draw drawn:draw drove:drive driven:drive ' +
    'ran:run rose:rise risen:rise saw:see seen:see shook:shake shaken:shake stole:steal stolen:steal swam:swim ' +
    'tore:tear torn:tear woke:wake hung:hang dug:dig laid:lay paid:pay said:say got:get gotten:get had:have ' +
    'has:have having:have did:do does:do done:do was:be were:be is:be are:be been:be being:be am:be ' +
    'tied:tie tying:tie lied:lie lying:lie died:die dying:die men:man women:woman feet:foot teeth:tooth ' +
    'mice:mouse geese:goose children:child lives:life knives:knife leaves:leaf wolves:wolf halves:half ' +
    'came:come became:become coming:come becoming:become began:begin begun:begin flew:fly flown:fly grew:grow grown:grow knew:know known:know threw:throw ' +
    'blew:blow blown:blow sang:sing sung:sing sank:sink sunk:sink put:put cut:cut hit:hit let:let set:set ' +
    'shut:shut spread:spread cost:cost beat:beat beaten:beat found:find left:leave felt:feel meant:mean ' +
    'met:meet sent:send spent:spend built:build lent:lend bent:bend burnt:burn learnt:learn fought:fight ' +
    'thought:think taught:teach led:lead fed:feed bled:bleed fled:flee slept:sleep swept:sweep wept:weep'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
)

const letters = /^[a-z]+$/
const doubled = /(bb|dd|gg|ll|mm|nn|pp|rr|tt)$/

/** Fold an English word (lower-case) to its inflection key. */
export function foldInflection(word: string): string {
  const base = irregular.get(word)
  if (base !== undefined) return foldRegular(base)
  return word.length <= 3 || !letters.test(word) ? word : foldRegular(word)
}

function foldRegular(word: string): string {
  if (word.length <= 3) return word
  let base = word
  if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`
  else if (base.length > 4 && base.endsWith('ied')) base = `${base.slice(0, -3)}y`
  else if (base.length >= 6 && base.endsWith('ing')) base = base.slice(0, -3)
  else if (base.length >= 5 && base.endsWith('ed')) base = base.slice(0, -2)
  else if (base.length >= 5 && /(?:s|x|z|ch|sh)es$/.test(base)) base = base.slice(0, -2)
  else if (base.length >= 4 && base.endsWith('s') && !base.endsWith('ss') && !base.endsWith('us') && !base.endsWith('is')) base = base.slice(0, -1)
  if (base.length >= 4 && base.endsWith('e')) base = base.slice(0, -1)
  if (base.length >= 4 && doubled.test(base)) base = base.slice(0, -1)
  return base
}
