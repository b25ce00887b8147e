/**
 * Shapes and entries added after reading held-out sets 73 and 74, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('sets 73–74 artifact shapes', [
  ['mt-boilerplate', 'ru', 'The hospital was busy.\n\nThe material was translated using a machine translation system. The editorial office is not responsible for possible inaccuracies.', 'The material was translated using a machine translation system. The editorial office is not responsible for possible inaccuracies. → ∅'],
  ['number-format', 'nl', 'A report cost the municipality more than a ton and was kept secret.', 'a ton → €100,000'],
  ['untranslated', 'nl', 'Raadslid Pieter de Vries voted against.', 'Raadslid → councillor'],
  ['untranslated', 'de', 'Oberbürgermeisterin Katrin Albers-Vogt told the newspaper.', 'Oberbürgermeisterin → mayor'],
  ['untranslated', 'de', 'Around 1,450 Pendler use the line every day.', 'Pendler → commuters'],
  ['untranslated', 'ru', 'Cases of flu and ARVI rose by 30 percent.', 'ARVI → ∅'],
  ['untranslated', 'ja', 'Mori-kantoku praised the team.', 'Mori-kantoku → Mori'],
  ['untranslated', 'fr', 'The 23 sage-femmes would be offered a post.', 'sage-femmes → midwives'],
  ['literal-idiom', 'nl', 'The alderman must come with the buttocks bare.', 'come with the buttocks bare → come clean'],
  ['literal-idiom', 'ru', 'The team opened a second breath in the third period.', 'opened a second breath → found a second wind'],
  ['literal-idiom', 'de', 'The new timetable was a shot into the oven.', 'a shot into the oven → a complete flop'],
  ['literal-idiom', 'de', 'Now we are getting the receipt for years of neglect.', 'Now we are getting the receipt → Paying the price'],
  ['literal-idiom', 'ja', 'The final set really broke our bones.', 'really broke our bones → was really hard work'],
  ['literal-idiom', 'ja', 'The setter pulled the leg of the team.', 'pulled the leg of the team → held the team back'],
  ['literal-idiom', 'ja', 'Heatstroke is not a fire on the other shore.', 'a fire on the other shore → someone else\'s problem'],
  ['epithet-calque', 'ja', 'The team flew to the Buddha country for the final.', 'the Buddha country → France'],
  ['epithet-calque', 'vi', 'Flooding hit the capital of a thousand years on Monday.', 'the capital of a thousand years → Hanoi'],
  ['date-format', 'fr', 'The council voted this Tuesday evening.', 'this Tuesday evening → on Tuesday evening'],
  ['date-format', 'de', 'The bridge reopens in the 3. quarter of 2026.', 'in the 3. quarter → in the third quarter'],
  ['title-garble', 'id', 'The Law Counsel of the defendant objected.', 'The Law Counsel → the lawyer'],
  ['title-garble', 'ru', 'The main sanitary doctor of the region spoke.', 'The main sanitary doctor → the chief public health officer'],
  ['title-garble', 'ru', 'The head doctor of the city hospital agreed.', 'The head doctor → the chief physician'],
  ['title-garble', 'ru', 'After the loss the senior trainer left.', 'the senior trainer → the assistant coach'],
  ['title-garble', 'es', 'The first tenant of mayor, Ana Ruiz, spoke.', 'The first tenant of mayor → the deputy mayor'],
  ['title-garble', 'ja', 'The Fire Extinction Bureau said 40 people were taken to hospital.', 'The Fire Extinction Bureau → the fire department'],
  ['title-garble', 'de', 'Traffic Minister Jan Berg spoke.', 'Traffic Minister → Transport Minister'],
  ['title-garble', 'de', 'The fraction leader of the Greens agreed.', 'The fraction leader → the parliamentary group leader'],
  ['title-garble', 'de', 'The presiding judge of the Great Criminal Chamber read the verdict.', 'Great Criminal Chamber → criminal division'],
  ['title-garble', 'vi', 'The deputy head of the Price Management Room said prices rose.', 'Price Management Room → division'],
  ['title-garble', 'fr', 'Claire Dumoulin, delegate of the personnel, told AFP.', 'delegate of the personnel → staff representative']
], [
  ['mt-boilerplate', 'ru', 'The material was produced on an automated loom, the director said.'],
  ['number-format', 'nl', 'The ship carried more than a ton of sand.'],
  ['literal-idiom', 'de', 'At the till I asked for the receipt and was getting the receipt when the alarm rang.'],
  ['literal-idiom', 'ja', 'He fell and broke his bones in the crash.'],
  ['date-format', 'es', 'The council voted this Tuesday.'],
  ['title-garble', 'ja', 'The Fire Prevention Bureau inspected the hall.']
])
