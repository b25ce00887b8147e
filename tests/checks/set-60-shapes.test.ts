/**
 * Shapes and entries added after reading blind set 60 (de, fr, it, ar; first run 74.0% at 98.7% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 60 shapes', [
  ['title-garble', 'de', 'HOLLWEDE — The Land Court of Hollwede on Thursday sentenced a 58-year-old.', 'The Land Court → the Regional Court'],
  ['literal-idiom', 'de', '"He lived like the maggot in the bacon while his clients waited," the judge said.', 'lived like the maggot in the bacon → live in the lap of luxury'],
  ['title-garble', 'de', 'The State Attorneyship had demanded five and a half years.', 'The State Attorneyship → the public prosecutor’s office'],
  ['untranslated', 'de', 'Among the victims is a carpentry firm from the Kreis Oldenmoor.', 'Kreis → district'],
  ['literal-idiom', 'de', '"We have been searching for months, but the market is swept empty," said the director.', 'the market is swept empty → the market has dried up'],
  ['literal-idiom', 'fr', '"The taxpayers of Montbrécy are not milk cows," he said.', 'milk cows → cash cows'],
  ['number-format', 'fr', 'The operator will refund 12,50 € per subscriber, while a single ticket costs €8.40.', '12,50 → 12.50'],
  ['mt-boilerplate', 'fr', 'Check the timetable before leaving home.\n\nTranslated from French with an automatic translation tool.', 'Translated from French with an automatic translation tool. → ∅'],
  ['untranslated', 'it', 'At the height of the flood, the Vigili del Fuoco rescued eleven people.', 'Vigili del Fuoco → the body\'s English name'],
  ['untranslated', 'it', 'The Protezione civile has opened three reception centres.', 'Protezione civile → the body\'s English name'],
  ['title-garble', 'it', 'The regional assessor to the territory, Marta Colombini, gave a first estimate.', 'assessor to the territory → the councillor for'],
  ['mt-boilerplate', 'it', 'We are back to square one.\n\nMachine translation from Italian, not revised by the editorial staff.', 'Machine translation from Italian, not revised by the editorial staff. → ∅'],
  ['untranslated', 'ar', 'Bakeries in the Wadi Sawan muhafaza raised the price of bread.', 'muhafaza → governorate'],
  ['literal-idiom', 'ar', '"The knife has reached the bone. We pay more for diesel," he said.', 'The knife has reached the bone → We are at breaking point'],
  ['literal-idiom', 'ar', '"The players whitened our faces today," the coach said.', 'whitened our faces → made us proud'],
  ['literal-idiom', 'ar', '"Give the bread to its baker: we trusted the coaching staff," he said.', 'Give the bread to its baker → Leave it to the experts'],
  ['date-format', 'ar', 'The club won the cup on Friday evening the 14th of the current month.', 'the 14th of the current month → <month> 14'],
  ['date-format', 'ar', 'Supporters celebrated along the Corniche until the second hour after midnight.', 'until the second hour after midnight → until 2 a.m.'],
  ['untranslated', 'ar', 'Hajj Mahmoud Rabadi, who has run a bakery for 31 years, said his margins had gone.', 'Hajj → ∅']
], [
  ['untranslated', 'it', 'The theatre reopens with "La fanciulla del lago", an opera by a local composer.'],
  ['literal-idiom', 'fr', 'The farmers on the plateau keep milk cows and goats on their dairy farm.'],
  ['title-garble', 'fr', 'The Land Court of Massachusetts rules on property titles.'],
  ['literal-idiom', 'ar', 'The surgeon said the knife has reached the bone, so the wound must be stitched.'],
  ['mt-boilerplate', 'fr', 'The company sells an automatic translation tool to banks.'],
  ['untranslated', 'ar', 'Thousands of pilgrims left for the Hajj on Monday.']
])
