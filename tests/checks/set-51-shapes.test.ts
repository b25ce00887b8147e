/**
 * Shapes and entries added after reading blind set 51 (id, de, fr, es; first run 88.4% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 51 shapes', [
  ['title-garble', 'de', 'The city chamberlain, Markus Ebner, said the remaining money would come from reserves.', 'city chamberlain → city treasurer'],
  ['untranslated', 'de', 'Some farmers tipped Mist in front of the district office.', 'Mist → manure'],
  ['title-garble', 'de', '"Many families are at the end of their tether," said Farmer President Georg Hollweger.', 'Farmer President → farmers’ association president'],
  ['untranslated', 'de', 'The association accuses the large Molkerei in Altenbruck of paying too little.', 'Molkerei → ∅'],
  ['literal-idiom', 'fr', '"Replacing them every night with temporary doctors costs the eyes of the head," she said.', 'costs the eyes of the head → cost an arm and a leg'],
  ['epithet-calque', 'fr', 'The Street of Varenne announced on Tuesday that growers would be compensated.', 'The Street of Varenne → The Agriculture Ministry'],
  ['untranslated', 'es', 'Protección Civil asked residents not to eat vegetables from their gardens.', 'Protección Civil → the service’s English name']
], [
  ['untranslated', 'de', 'A thick mist covered the valley. Mist and fog closed the airport.'],
  ['literal-idiom', 'fr', 'Surgeons removed a tumour from behind the eyes of the head of the patient.'],
  ['untranslated', 'es', 'The Guardia Civil closed the road.']
])
