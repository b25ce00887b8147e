/**
 * Shapes and entries added after the first run of blind set 15, with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 15 shapes', [
    ['epithet-calque', 'fr', 'The sexagenarian bought the lighthouse in 2019.', 'The sexagenarian → ∅'],
    ['epithet-calque', 'de', 'The non-party has led the district since 2020.', 'The non-party → ∅'],
    ['epithet-calque', 'id', 'Police arrested the man of 34 years on Monday.', 'the man of 34 years → ∅'],
    ['epithet-calque', 'es', 'The popular demanded that the plan be withdrawn.', 'The popular → ∅'],
    ['epithet-calque', 'es', 'He is a salt worker of third generation.', 'of third generation → third-generation'],
    ['literal-idiom', 'de', 'The climbers had enormous pig, the rescuers said.', 'had enormous pig → were very lucky'],
    ['untranslated', 'id', 'Officers from Polrestabes Makassar arrested him.', 'Polrestabes → city police'],
    ['untranslated', 'de', 'The toll was set by the Landkreis Stendal.', 'Landkreis → district'],
    ['title-garble', 'id', 'Commissioner Police Andi Firmansyah said so.', 'Commissioner Police → Police Commissioner'],
    ['title-garble', 'de', 'The District Captain called a meeting.', 'The District Captain → the district governor'],
    ['mt-boilerplate', 'id', 'Prices rose.\n\nScroll to continue reading\n', 'Scroll to continue reading → ∅'],
    ['mt-boilerplate', 'fr', 'Prices rose.\n\nThere remains 64% of this article to read.\n', 'There remains 64% of this article to read. → ∅'],
    ['mt-boilerplate', 'es', 'Prices rose.\n\nReceive the latest news from Cádiz on your mobile\n', 'Receive the latest news from Cádiz on your mobile → ∅']
], [
    ['epithet-calque', 'es', 'The popular vote was close.'],
    ['epithet-calque', 'fr', 'The elected council met on Monday.'],
    ['mt-boilerplate', 'es', 'Reporters said the news was still in development in the morning.\n']
])
