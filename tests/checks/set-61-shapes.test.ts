/**
 * Shapes and entries added after reading blind set 61 (es, pt, nl, tr; first run 69.7% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 61 shapes', [
  ['literal-idiom', 'es', '"From the said to the done there is a long stretch, but this time the money is there," she said.', 'From the said to the done there is a long stretch → Easier said than done'],
  ['literal-idiom', 'es', '"In a troubled river, gain of fishermen: while the regulator looked away, he got rich," he said.', 'In a troubled river, gain of fishermen → It\'s good fishing in troubled waters'],
  ['date-format', 'es', 'The case began in the month of June of 2023, when a client tried to withdraw money.', 'in the month of June of 2023 → in June 2023'],
  ['epithet-calque', 'pt', 'The same system caused landslides last week in the Marvelous City.', 'the Marvelous City → Rio de Janeiro'],
  ['untranslated', 'pt', 'The prefeitura estimates that 12,000 people had to leave their homes.', 'prefeitura → city hall'],
  ['title-garble', 'pt', 'A lieutenant of the Military Firefighters Corps said boats were borrowed.', 'the Military Firefighters Corps → the fire service'],
  ['date-format', 'pt', 'The club drew 1-1 on Sunday, 9 of March, in a match that kicked off late.', 'Sunday, 9 of March → Sunday, March 9'],
  ['epithet-calque', 'pt', 'Académico travel to the Invicta next Saturday to face the leaders.', 'the Invicta → Porto'],
  ['title-garble', 'nl', '"We will recover it later," aldus the alderman of Traffic, Pieter van Dongen.', 'the alderman of → the alderman for'],
  ['title-garble', 'nl', 'Members of the Second Chamber have asked the minister to explain.', 'the Second Chamber → the House of Representatives'],
  ['literal-idiom', 'nl', '"We will have to bite through the sour apple," the director said.', 'bite through the sour apple → bite the bullet'],
  ['title-garble', 'nl', 'The Inspection for Health Care and Youth says it will monitor the situation.', 'The Inspection for Health Care and Youth → the Health and Youth Care Inspectorate'],
  ['literal-idiom', 'nl', '"Closing it and calling it quality, that fits like pliers on a pig," said the lawyer.', 'fits like pliers on a pig → makes no sense at all'],
  ['literal-idiom', 'tr', 'Kaya used the following expressions: "The bakers cannot go on."', 'used the following expressions → said'],
  ['title-garble', 'tr', 'The President of Municipality, Serkan Öztürk, criticised the decision.', 'The President of Municipality → the mayor'],
  ['literal-idiom', 'tr', '"We stretch our feet according to our quilt, but the quilt gets shorter," she said.', 'stretch our feet according to our quilt → cut our coat according to our cloth'],
  ['title-garble', 'tr', 'The Trade Provincial Directorate said inspectors would check the bakeries.', 'The Trade Provincial Directorate → ∅'],
  ['epithet-calque', 'tr', 'The opening film, a co-production with the Tulip Country, was applauded.', 'the Tulip Country → the Netherlands'],
  ['title-garble', 'tr', 'The festival\'s General Art Director, Murat Ekinci, said the programme was full.', 'General Art Director → artistic director'],
  ['epithet-calque', 'tr', 'The winning films will be shown in the Seven-Hilled City in November.', 'the Seven-Hilled City → Istanbul'],
  ['mt-boilerplate', 'tr', 'The awards were presented on Saturday.\n\nBu haber yapay zekâ desteğiyle çevrilmiştir.', 'Bu haber yapay zekâ desteğiyle çevrilmiştir. → ∅']
], [
  ['date-format', 'es', 'The festival takes place in the month of May every year.'],
  ['epithet-calque', 'tr', 'Rome is often called the city of seven hills.'],
  ['epithet-calque', 'pt', 'He wore an Invicta watch to the match.'],
  ['title-garble', 'nl', 'The second chamber of the court of appeal heard the case.']
])
