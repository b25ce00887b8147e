import type {SourceWordList} from '../types.js'

/** Polish words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'pl',
  words: [
    // Reporting verbs and attribution.
    'powiedział', 'powiedziała', 'powiedzieli', 'według', 'zdaniem', 'dodał', 'dodała', 'podkreślił', 'podkreśliła', 'stwierdził', 'stwierdziła',
    'zaznaczył', 'zaznaczyła', 'przyznał', 'przyznała', 'poinformował', 'poinformowała', 'mówi', 'mówił', 'twierdzi', 'uważa', 'ocenił', 'oceniła',
    'wyjaśnił', 'wyjaśniła', 'przekazał', 'przekazała', 'zapowiedział', 'zapowiedziała', 'napisał', 'napisała',
    // Conjunctions, adverbs and particles.
    'jednak', 'również', 'także', 'już', 'oraz', 'albo', 'lub', 'więc', 'gdy', 'kiedy', 'gdzie', 'dlaczego', 'ponieważ', 'jeszcze', 'bardzo',
    'tylko', 'też', 'się', 'że', 'czy', 'nie', 'jeśli', 'jeżeli', 'natomiast', 'ponadto', 'zaś', 'wówczas', 'wtedy', 'obecnie', 'około', 'wczoraj',
    'dzisiaj', 'dziś', 'jutro', 'przez', 'przy', 'dla', 'przed', 'między', 'bez', 'podczas', 'według niego', 'według niej',
    // Pronouns, relatives and auxiliaries.
    'który', 'która', 'które', 'którzy', 'którego', 'której', 'jest', 'są', 'był', 'była', 'było', 'byli', 'będzie', 'będą', 'został', 'została',
    'zostało', 'zostały', 'może', 'mogą', 'musi', 'mają', 'tym', 'tego', 'tej', 'jego', 'jej', 'ich', 'roku', 'mln', 'mld', 'zł', 'proc.'
  ],
  honorifics: ['Pan', 'Pani', 'Panu', 'Panią'],
  spared: [
    'pierogi', 'kielbasa', 'kiełbasa', 'zloty', 'złoty', 'zlotys', 'sejm', 'senat', 'solidarność', 'solidarnosc', 'bigos', 'wódka', 'szlachta',
    'voivodeship', 'powiat', 'gmina', 'żubrówka', 'oscypek', 'ekstraklasa'
  ]
}
