/**
 * Shapes and entries added after reading blind set 37 (pt, it, nl, tr; first run 68.2% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 37 shapes', [
  ['number-format', 'it', 'The company, a group with 2 mld euros in turnover, blamed energy costs.', '2 mld → 2 billion'],
  ['date-format', 'it', 'A demonstration is planned in front of the building at hours 15.', 'at hours 15 → at 3 p.m.'],
  ['epithet-calque', 'pt', 'The stadium lies 30 kilometres from the Unvanquished City, and the club hopes to grow.', 'the Unvanquished City → Porto'],
  ['epithet-calque', 'pt', 'It can host a friendly of the Selection of the Quinas next year.', 'the Selection of the Quinas → the Portugal national team'],
  ['epithet-calque', 'it', 'Cruise arrivals have grown by 18% in two years across the Boot.', 'the Boot → Italy'],
  ['epithet-calque', 'nl', 'People in the Dom City, 15 kilometres away, also reported a strong smell.', 'the Dom City → Utrecht'],
  ['epithet-calque', 'nl', 'The minister wants an example for the rest of our frog country.', 'our frog country → the Netherlands'],
  ['epithet-calque', 'tr', 'Officials in the Capital have promised a package.', 'the Capital → Ankara'],
  ['literal-idiom', 'pt', '"We have had to swallow many frogs in this process," said the fan.', 'swallow many frogs → swallow their pride'],
  ['literal-idiom', 'pt', 'Residents fear that the project will end in cod waters.', 'end in cod waters → come to nothing'],
  ['literal-idiom', 'it', '"Our families have the water at the throat," she said.', 'have the water at the throat → be up to their necks in it'],
  ['literal-idiom', 'nl', 'The director sat with his hands in his hair on Wednesday morning.', "sat with his hands in his hair → was at his wits' end"],
  ['literal-idiom', 'nl', 'The mayor urged people not to see ghosts.', 'not to see ghosts → not to panic'],
  ['literal-idiom', 'tr', 'For small shops this is the last drop that overflowed the glass.', 'the last drop that overflowed the glass → the last straw'],
  ['literal-idiom', 'tr', '"My mouth reached my ears," the coach said.', 'mouth reached my ears → grinning from ear to ear'],
  ['literal-idiom', 'tr', 'For eighty minutes they brought it out of our nose wick by wick.', 'out of our nose wick by wick → made us suffer'],
  ['literal-idiom', 'tr', 'Tickets for away games are at fire price now.', 'at fire price → sky-high'],
  ['untranslated', 'pt', 'Segundo the Secretary, some 2,800 people are sleeping in schools.', 'Segundo → According to'],
  ['untranslated', 'pt', 'The councillor with the Urbanism pasta, Marta Gouveia, gave assurances.', 'pasta → portfolio'],
  ['untranslated', 'it', 'Come already announced in January, production will move abroad.', 'Come → As'],
  ['untranslated', 'nl', 'A large brand destroyed a distribution centre on Tuesday night.', 'brand → fire'],
  ['untranslated', 'tr', 'In the Hal, traders said demand had fallen sharply.', 'Hal → wholesale market'],
  ['untranslated', 'tr', 'Club president Hakan Özer announced a bonus. Hakan Bey also criticised prices.', 'Hakan Bey → Hakan'],
  ['mt-boilerplate', 'tr', 'Farmers can apply until February.\n\nClick for the continuation of the news\n\nDeputies said they would ask.', 'Click for the continuation of the news → ∅']
], [
  ['untranslated', 'pt', 'Segundo Castro, the striker, scored twice.'],
  ['untranslated', 'pt', 'The chef served the Italian pasta with the sauce.'],
  ['untranslated', 'it', 'Come and see the new promenade, the mayor said.'],
  ['untranslated', 'nl', 'A major brand hit by the tariffs cut its prices.'],
  ['untranslated', 'tr', 'Hal Jordan, a visiting engineer, inspected the site.'],
  ['date-format', 'it', 'The marathon was decided at hours 15 and 16 of the race.'],
  ['literal-idiom', 'nl', 'Visitors to the haunted castle say they see ghosts where the old chapel stood.'],
  ['literal-idiom', 'it', 'Rescuers found the villagers with the water at the throat after the river flooded.'],
  ['epithet-calque', 'it', 'The spare wheel is kept in the Boot of the car.'],
  ['epithet-calque', 'tr', 'the capital has promised a package.']
])
