/**
 * Shorthand for the news idioms added in bulk (`src/data/<lang>/news-idioms.ts`):
 * an English-target entry written on one line. The result is an ordinary
 * `CalqueEntry`; nothing is computed at match time.
 */
import type {CalqueEntry, Guard} from './types.js'
import type {SourceLanguage} from '../types.js'

export interface IdiomOptions {
  /** Default `'high'`: no fluent writer produces the literal. */
  readonly confidence?: 'high' | 'low'
  readonly guard?: Guard
  /** Default `'idiom'`; `'phrase'` for set phrases of officialese. */
  readonly kind?: 'idiom' | 'phrase'
  readonly note?: string
  /** Other source languages that calque the same phrase the same way. */
  readonly sharedWith?: readonly SourceLanguage[]
}

/**
 * An entry of `sourceLang` with the id `<sourceLang>-<slug>`: `literals` are
 * English renderings as MT writes them (inflections and determiners are folded
 * by the matcher), `expected` the English it should have written, best first.
 */
export function idiom(
  sourceLang: SourceLanguage,
  slug: string,
  source: string,
  literals: readonly string[],
  expected: readonly string[],
  meaning: string,
  options: IdiomOptions = {}
): CalqueEntry {
  return {
    id: `${sourceLang}-${slug}`,
    sourceLang,
    source,
    kind: options.kind ?? 'idiom',
    literals: {en: literals},
    expected: {en: expected},
    meaning,
    confidence: options.confidence ?? 'high',
    ...(options.guard ? {guard: options.guard} : {}),
    ...(options.note ? {note: options.note} : {}),
    ...(options.sharedWith ? {sharedWith: options.sharedWith} : {})
  }
}

/** Words that show a literal scene of water (someone falling in, a boat), for "fall into the water" idioms. */
export const waterScene: readonly string[] = [
  'swim', 'swimming', 'swimmer', 'swimmers', 'boat', 'boats', 'ship', 'ferry', 'drowned', 'drowning', 'rescued', 'rescue', 'rescuers',
  'lake', 'sea', 'harbor', 'harbour', 'pier', 'bridge', 'kayak', 'canoe', 'dog', 'diver', 'divers', 'lifeguard', 'overboard', 'quay',
  'ice', 'slipped', 'jumped', 'pulled', 'fisherman', 'fishermen', 'body', 'car', 'vehicle', 'child', 'boy', 'girl'
]

/** Words of cooking, for idioms made of food words. */
export const kitchen: readonly string[] = [
  'recipe', 'recipes', 'cook', 'cooks', 'cooking', 'chef', 'chefs', 'bake', 'baking', 'kitchen', 'oven', 'flour', 'sugar', 'butter',
  'whisk', 'stir', 'dish', 'menu', 'restaurant', 'minutes', 'salt', 'pepper', 'boil', 'fry', 'fried', 'sauce'
]

/** Words of a ranking, for "the tail light" or "the tail" of a table. */
export const ranking: readonly string[] = [
  'ranking', 'rankings', 'table', 'league', 'last', 'place', 'bottom', 'comparison', 'survey', 'study', 'index', 'among', 'states',
  'countries', 'regions', 'cities', 'list', 'statistics', 'nationwide', 'average'
]
