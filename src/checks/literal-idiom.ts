/**
 * `literal-idiom`: idioms and set phrases rendered word for word
 * ("It's empty" for *omong kosong*, "green table" for *meja hijau*).
 */
import {defineCheck} from '../core/define-check.js'
import {runLexiconCheck} from '../core/lexicon-check.js'
import {idiomsByLanguage} from '../data/index.js'

export const literalIdiom = defineCheck(
  {
    ruleId: 'literal-idiom',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: false,
    description: 'Idioms and set phrases rendered word for word (“It’s empty” for “nonsense”)'
  },
  ({context, report}) => {
    runLexiconCheck('literal-idiom', idiomsByLanguage, context, report, (entry) => (entry.kind === 'idiom' ? 'word-for-word rendering of the idiom' : 'literal rendering'))
  }
)
