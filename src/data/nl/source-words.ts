import type {SourceWordList} from '../types.js'

/** Dutch words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'nl',
  words: [
    // Reporting verbs and attribution.
    'zei', 'zei hij', 'zei ze', 'zegt', 'zeggen', 'aldus', 'volgens', 'volgens hem', 'volgens haar', 'verklaarde', 'benadrukte', 'liet weten',
    'meldde', 'stelde', 'aldus de', 'verklaart',
    // Conjunctions, adverbs and particles.
    'echter', 'maar', 'ook', 'niet', 'wel', 'dus', 'omdat', 'toen', 'terwijl', 'hoewel', 'daarnaast', 'bovendien', 'inmiddels', 'ongeveer',
    'namelijk', 'vanwege', 'tijdens', 'sinds', 'tussen', 'zonder', 'eveneens', 'tevens', 'zowel', 'alsnog', 'daarom', 'daardoor', 'nadat',
    'voordat', 'waardoor', 'gisteren', 'vandaag', 'nog steeds', 'al jaren', 'ruim', 'bijna', 'zeker',
    // Articles, pronouns and auxiliaries that are not English words.
    'een', 'zijn', 'hij', 'zij', 'wij', 'jullie', 'onze', 'hun', 'deze', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'kunnen', 'moet',
    'moeten', 'zal', 'zullen', 'zou', 'zouden', 'jaar', 'miljoen', 'miljard', 'procent', 'uur', 'het kabinet'
  ],
  terms: {rijksmonument: 'listed building', burgemeester: 'mayor', raadslid: 'councillor', raadsleden: 'councillors', buurthuis: 'community centre', wijkcentrum: 'community centre', wethouder: 'alderman', gemeente: 'municipality', gemeenteraad: 'municipal council', waterschap: 'water board', huisarts: 'GP', huisartsenpost: 'out-of-hours GP service', milieueffectrapportage: 'environmental impact assessment'},
  honorifics: ['Dhr.', 'dhr.', 'Mevr.', 'mevr.', 'Meneer', 'Mevrouw', 'Drs.', 'Ir.'],
  spared: [
    'gezellig', 'gezelligheid', 'polder', 'polders', 'apartheid', 'boer', 'boers', 'trek', 'stoop', 'cookie', 'yacht', 'kermis', 'stroopwafel',
    'tulip', 'dijk', 'randstad', 'binnenhof', 'tweede', 'kamer', 'eredivisie', 'oranje'
  ]
}
