/**
 * `mt-boilerplate`: AI and machine-translation disclaimers, translation
 * footers and "Read also" link lines that must not be published with the
 * article.
 */
import {defineCheck} from '../core/define-check.js'
import {boilerplate} from '../data/index.js'
import type {BoilerplateEntry} from '../data/types.js'
import {sentenceAt} from '../text/model.js'
import {PhraseMatcher} from '../text/phrases.js'
import type {TargetLanguage} from '../types.js'

const matchers = new Map<TargetLanguage, PhraseMatcher<BoilerplateEntry>>()

function matcherFor(target: TargetLanguage): PhraseMatcher<BoilerplateEntry> {
  let matcher = matchers.get(target)
  if (!matcher) {
    matcher = new PhraseMatcher<BoilerplateEntry>(target)
    for (const entry of boilerplate) for (const phrase of entry.phrases[target] ?? []) matcher.add(phrase, entry)
    matchers.set(target, matcher)
  }
  return matcher
}

export const mtBoilerplate = defineCheck(
  {
    ruleId: 'mt-boilerplate',
    category: 'design-and-markup/boilerplate',
    severity: 'major',
    fixable: true,
    description: 'AI or machine-translation disclaimers, translation footers and “Read also” lines left in the article'
  },
  ({context, report}) => {
    const {model, targetLang} = context
    const matches = [...matcherFor(targetLang).match(model)]
    const custom = context.lexicon.filter((entry) => entry.check === 'mt-boilerplate')
    if (custom.length > 0) {
      const matcher = new PhraseMatcher<BoilerplateEntry>(targetLang)
      for (const entry of custom) for (const phrase of entry.phrases) matcher.add(phrase, {id: entry.id, phrases: {}, meaning: entry.meaning ?? 'boilerplate'})
      matches.push(...matcher.match(model))
    }
    const flagged = new Set<number>()
    for (const match of matches) {
      const entry = match.values[0]!
      const sentence = model.sentences[match.wordStart >= 0 ? model.words[match.wordStart]!.sentence : sentenceAt(model, match.start)]
      if (!sentence) continue
      // A footer paragraph of at most three sentences goes whole; otherwise the sentence.
      const paragraph = model.paragraphs[sentence.paragraph]!
      const sentencesInParagraph = paragraph.sentenceEnd - paragraph.sentenceStart
      const span = sentencesInParagraph <= 3 ? paragraph : sentence
      if (flagged.has(span.start)) continue
      flagged.add(span.start)
      const shown = model.text.slice(span.start, Math.min(span.end, span.start + 60)).replace(/\s+/g, ' ')
      report({
        start: span.start,
        end: span.end,
        message: `Unexpected \`${shown}${span.end - span.start > 60 ? '…' : ''}\`, expected nothing: ${entry.meaning}`,
        expected: [],
        subId: entry.id,
        confidence: 0.95
      })
    }
  }
)
