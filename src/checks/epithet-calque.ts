/**
 * `epithet-calque`: journalistic nicknames of countries and cities
 * translated word for word ("Uncle Sam's country" for *Negeri Paman Sam*).
 */
import {defineCheck} from '../core/define-check.js'
import {runLexiconCheck} from '../core/lexicon-check.js'
import {epithetsByLanguage} from '../data/index.js'

export const epithetCalque = defineCheck(
  {
    ruleId: 'epithet-calque',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: true,
    description: 'Press nicknames of countries and cities translated word for word (“Uncle Sam’s country” for the United States)'
  },
  ({context, report}) => {
    runLexiconCheck('epithet-calque', epithetsByLanguage, context, report, () => 'word-for-word rendering of the epithet')
  }
)
