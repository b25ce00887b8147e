/**
 * Shapes and entries added after the first run of blind set 16, with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 16 shapes', [
    ['date-format', 'fr', 'The report was published this Thursday 6 February.', 'this Thursday 6 February → Thursday, Feb. 6'],
    ['date-format', 'fr', 'Prices rise on the 1st December.', 'the 1st December → Dec. 1'],
    ['date-format', 'fr', 'The glacier could vanish by here 2050.', 'by here 2050 → by 2050'],
    ['date-format', 'es', 'The auction starts at seven of the evening.', 'at seven of the evening → at 7 p.m.'],
    ['date-format', 'de', 'The fire broke out at three o\'clock in the night.', 'at three o\'clock in the night → at 3 a.m.'],
    ['literal-idiom', 'de', 'The city is driving the cart against the wall.', 'driving the cart against the wall → running it into the ground'],
    ['literal-idiom', 'fr', 'The ministries throw the ball back to each other.', 'throw the ball back to each other → pass the buck'],
    ['literal-idiom', 'es', 'The bodega held a solidary auction.', 'solidary auction → charity auction'],
    ['title-garble', 'de', 'said Mr. Dipl.-Ing. Haller.', 'Mr. Dipl.-Ing. → ∅'],
    ['title-garble', 'id', 'The Honourable Regent opened the market.', 'The Honourable → the'],
    ['untranslated', 'es', 'The Cofradía of fishermen met on Monday.', 'Cofradía → fishermen\'s association'],
    ['mt-boilerplate', 'es', 'Prices rose.\n\nAutomatic translation from Spanish. See original\n', 'Automatic translation from Spanish. See original → ∅']
], [
    ['date-format', 'es', 'The boats left at six in the morning and returned at four in the afternoon.'],
    ['untranslated', 'fr', 'The glaciologists said many pharmacies ran out of drugs.']
])
