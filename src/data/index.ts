/**
 * The lexicons by source language. Each language keeps its own files in
 * `src/data/<lang>/` (epithets, idioms, source words); this module only
 * gathers them for the checks.
 */
import type {CalqueEntry, SourceWordList} from './types.js'
import type {SourceLanguage} from '../types.js'
import {epithets as epithetsId} from './id/epithets.js'
import {idioms as idiomsId} from './id/idioms.js'
import {newsIdioms as newsIdiomsId} from './id/news-idioms.js'
import {sourceWords as sourceWordsId} from './id/source-words.js'
import {epithets as epithetsMs} from './ms/epithets.js'
import {idioms as idiomsMs} from './ms/idioms.js'
import {sourceWords as sourceWordsMs} from './ms/source-words.js'
import {epithets as epithetsDe} from './de/epithets.js'
import {idioms as idiomsDe} from './de/idioms.js'
import {newsIdioms as newsIdiomsDe} from './de/news-idioms.js'
import {sourceWords as sourceWordsDe} from './de/source-words.js'
import {epithets as epithetsFr} from './fr/epithets.js'
import {idioms as idiomsFr} from './fr/idioms.js'
import {newsIdioms as newsIdiomsFr} from './fr/news-idioms.js'
import {sourceWords as sourceWordsFr} from './fr/source-words.js'
import {epithets as epithetsEs} from './es/epithets.js'
import {idioms as idiomsEs} from './es/idioms.js'
import {newsIdioms as newsIdiomsEs} from './es/news-idioms.js'
import {sourceWords as sourceWordsEs} from './es/source-words.js'
import {epithets as epithetsPt} from './pt/epithets.js'
import {idioms as idiomsPt} from './pt/idioms.js'
import {newsIdioms as newsIdiomsPt} from './pt/news-idioms.js'
import {sourceWords as sourceWordsPt} from './pt/source-words.js'
import {epithets as epithetsIt} from './it/epithets.js'
import {idioms as idiomsIt} from './it/idioms.js'
import {newsIdioms as newsIdiomsIt} from './it/news-idioms.js'
import {sourceWords as sourceWordsIt} from './it/source-words.js'
import {epithets as epithetsNl} from './nl/epithets.js'
import {idioms as idiomsNl} from './nl/idioms.js'
import {sourceWords as sourceWordsNl} from './nl/source-words.js'
import {epithets as epithetsPl} from './pl/epithets.js'
import {idioms as idiomsPl} from './pl/idioms.js'
import {sourceWords as sourceWordsPl} from './pl/source-words.js'
import {epithets as epithetsTr} from './tr/epithets.js'
import {idioms as idiomsTr} from './tr/idioms.js'
import {sourceWords as sourceWordsTr} from './tr/source-words.js'
import {epithets as epithetsVi} from './vi/epithets.js'
import {idioms as idiomsVi} from './vi/idioms.js'
import {sourceWords as sourceWordsVi} from './vi/source-words.js'
import {epithets as epithetsRu} from './ru/epithets.js'
import {idioms as idiomsRu} from './ru/idioms.js'
import {sourceWords as sourceWordsRu} from './ru/source-words.js'
import {epithets as epithetsZh} from './zh/epithets.js'
import {idioms as idiomsZh} from './zh/idioms.js'
import {sourceWords as sourceWordsZh} from './zh/source-words.js'
import {epithets as epithetsJa} from './ja/epithets.js'
import {idioms as idiomsJa} from './ja/idioms.js'
import {sourceWords as sourceWordsJa} from './ja/source-words.js'
import {epithets as epithetsAr} from './ar/epithets.js'
import {idioms as idiomsAr} from './ar/idioms.js'
import {sourceWords as sourceWordsAr} from './ar/source-words.js'

export {boilerplate} from './boilerplate.js'

type ByLanguage<T> = Readonly<Partial<Record<SourceLanguage, T>>>

/** Journalistic nicknames of countries, cities and organisations (`epithet-calque`). */
export const epithetsByLanguage: ByLanguage<readonly CalqueEntry[]> = {
  id: epithetsId,
  ms: epithetsMs,
  de: epithetsDe,
  fr: epithetsFr,
  es: epithetsEs,
  pt: epithetsPt,
  it: epithetsIt,
  nl: epithetsNl,
  pl: epithetsPl,
  tr: epithetsTr,
  vi: epithetsVi,
  ru: epithetsRu,
  zh: epithetsZh,
  ja: epithetsJa,
  ar: epithetsAr
}

/** Idioms and set phrases that MT renders word for word (`literal-idiom`). */
export const idiomsByLanguage: ByLanguage<readonly CalqueEntry[]> = {
  id: [...idiomsId, ...newsIdiomsId],
  ms: idiomsMs,
  de: [...idiomsDe, ...newsIdiomsDe],
  fr: [...idiomsFr, ...newsIdiomsFr],
  es: [...idiomsEs, ...newsIdiomsEs],
  pt: [...idiomsPt, ...newsIdiomsPt],
  it: [...idiomsIt, ...newsIdiomsIt],
  nl: idiomsNl,
  pl: idiomsPl,
  tr: idiomsTr,
  vi: idiomsVi,
  ru: idiomsRu,
  zh: idiomsZh,
  ja: idiomsJa,
  ar: idiomsAr
}

/** Function words and honorifics that should not survive translation (`untranslated`, `title-garble`). */
export const sourceWordsByLanguage: ByLanguage<SourceWordList> = {
  id: sourceWordsId,
  ms: sourceWordsMs,
  de: sourceWordsDe,
  fr: sourceWordsFr,
  es: sourceWordsEs,
  pt: sourceWordsPt,
  it: sourceWordsIt,
  nl: sourceWordsNl,
  pl: sourceWordsPl,
  tr: sourceWordsTr,
  vi: sourceWordsVi,
  ru: sourceWordsRu,
  zh: sourceWordsZh,
  ja: sourceWordsJa,
  ar: sourceWordsAr
}
