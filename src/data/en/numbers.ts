/** English words that tell what a number counts, written for translation-qa. */

/** Scale words and their values. */
export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12]
])

/** Plural nouns of things counted in whole numbers: `3.500 workers` cannot be 3.5 workers. */
export const countNouns: ReadonlySet<string> = new Set(
  (
    'troops soldiers people persons workers employees personnel officers residents citizens students pupils teachers ' +
    'children families households houses homes buildings units vehicles cars trucks ships boats aircraft planes ' +
    'cases deaths victims casualties votes voters jobs refugees migrants members participants visitors tourists ' +
    'passengers villages schools hospitals patients doctors nurses companies firms shops stores farmers fishermen ' +
    'protesters demonstrators prisoners inmates police policemen fighters militants civilians men women copies ' +
    'books tickets seats delegates athletes fans spectators pilgrims sheep cattle cows goats chickens heads ' +
    'applicants graduates volunteers guests customers users subscribers followers viewers readers websites accounts ' +
    'posts villagers displaced evacuees infections tons tonnes barrels hectares flats apartments dwellings beds trees ' +
    'animals birds fish packages parcels containers bottles licences licenses permits complaints signatures'
  ).split(' ')
)

/** Units after which a decimal reading is plausible. */
export const unitWords: ReadonlySet<string> = new Set(
  ('percent % per cent km kilometres kilometers miles metres meters m cm mm km2 m2 m3 kg kilograms grams g litres liters ' +
    'degrees points seconds minutes hours days weeks months years hectares ha tons tonnes barrels mw gw kw kwh ' +
    // Singular forms, as in compound adjectives: `a 3,2 kilometer stretch`, `a 1,5 hectare plot`.
    'kilometre kilometer mile metre meter kilogram gram litre liter degree hectare ton tonne barrel megawatt gigawatt kilowatt').split(' ')
)

/** Words before a number that make it a label, not a quantity: `section 2.000`, `version 3.500`. */
export const referenceWords: ReadonlySet<string> = new Set(
  'version v. v ver. section sec. article art. chapter ch. paragraph para. rule regulation no. nr. number § page p. pp. figure fig. table isbn ip'.split(' ')
)
