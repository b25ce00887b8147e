/**
 * The held-out attribution batches, in the order they were written blind (batch N is `attributionBatches[N - 1]`);
 * docs/attribution.md has each one's first run. Batches 47 and 48 are still held out: run once, only their summaries
 * read.
 */
export const attributionBatches: ReadonlyArray<ReadonlySet<string>> = [
  ['010-ja-osaka-ferry', '011-tr-mersin-strike', '012-zh-shenzhen-drones'],
  ['013-vi-hanoi-metro', '014-ru-kazan-bridge'],
  ['015-pt-lisbon-housing', '016-it-milan-transit-strike', '017-nl-rotterdam-dike'],
  ['018-es-valencia-port-expansion', '019-de-munich-hospital-strike', '020-id-jakarta-flood-relief'],
  ['021-fr-valbrune-metro-route', '022-id-lengkong-desalination-strike', '023-ar-football-federation-election'],
  ['024-id-ferry-bankruptcy', '025-de-hospital-waiting-list', '026-pt-wine-cooperative'],
  ['027-es-reservoir-rationing', '028-it-maternity-closure', '029-id-ferry-suspension'],
  ['030-de-bridge-closure', '031-fr-maternity-closure', '032-tr-ferry-fares'],
  ['033-id-lamar-river-waste', '034-es-almendral-port-strike', '035-ru-medvezhinsk-heating'],
  ['036-id-flood-rice', '037-fr-tram-galleries', '038-de-water-price'],
  ['039-pt-alcarrede-port-dredging', '040-nl-wolderveen-night-emergency', '041-id-sukamekar-village-fund-trial'],
  ['042-es-valdehondo-water-cuts', '043-it-castelrocco-museum', '044-zh-songling-bus-line'],
  ['045-de-ostrach-railway', '046-fr-lere-hospital-merger', '047-ja-hakuryu-ski-resort'],
  ['048-id-school-breakfast', '049-ru-mine-wage-arrears', '050-tr-pasture-solar-plant'],
  ['051-fr-hervaumont-water-contract', '052-es-villa-carmela-bus-fare', '053-vi-kim-lam-rice-export'],
  ['054-ar-desalination-cracks', '055-de-tram-cost-overrun', '056-id-housing-fraud'],
  ['057-it-valmora-bridge', '058-pt-dengue-campaign', '059-id-market-fire'],
  ['060-es-night-water-cuts', '061-fr-bridge-closure', '062-ja-bear-sightings'],
  ['063-id-market-renovation', '064-de-indoor-pool', '065-fr-vineyard-hail'],
  ['066-id-market-relocation', '067-es-cannery-layoffs', '068-de-recycling-fire'],
  ['069-fr-tram-strike', '070-pt-water-rationing', '071-zh-plant-odour'],
  ['072-it-maternity-unit-closure', '073-ru-boiler-house-accident', '074-ar-market-relocation'],
  ['075-id-market-relocation', '076-es-bus-strike', '077-tr-quarry-protest'],
  ['078-de-regional-bus-cuts', '079-vi-waste-plant-odour', '080-nl-recycling-fire'],
  ['081-fr-bridge-closure', '082-ja-railway-bus-conversion', '083-pt-recycling-plant-fire'],
  ['084-id-karangwulu-seawall', '085-it-pietralta-landslide', '086-es-orcaya-refuse-strike'],
  ['087-de-bridge-closure', '088-fr-factory-closure', '089-zh-old-housing-renovation'],
  ['090-id-market-relocation', '091-de-plant-closure', '092-ar-water-cuts'],
  ['093-es-valdecierzo-bus-strike', '094-ru-verkhnelugovsk-heating-outage', '095-fr-varennes-dairy-closure'],
  ['096-id-fish-auction', '097-tr-milk-price', '098-it-birth-unit'],
  ['099-pt-cannery-closure', '100-vi-saltwater-rice', '101-de-maternity-ward'],
  ['102-nl-dike-delay', '103-zh-elevator-retrofit', '104-es-bus-strike'],
  ['105-ja-ferry-cuts', '106-ar-desalination-delay', '107-fr-cheese-factory'],
  ['108-ru-boiler-house-accident', '109-id-estuary-dredging', '110-pt-cork-factory-occupation'],
  ['111-es-desalination-fishermen', '112-tr-tea-price-boycott', '113-de-maternity-ward'],
  ['114-it-lake-tourist-tax', '115-vi-durian-codes', '116-ar-cinema-ruling'],
  ['117-zh-glass-walkway', '118-fr-pesticide-trial', '119-id-dengue-outbreak'],
  ['120-de-lauter-bridge', '121-ja-shrine-fee', '122-es-olive-coop-trial'],
  ['123-ru-pontoon-bridge', '124-pt-water-rationing', '125-nl-wind-farm'],
  ['126-id-port-dredging', '127-tr-copper-bazaar', '128-zh-kiwi-cold-chain'],
  ['129-fr-ferry-strike', '130-it-maternity-closure', '131-vi-riverbank-collapse'],
  ['132-de-maternity-ward', '133-ja-rail-suspension', '134-ar-desalination'],
  ['135-es-bus-strike', '136-ru-heating-outage', '137-id-market-relocation'],
  ['138-pt-harbour-dredging', '139-tr-dam-water-cuts', '140-zh-lake-algae-bloom'],
  ['141-fr-oyster-ban', '142-it-ferry-strike', '143-vi-fish-deaths'],
  ['144-nl-dike-campsite', '145-de-maternity-ward', '146-ru-heating-outage'],
  ['147-ar-desal-plant', '148-ja-bus-routes', '149-id-fish-market'],
  ['150-zh-reservoir-relocation', '151-es-cannery-closure', '152-tr-fish-farms'],
  ['153-vi-salinity-sluice', '154-ar-port-strike', '155-nl-er-closure']
].map((ids) => new Set(ids))

/** Every article of a held-out batch. */
export const heldOutIds: ReadonlySet<string> = new Set(attributionBatches.flatMap((batch) => [...batch]))
