/**
 * Shapes and entries added after the first run of blind set 26 (id, de, fr,
 * es provincial stories), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 26 shapes', [
    ['untranslated', 'id', 'According to BMKG, waves will reach four metres.', 'BMKG → the meteorology agency'],
    ['untranslated', 'id', 'Fishermen complain that subsidised solar is often sold out.', 'solar → diesel'],
    ['untranslated', 'de', '"The bridge must close," so treasurer Jens Hollmann.', 'so treasurer Jens Hollmann → treasurer Jens Hollmann said'],
    ['untranslated', 'de', 'He filmed the cracks with the Handy.', 'the Handy → the mobile phone'],
    ['untranslated', 'de', 'The club dismissed Trainer Uwe Brandt on Monday.', 'Trainer → coach'],
    ['untranslated', 'fr', 'The SMIC rises by 2% in January.', 'SMIC → ∅'],
    ['epithet-calque', 'id', 'The Earth of Pepper is known for its spice gardens.', 'The Earth of Pepper → ∅'],
    ['epithet-calque', 'es', 'Thousands filled the streets of the Pearl of the Sierra.', 'the Pearl of the Sierra → ∅'],
    ['title-garble', 'de', 'The Honor President of the club spoke at the meeting.', 'Honor → Honorary'],
    ['title-garble', 'de', 'The football teacher had been in charge for two years.', 'The football teacher → the coach'],
    ['title-garble', 'fr', 'According to the head of service of the emergencies, nights are quiet.', 'head of service of the emergencies → head of department'],
    ['literal-idiom', 'id', 'He had thrown the stone and hidden his hand.', 'thrown the stone and hidden his hand → strike and then deny responsibility'],
    ['literal-idiom', 'de', '"We have to get this cow off the ice," he said.', 'this cow off the ice → the problem solved'],
    ['literal-idiom', 'fr', '"I have the morale in the socks," said one winegrower.', 'have the morale in the socks → feel really low'],
    ['literal-idiom', 'fr', 'The cooperative cave lost half its harvest.', 'cooperative cave → wine cooperative'],
    ['literal-idiom', 'es', 'The council must put its batteries on.', 'put its batteries on → get our act together'],
    ['mt-boilerplate', 'de', 'The coach left.\n\nShare this article: Facebook | WhatsApp | E-Mail\n', 'Share this article: Facebook | WhatsApp | E-Mail → ∅'],
    ['mt-boilerplate', 'fr', 'The harvest is lost.\n\nTo receive our newsletter every morning, click here.\n', 'To receive our newsletter every morning, click here. → ∅']
], [
    ['untranslated', 'id', 'The village installed solar panels on the school roof.'],
    ['untranslated', 'de', 'A handy guide was handed out.'],
    ['untranslated', 'fr', 'The departmental fire service (SDIS) sent 40 firefighters; the SDIS said the fire was out.'],
    ['epithet-calque', 'es', 'She wore a pearl of great value.'],
    ['title-garble', 'de', 'The honor guard saluted.'],
    ['literal-idiom', 'fr', 'Rain fell on the cave entrance.'],
    ['mt-boilerplate', 'fr', 'Users can click here and there on the map, the mayor said.']
])
