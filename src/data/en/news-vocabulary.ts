/**
 * Lower-case words English news uses that neither Hunspell dictionary
 * (`dictionary-en`, `dictionary-en-gb`) has: science, health, technology,
 * food and place terms English has borrowed (written for translation-qa).
 * The `untranslated` check takes other lower-case words no dictionary knows
 * for source words left in the text. Currency names come from `Intl`.
 */
export const newsVocabulary: ReadonlySet<string> = new Set(
  (
    'lahar lahars tephra ashfall chondrite chondrites umrah tomme tommes vaporetto vaporetti traghetto artesian gendarmerie gendarmeries electrolyser electrolysers electrolyzer electrolyzers mpox chikungunya dengue ebola ransomware malware spyware influencer influencers ' +
    // Water chemistry (`the permanganate index`).
    'permanganate permanganates ' +
    // Legal loan phrases English keeps (`force majeure`, `tried in absentia`).
    'majeure absentia ' +
    // Epidemiology (`a new dengue serotype`, `the test positivity rate`).
    'serotype serotypes serotyping arbovirus arboviruses positivity ' +
    'polyptych polyptychs triptych triptychs diptych diptychs altarpiece altarpieces fresco frescoes ' +
    'agritech fintech edtech proptech ebike ebikes escooter escooters vape vapes vaping livestream livestreams ' +
    'prosecco chorizo ramen kimchi tempeh tofu sambal satay rendang laksa gamelan batik sushi pho banh kebab kebabs ' +
    'falafel hummus halal haram hijab niqab burqa imam imams madrasa madrasas sharia fatwa ramadan ' +
    'hukou guanxi dacha dachas oligarch oligarchs tsunami tsunamis typhoon typhoons monsoon monsoons ' +
    // Adverbs of rare adjectives (`the cause was preliminarily identified`).
    'preliminarily ' +
    // British spellings the dictionaries lack.
    'yoghurt yoghurts yoghourt ' +
    // French English keeps (`died en masse`).
    'masse ' +
    'selfie selfies hashtag hashtags podcast podcasts paywall paywalls smartphone smartphones netizen netizens ' +
    // `per mille` (‰), salinity and blood-alcohol figures.
    'mille ' +
    'eurozone eurobond eurobonds rideshare carpooling biofuel biofuels biodiesel bioethanol geothermal ' +
    'microplastics nanoplastics ecotourism agroforestry agrivoltaics jerry jerrycan jerrycans styrofoam ' +
    // Crops and commodities of the regions the corpus covers, English words the dictionaries lack.
    'arabica robusta areca betel copra sago cassava durian rambutan patchouli vanilla cloves nutmeg ' +
    // Grape varieties.
    'pinot noir chardonnay merlot riesling grenache syrah sauvignon cabernet gamay tempranillo albariño aligoté'
  ).split(' ')
)

/** English names of currencies' units, from `Intl` (`forint`, `hryvnia`, `koruna`, `dirham`). */
export const currencyWords: ReadonlySet<string> = (() => {
  const words = new Set<string>()
  const names = new Intl.DisplayNames(['en'], {type: 'currency'})
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = names.of(code)
    if (!name) continue
    const last = name.toLowerCase().split(/\s+/).at(-1)!
    words.add(last)
    words.add(`${last}s`)
  }
  return words
})()
