/**
 * Shapes and entries added after reading blind set 32 (pt, it, nl, tr; first run 61.4%, 72.7% before this reading),
 * with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 32 shapes', [
  ['epithet-calque', 'it', 'Riders came from every corner of the Beautiful Country as well as from Austria.', 'the Beautiful Country → Italy'],
  ['epithet-calque', 'it', 'Interest has arrived from beyond the Tiber, and two experts on sacred art are expected.', 'from beyond the Tiber → the Vatican'],
  ['literal-idiom', 'pt', '"I had taken my little horse out of the rain about free vaccines," she said.', 'taken my little horse out of the rain → given up hope'],
  ['literal-idiom', 'it', '"When we took off the first layer, we remained with the mouth open," he said.', 'remained with the mouth open → were speechless'],
  ['literal-idiom', 'nl', 'The parties should not pull old cows out of the ditch about earlier failures.', 'pull old cows out of the ditch → rake up the past'],
  ['literal-idiom', 'tr', 'The players said the title came out of their noses after a hard season.', 'came out of their noses → was hard-won'],
  ['untranslated', 'pt', 'She coordinates a time of 40 researchers at the institute.', 'time → team'],
  ['untranslated', 'it', 'The decision was taken together with the Protezione Civile on Sunday.', 'Protezione Civile → the body\'s English name'],
  ['untranslated', 'it', 'A second scene was found in a small camera behind the apse.', 'camera → room'],
  ['untranslated', 'nl', 'Asked where the money had gone, he stayed even silent.', 'even → for a moment'],
  ['untranslated', 'tr', 'In the son set, the captain served four aces.', 'son → last'],
  ['untranslated', 'tr', 'Archaeologists work on a hill near the köy of Yeşilova.', 'köy → village'],
  ['untranslated', 'tr', 'Tourists visited the Byzantine kale on the ridge above the village.', 'kale → castle'],
  ['title-garble', 'tr', 'The Dear Minister of Youth and Sports watched the final from the stands.', 'The Dear Minister → The Minister'],
  ['untranslated', 'tr', '"We will not rest on our laurels," Ferit Hoca said.', 'Ferit Hoca → Ferit'],
  ['title-garble', 'tr', 'The excavations are led by Doç. Dr. Elif Kaya of the regional university.', 'Doç. Dr. → Associate Professor'],
  ['title-garble', 'it', 'The money came from the foundation chaired by the Cav. Ruggero Pace.', 'Cav. → ∅'],
  ['title-garble', 'nl', 'The sum, his lawyer, mr. Pieter Bos, called disproportionate.', 'mr. → ∅'],
  ['mt-boilerplate', 'tr', 'The mosaic was covered for the winter.\n\nShare on Facebook Share on X Comments (3)\n', 'Share on Facebook Share on X Comments (3) → ∅']
], [
  ['epithet-calque', 'it', 'A team from a restoration school in the Eternal City will analyse the pigments.'],
  ['epithet-calque', 'it', 'It is a beautiful country for cycling, the riders said.'],
  ['untranslated', 'pt', 'It was a time of great hardship for the 40 families.'],
  ['untranslated', 'it', 'A small camera behind the counter recorded the theft.'.replace('behind', 'mounted behind')],
  ['untranslated', 'nl', 'Even silent films drew crowds in the 1920s.'],
  ['untranslated', 'tr', 'The son of the mayor won the first set.'],
  ['literal-idiom', 'tr', 'Blood came out of his nose after the ball hit him.']
])
