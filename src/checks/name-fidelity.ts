/**
 * `name-fidelity`: person, place and organisation names of the reference
 * that the MT writes differently (`Park Sun Won` for `Park Sun-won`),
 * misspells (`Lukashenka` for `Lukashenko`) or leaves out (`he` where the
 * reference names `Park`), and a surname alone on first mention where the
 * reference introduces the full name and role (`Kirby said` for `White House
 * national security spokesman John Kirby told`).
 */
import {englishWords} from '../data/en/common-words.js'
import {comparisonOf, counterpart, type Comparison} from '../compare/comparison.js'
import {contentGaps} from '../compare/gaps.js'
import {shown, spanOf} from '../compare/messages.js'
import {compact, editDistance, isRole, namesOf, surface, type Name} from '../compare/names.js'
import {defineCheck, type Problem} from '../core/define-check.js'
import type {QaContext} from '../core/context.js'

export const nameFidelity = defineCheck(
  {
    ruleId: 'name-fidelity',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: false,
    needsReference: true,
    targets: ['en', 'fr'],
    description: 'Names of the reference that the MT text misspells, transliterates differently, leaves out, or gives by surname alone on first mention'
  },
  ({context, report}) => {
    const comparison = comparisonOf(context)
    if (!comparison || !comparison.usable) return
    const state: State = {
      comparison,
      mtNames: namesOf(comparison.mt),
      referenceNames: namesOf(comparison.reference),
      taken: [],
      report(problem) {
        if (this.taken.some(([start, end]) => start < problem.end && problem.start < end)) return
        this.taken.push([problem.start, problem.end])
        report(problem)
      }
    }
    surnameOnly(state)
    variants(state)
    misspellings(state)
    missing(state, context)
  }
)

interface State {
  comparison: Comparison
  mtNames: Name[]
  referenceNames: Name[]
  /** MT spans already reported, so one name gets one finding. */
  taken: Array<[number, number]>
  report: (problem: Problem) => void
}

// Compact forms of every token of a side, computed once.
const compacts = new WeakMap<object, string[]>()
function compactsOf(comparison: Comparison, which: 'mt' | 'reference'): string[] {
  const side = comparison[which]
  let list = compacts.get(side)
  if (!list) {
    const text = side.model.text
    list = side.tokens.map((token) => (token.capitalized ? compact(text.slice(token.start, token.end)) : token.key))
    compacts.set(side, list)
  }
  return list
}

const tokenCompact = (comparison: Comparison, which: 'mt' | 'reference', index: number): string => compactsOf(comparison, which)[index]!

/** Whether the `count` reference tokens before `referenceIndex` are the MT tokens before `mtIndex`, word for word. */
function sameWordsBefore(comparison: Comparison, referenceIndex: number, mtIndex: number, count: number): boolean {
  if (mtIndex - count < 0) return false
  for (let offset = 1; offset <= count; offset++) {
    if (tokenCompact(comparison, 'reference', referenceIndex - offset) !== tokenCompact(comparison, 'mt', mtIndex - offset)) return false
  }
  return true
}

/** Different spelling of the same letters: hyphens, spaces, case, diacritics. */
function variants(state: State): void {
  const {comparison} = state
  const referenceText = comparison.reference.model.text
  const mtText = comparison.mt.model.text
  const windows = new Map<string, {start: number; end: number}>()
  const surfaces = new Set<string>()
  for (const name of state.referenceNames) {
    eachWindow(comparison, 'reference', name, (first, last) => {
      const start = comparison.reference.tokens[first]!.start
      const end = comparison.reference.tokens[last]!.end
      const key = compact(referenceText.slice(start, end))
      if (key.length >= 4 && !windows.has(key)) windows.set(key, {start, end})
      surfaces.add(surface(referenceText, start, end))
    })
  }
  for (const name of state.mtNames) {
    eachWindow(comparison, 'mt', name, (first, last) => {
      const start = comparison.mt.tokens[first]!.start
      const end = comparison.mt.tokens[last]!.end
      const found = windows.get(compact(mtText.slice(start, end)))
      if (!found) return
      const written = surface(mtText, start, end)
      if (surfaces.has(written)) return
      const expected = surface(referenceText, found.start, found.end)
      const actualEnd = start + written.length
      state.report({
        start,
        end: actualEnd,
        message: `Unexpected \`${shown(written)}\`, expected \`${shown(expected)}\` as in the reference: the name is written differently`,
        expected: [expected],
        subId: 'variant',
        category: 'locale-convention/name-format',
        severity: 'minor',
        confidence: 0.9,
        reference: spanOf(referenceText, found.start, found.start + expected.length)
      })
    })
  }
}

/** Sub-windows of a name, longest first. */
function eachWindow(comparison: Comparison, which: 'mt' | 'reference', name: Name, visit: (first: number, last: number) => void): void {
  const count = name.last - name.first + 1
  for (let size = Math.min(count, 6); size >= 1; size--) {
    for (let first = name.first; first + size - 1 <= name.last; first++) {
      // Windows start and end on name words, not on `of`.
      const last = first + size - 1
      if (!comparison[which].tokens[first]!.capitalized || !comparison[which].tokens[last]!.capitalized) continue
      visit(first, last)
    }
  }
}

/** A name word of the reference the MT does not have, where a close spelling stands in the aligned sentences. */
function misspellings(state: State): void {
  const {comparison} = state
  const mtWords = new Set(compactsOf(comparison, 'mt'))
  const referenceWords = new Set(compactsOf(comparison, 'reference'))
  const done = new Set<string>()
  let occurrences: Map<string, number[]> | undefined
  for (const name of state.referenceNames) {
    for (let index = name.first; index <= name.last; index++) {
      const token = comparison.reference.tokens[index]!
      const word = tokenCompact(comparison, 'reference', index)
      if (!token.capitalized || word.length < 4 || mtWords.has(word) || englishWords.has(word) || done.has(word)) continue
      const group = comparison.reference.groupOf[token.sentence]!
      const limit = word.length >= 7 ? 2 : 1
      let best: {index: number; distance: number; word: string} | undefined
      for (const sentence of nearbySentences(comparison, 'mt', group)) {
        for (let candidate = comparison.mt.sentenceTokens[sentence]!; candidate < comparison.mt.sentenceTokens[sentence + 1]!; candidate++) {
          const entry = comparison.mt.tokens[candidate]!
          if (!entry.capitalized) continue
          const other = tokenCompact(comparison, 'mt', candidate)
          if (other[0] !== word[0] || referenceWords.has(other) || other.length < 4) continue
          const distance = editDistance(word, other, limit)
          if (distance <= limit && (!best || distance < best.distance)) best = {index: candidate, distance, word: other}
        }
      }
      if (!best) continue
      done.add(word)
      const expected = surface(comparison.reference.model.text, token.start, token.end)
      // Every MT occurrence of the misspelling.
      if (!occurrences) {
        occurrences = new Map()
        compactsOf(comparison, 'mt').forEach((word, index) => {
          const list = occurrences!.get(word)
          if (list) list.push(index)
          else occurrences!.set(word, [index])
        })
      }
      for (const candidate of occurrences.get(best.word) ?? []) {
        const entry = comparison.mt.tokens[candidate]!
        const written = surface(comparison.mt.model.text, entry.start, entry.end)
        state.report({
          start: entry.start,
          end: entry.start + written.length,
          message: `Unexpected \`${shown(written)}\`, expected \`${shown(expected)}\` as in the reference: the name is misspelled`,
          expected: [expected],
          subId: 'misspelled',
          confidence: best!.distance === 1 ? 0.85 : 0.7,
          reference: spanOf(comparison.reference.model.text, token.start, token.start + expected.length)
        })
      }
    }
  }
}

function nearbySentences(comparison: Comparison, which: 'mt' | 'reference', group: number): number[] {
  const sentences: number[] = []
  for (let at = Math.max(0, group - 1); at <= Math.min(comparison.groups.length - 1, group + 1); at++) sentences.push(...comparison.groups[at]![which])
  return sentences
}

const cueWords: ReadonlySet<string> = new Set(
  (
    'said says say told tell added warned stated explained noted asked according continued claimed insisted argued announced ' +
    'confirmed denied wrote cautioned stressed emphasized emphasised admitted acknowledged replied responded recalled suggested ' +
    'urged predicted reported commented remarked declared assured promised revealed conceded specified reacted'
  ).split(' ')
)

/**
 * The MT's first mention of a person is the surname alone where the
 * reference's first mention gives the full name (and role).
 */
function surnameOnly(state: State): void {
  const {comparison} = state
  const reference = comparison.reference
  const mt = comparison.mt
  const firstInReference = new Map<string, number>()
  reference.tokens.forEach((token, index) => {
    if (token.capitalized) {
      const word = tokenCompact(comparison, 'reference', index)
      if (!firstInReference.has(word)) firstInReference.set(word, index)
    }
  })
  const firstInMt = new Map<string, number>()
  mt.tokens.forEach((token, index) => {
    if (!token.capitalized) return
    const word = tokenCompact(comparison, 'mt', index)
    if (!firstInMt.has(word)) firstInMt.set(word, index)
  })
  const done = new Set<string>()
  for (const name of state.referenceNames) {
    let first = name.first
    while (first < name.last && isRole(reference.tokens[first]!.key)) first++
    if (name.last - first < 1) continue
    // The short form is the family name: last (`John Kirby`) or first (`Zhang Hongbo`, `Park Sun-won`).
    let shortIndex = -1
    let firstMt = -1
    for (const index of [name.last, first]) {
      const word = tokenCompact(comparison, 'reference', index)
      if (done.has(word) || word.length < 2 || englishWords.has(word) || firstInReference.get(word) !== index) continue
      const found = firstInMt.get(word) ?? -1
      if (found >= 0) {
        shortIndex = index
        firstMt = found
        break
      }
    }
    for (let index = first; index <= name.last; index++) done.add(tokenCompact(comparison, 'reference', index))
    if (shortIndex < 0) continue
    // The MT's first mention is introduced when another name word (not a title) stands next to it.
    const mtName = state.mtNames.find((candidate) => candidate.first <= firstMt && firstMt <= candidate.last)
    if (mtName && ((firstMt > mtName.first && !isRole(mt.tokens[firstMt - 1]!.key)) || firstMt < mtName.last)) continue
    // The MT writes the reference's words before it too (`Sierra Alta General Hospital`), whatever its own name
    // reading made of them (`Sierra`, `Alta` are Spanish words the MT side may set apart).
    if (shortIndex > first && sameWordsBefore(comparison, shortIndex, firstMt, shortIndex - first)) continue
    const role = roleStart(comparison, name)
    const roleBefore = role < name.first
    const cue = nearCue(comparison, 'mt', firstMt)
    if (!roleBefore && !cue && appositiveEnd(comparison, name) === undefined) continue
    const token = mt.tokens[firstMt]!
    // A title the MT put before the surname (`M. Rossi`, `President Lukashenko`) goes with it.
    let from = firstMt
    while (mtName && from > mtName.first && isRole(mt.tokens[from - 1]!.key)) from--
    const written = surface(mt.model.text, mt.tokens[from]!.start, token.end)
    const start = reference.tokens[role]!.start
    const apposition = appositiveEnd(comparison, name)
    const end = apposition ?? reference.tokens[name.last]!.start + surface(reference.model.text, reference.tokens[name.last]!.start, reference.tokens[name.last]!.end).length
    // `Wibowo said` → `Hari Wibowo, head of disease control at the health office, said`.
    const closing = apposition !== undefined && /^ \p{L}/u.test(mt.model.text.slice(token.end, token.end + 2)) ? ',' : ''
    const expected = reference.model.text.slice(start, end).replace(/\s+/g, ' ') + closing
    state.report({
      start: mt.tokens[from]!.start,
      end: mt.tokens[from]!.start + written.length,
      message: `Unexpected \`${shown(written)}\` on first mention, expected \`${shown(expected, 80)}\` as in the reference`,
      expected: [expected],
      subId: 'surname-only',
      category: 'accuracy/attribution',
      severity: 'minor',
      confidence: 0.8,
      reference: spanOf(reference.model.text, start, end)
    })
  }
}

/** Whether a reporting verb is within two words of token `index`, in its sentence (`Kirby said`, `told Kirby`). */
function nearCue(comparison: Comparison, which: 'mt' | 'reference', index: number): boolean {
  const side = comparison[which]
  const sentence = side.tokens[index]!.sentence
  for (const at of [index - 2, index - 1, index + 1, index + 2]) {
    const token = side.tokens[at]
    if (token && token.sentence === sentence && cueWords.has(side.model.text.slice(token.start, token.end).toLowerCase())) return true
  }
  return false
}

/** End of a role in apposition after a name (`Hari Wibowo, head of disease control at the health office`), if any. */
function appositiveEnd(comparison: Comparison, name: Name): number | undefined {
  const {tokens} = comparison.reference
  const text = comparison.reference.model.text
  let index = name.last + 1
  if (!tokens[index] || tokens[index]!.sentence !== tokens[name.last]!.sentence || !/^['’]?s?,\s+$/.test(text.slice(tokens[name.last]!.end, tokens[index]!.start))) return undefined
  while (tokens[index] && !tokens[index]!.content && index - name.last < 3) index++
  if (!tokens[index] || !isRole(tokens[index]!.key)) return undefined
  let last = index
  while (tokens[last + 1] && tokens[last + 1]!.sentence === tokens[last]!.sentence && last - name.last < 14 && /^\s+$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++
  // Close a parenthesis the role opened (`Economics (HWWI)`).
  let end = tokens[last]!.end
  if (text[end] === ')' && text.lastIndexOf('(', end) > tokens[index]!.start) end++
  return end
}

/** First token of the role and name words before a name (`White House national security spokesman John Kirby`). */
function roleStart(comparison: Comparison, name: Name): number {
  const {tokens} = comparison.reference
  const text = comparison.reference.model.text
  let first = name.first
  while (first > 0 && name.first - first < 8) {
    const previous = tokens[first - 1]!
    if (previous.sentence !== tokens[first]!.sentence || text.slice(previous.end, tokens[first]!.start) !== ' ') break
    if (!(previous.capitalized || isRole(previous.key))) break
    first--
  }
  // Do not start on a lower-case modifier (`national`) without the capitalised words before it.
  return first
}

/**
 * A name the reference has in an aligned sentence where the MT has no word
 * of it: persons (names of two words or more, and their surnames).
 */
function missing(state: State, context: QaContext): void {
  const {comparison} = state
  const reference = comparison.reference
  const omitted = contentGaps(context, comparison, 'reference')
  for (const name of state.referenceNames) {
    // Only full names: a surname the MT gives as `he` is the reference writer's explicitness, not a lost name.
    if (name.last === name.first) continue
    const token = reference.tokens[name.first]!
    const group = reference.groupOf[token.sentence]!
    if (comparison.groups[group]!.mt.length === 0) continue
    if (omitted.some((gap) => gap.start <= name.start && name.end <= gap.end)) continue
    const bags = [comparison.bag('mt', group, 1)]
    let present = false
    for (let index = name.first; index <= name.last; index++) {
      const entry = reference.tokens[index]!
      if (entry.capitalized && bags.some((bag) => bag.has(entry.key))) present = true
    }
    if (present) continue
    const diff = comparison.diff(group)
    const near = counterpart(diff, 'reference', name.first)
    const after = counterpart(diff, 'reference', name.last).after
    // The MT words between the aligned words around the name stand in for it (`he`, `the official`).
    let start: number | undefined
    let end: number | undefined
    if (near.before !== undefined && after !== undefined && after - near.before > 1 && after - near.before <= 5) {
      start = comparison.mt.tokens[near.before + 1]!.start
      end = comparison.mt.tokens[after - 1]!.end
    } else if (near.before === undefined && after !== undefined && after > diff.mt[0] && after - diff.mt[0] <= 4) {
      start = comparison.mt.tokens[diff.mt[0]]!.start
      end = comparison.mt.tokens[after - 1]!.end
    }
    if (start === undefined || end === undefined) continue
    const expected = surface(reference.model.text, name.start, name.end)
    const actual = comparison.mt.model.text.slice(start, end)
    state.report({
      start,
      end,
      message: `Unexpected \`${shown(actual)}\`, expected \`${shown(expected)}\` as in the reference: the name is missing`,
      expected: [expected],
      subId: 'missing',
      confidence: 0.6,
      reference: spanOf(reference.model.text, name.start, name.start + expected.length)
    })
  }
}
