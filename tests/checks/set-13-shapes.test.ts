/**
 * Shapes and entries added after the first run of blind set 13, with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 13 shapes', [
    ['date-format', 'id', 'The alert was raised on the date 2 November.', 'on the date 2 November → on Nov. 2'],
    ['date-format', 'fr', 'The minister is expected on Tuesday 18 august.', '18 august → Aug. 18'],
    ['epithet-calque', 'es', 'Oil fell to 3.85 euros a kilo in the Holy Kingdom.', 'the Holy Kingdom → Jaén province'],
    ['epithet-calque', 'es', "The bull's skin produces almost half of the world's olive oil.", "The bull's skin → Spain"],
    ['literal-idiom', 'de', '"The city has made the bill without the host," she said.', 'made the bill without the host → reckoned without the people concerned'],
    ['literal-idiom', 'es', '"The small farmers pay the duck," he said.', 'pay the duck → carry the can'],
    ['untranslated', 'de', 'The dispute over a new Umweltspur reached the council.', 'Umweltspur → ∅'],
    ['title-garble', 'de', 'The Assigned for Mobility, Dr. Lukas Wendel, offered talks.', 'The Assigned for → the commissioner for'],
    ['title-garble', 'fr', 'The President of the Directory of the port spoke.', 'The President of the Directory → the chairman of the management board'],
    ['title-garble', 'fr', 'The Commissioner-Inquirer gave a favourable opinion.', 'The Commissioner-Inquirer → the public inquiry officer'],
    ['mt-boilerplate', 'fr', 'Prices rose.\n\nNewsletter: receive every morning the essential of the news of Normandy.\n', 'Newsletter: receive every morning the essential of the news of Normandy. → ∅'],
    ['mt-boilerplate', 'es', 'Prices rose.\n\nArchive photo: El Pinar stadium during a cup match in 2019.\n', 'Archive photo: El Pinar stadium during a cup match in 2019. → ∅']
], [
    ['untranslated', 'fr', 'The pinot noir harvest fell by a third.'],
    ['date-format', 'fr', 'Pupils aged 18 may apply, and 5,000 march on Sunday.'],
    ['epithet-calque', 'es', 'The tannery sold the bull\'s skin to a leather workshop.']
])
