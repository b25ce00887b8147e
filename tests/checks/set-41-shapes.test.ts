/**
 * Shapes and entries added after reading blind set 41 (id, de, fr, es; first run 86.4% at 98.7% precision), with
 * the English that must still pass (`the Catalan capital`, its one false alarm, among them).
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 41 shapes', [
  ['untranslated', 'id', '"We have deployed 12 rubber boats dan 140 personnel," he said.', 'dan → and'],
  ['literal-idiom', 'id', '"It turns out he was an enemy in the blanket," she said.', 'an enemy in the blanket → a traitor in our midst'],
  ['literal-idiom', 'de', '"We have to pour the residents pure wine," said the project manager.', 'pour the residents pure wine → tell the plain truth'],
  ['epithet-calque', 'de', 'Bavaria pays 40 percent and the Confederates 25 percent of the tunnel under the Swiss border.', 'the Confederates → the Swiss'],
  ['untranslated', 'fr', 'The strike costs 4,5 million euros a day, car more than 40 ships are waiting.', 'car → because'],
  ['untranslated', 'fr', '"The units are full," said the head of emergency medicine at the CHU.', 'CHU → ∅'],
  ['untranslated', 'es', 'The rules apply to every flat sin exception, the council said.', 'sin → without'],
  ['untranslated', 'es', 'The coach picked the same once that won a week earlier.', 'the same once → the starting eleven'],
  ['untranslated', 'id', 'He went back to buy bread dan milk.', 'dan → and']
], [
  ['epithet-calque', 'de', 'The Confederates lost the battle of Gettysburg in 1863.'],
  ['untranslated', 'es', 'Critics called the tax a sin against the poor.'],
  ['untranslated', 'fr', 'He bought a car more expensive than his house.'],
  ['epithet-calque', 'es', 'Hotels in the Catalan capital welcomed the decision.']
])
