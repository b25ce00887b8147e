import type {SourceWordList} from '../types.js'

/** German words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'de',
  words: [
    // Reporting verbs and attribution.
    'sagte er', 'sagte sie', 'sagten sie', 'so ein sprecher', 'so eine sprecherin', 'sagte', 'sagten', 'sagt', 'erklärte', 'betonte', 'teilte',
    'mitteilte', 'hieß', 'heißt', 'laut', 'zufolge', 'demnach', 'berichtete', 'kündigte', 'warnte', 'fügte', 'hinzu',
    // Conjunctions, adverbs and particles.
    'jedoch', 'bereits', 'sowie', 'bzw.', 'bzw', 'allerdings', 'gegenüber', 'außerdem', 'ausserdem', 'nämlich', 'zudem', 'darüber', 'dabei',
    'zwar', 'weiterhin', 'bisher', 'derzeit', 'künftig', 'damit', 'dass', 'daß', 'oder', 'und', 'aber', 'sondern', 'weil', 'wenn', 'obwohl',
    'nicht', 'noch', 'auch', 'schon', 'sehr', 'nur', 'immer', 'insgesamt', 'jeweils', 'beziehungsweise', 'inzwischen', 'mittlerweile',
    'ebenfalls', 'dennoch', 'trotzdem', 'deshalb', 'deswegen', 'daher', 'sowohl', 'weder', 'bislang', 'erneut', 'zunächst', 'zuletzt',
    'etwa', 'rund', 'knapp', 'gut', 'ungefähr', 'mehr als', 'z.b.', 'u.a.', 'd.h.', 'usw.', 'usw', 'ca.',
    // Prepositions and articles that are not English words.
    'für', 'über', 'nach', 'bei', 'beim', 'vom', 'zum', 'zur', 'aus', 'mit', 'gegen', 'ohne', 'zwischen', 'während', 'wegen', 'trotz',
    'seit', 'bis', 'unter', 'neben', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'der', 'das', 'dem', 'dieser', 'diese', 'dieses',
    // Pronouns and auxiliaries.
    'ich', 'wir', 'sie', 'uns', 'ihr', 'ihre', 'ihren', 'sein', 'seine', 'seinen', 'ist', 'sind', 'waren', 'wird', 'werden', 'wurde',
    'wurden', 'worden', 'haben', 'hatte', 'hatten', 'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'sei', 'seien', 'wäre', 'würde',
    // Time words.
    'uhr', 'heute', 'gestern', 'morgen', 'jahr', 'jahren', 'prozent', 'millionen', 'milliarden'
  ],
  honorifics: ['Herr', 'Herrn', 'Frau', 'Hr.', 'Fr.', 'Fräulein'],
  spared: [
    'kindergarten', 'angst', 'zeitgeist', 'bundestag', 'bundesrat', 'land', 'länder', 'autobahn', 'wanderlust', 'ersatz', 'kitsch', 'realpolitik',
    'schadenfreude', 'leitmotiv', 'leitmotif', 'doppelgänger', 'mittelstand', 'energiewende', 'bundesliga', 'bundeswehr', 'bundesbank', 'reich',
    'blitz', 'wunderkind', 'poltergeist', 'rucksack', 'kaputt', 'dax', 'ostpolitik', 'gemütlichkeit', 'weltanschauung', 'gestalt', 'glockenspiel',
    'lederhosen', 'dirndl', 'oktoberfest', 'pretzel', 'strudel', 'schnitzel', 'bratwurst', 'sauerkraut', 'kaiser', 'fest', 'uber', 'über'
  ]
}
