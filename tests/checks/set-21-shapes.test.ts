/**
 * Shapes and entries added after the first run of blind set 21 (de, id, es,
 * fr), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 21 shapes', [
    ['number-format', 'de', 'The average grade was 2,31, compared with 2.24 a year earlier.', '2,31 → 2.31'],
    ['date-format', 'fr', 'The abbey church, built in the XIIth century, reopens.', 'XIIth century → 12th century'],
    ['date-format', 'es', 'The chapel dates from the century XV.', 'century XV → 15th century'],
    ['epithet-calque', 'de', 'The night buses in the cure town will also stay in the depot.', 'the cure town → the spa town'],
    ['epithet-calque', 'es', 'A first corporal of the Meritorious rescued an elderly couple.', 'the Meritorious → the Civil Guard'],
    ['epithet-calque', 'fr', 'Rue de Valois at first refused an extra grant.', 'Rue de Valois → The Culture Ministry'],
    ['literal-idiom', 'id', 'For us, the return of the money is a dead price.', 'a dead price → non-negotiable'],
    ['literal-idiom', 'es', 'A cold drop left 142 litres per square metre in the town.', 'cold drop → a cut-off low'],
    ['literal-idiom', 'es', 'It rained pitchers all night.', 'rained pitchers → it poured'],
    ['literal-idiom', 'fr', 'The head of department did not chew her words.', 'not chew her words → did not mince her words'],
    ['untranslated', 'de', 'The exam in the mathematics Leistungskurs was too long.', 'Leistungskurs → ∅'],
    ['title-garble', 'de', 'said the operating council chairman, Jens Hallmann.', 'operating council → works council'],
    ['title-garble', 'de', 'The negotiation leader of the union accused the company.', 'The negotiation leader → the chief negotiator'],
    ['title-garble', 'de', 'The Cult Minister called the results solid.', 'The Cult Minister → the education minister'],
    ['title-garble', 'de', 'The Upper Study Director of the grammar school agreed.', 'The Upper Study Director → the head teacher'],
    ['title-garble', 'id', 'The Representative Regent visited the market on Tuesday.', 'The Representative Regent → the deputy regent'],
    ['title-garble', 'id', 'The Chief Judge of the Assembly said the defendant was guilty.', 'The Chief Judge of the Assembly → the presiding judge'],
    ['title-garble', 'id', 'The General Prosecutor had demanded eight years.', 'The General Prosecutor → the public prosecutor'],
    ['title-garble', 'es', 'A first corporal rescued the couple.', 'first corporal → corporal'],
    ['title-garble', 'es', 'The subdelegate of the Government said the alert worked.', 'The subdelegate of the Government → the central government’s representative'],
    ['title-garble', 'fr', 'said Claire Vasseur, chief of service, on Monday.', 'chief of service → head of department'],
    ['title-garble', 'fr', 'A health executive in the department spoke.', 'health executive → nurse manager'],
    ['title-garble', 'fr', 'The Architect of the Buildings of France warned of delays.', 'The Architect of the Buildings of France → the state heritage architect'],
    ['title-garble', 'fr', 'said the adjunct to culture, Hélène Morvan.', 'the adjunct to culture → deputy mayor for culture'],
    ['mt-boilerplate', 'es', 'The storm hit.\n\nLAST HOUR | Follow the evolution of the storm minute by minute\n\nThe mayor spoke.', 'LAST HOUR | Follow the evolution of the storm minute by minute → ∅'],
    ['mt-boilerplate', 'fr', 'The abbey reopens.\n\nShare on Facebook · Share on X · Copy link\n', 'Share on Facebook · Share on X · Copy link → ∅']
], [
    ['date-format', 'fr', 'Louis XIV and a century-old oak, World War II veterans.'],
    ['literal-idiom', 'es', 'A cold drop of sweat ran down his forehead.'],
    ['title-garble', 'de', 'The works council chairman, Jens Hallmann, agreed.'],
    ['title-garble', 'fr', 'The health minister spoke in Paris.'],
    ['mt-boilerplate', 'es', 'The storm hit.\n\nOfficials updated the figures minute by minute.\n\nThe mayor spoke.'],
    ['mt-boilerplate', 'fr', 'The abbey reopens.\n\nShare prices fell on Monday.\n']
])
