/**
 * Shapes and entries added after the first run of blind set 27 (id, de, fr,
 * es economy and business stories), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 27 shapes', [
    ['number-format', 'fr', 'The regulated tariff rises to 0,2516 euro per kilowatt-hour.', '0,2516 → 0.2516'],
    ['date-format', 'fr', 'The season closes on Sunday 20/04 in most resorts.', 'Sunday 20/04 → Sunday, April 20'],
    ['untranslated', 'id', 'Farmers rely on KUR loans from state banks.', 'KUR → small business loans'],
    ['untranslated', 'de', 'The Bund will cover half of the costs.', 'The Bund → the federal government'],
    ['untranslated', 'es', 'The group informed the CNMV on Friday.', 'CNMV → ∅'],
    ['title-garble', 'id', 'The General Chairman of the association said prices rose.', 'General Chairman → chairman'],
    ['title-garble', 'de', 'The personnel board member announced the cuts.', 'The personnel board member → the HR director'],
    ['title-garble', 'de', 'The rectoress welcomed the funding.', 'rectoress → rector'],
    ['title-garble', 'es', 'The delegated counselor of the group presented the results.', 'The delegated counselor → the chief executive'],
    ['title-garble', 'es', 'The regional Executive approved the project.', 'The regional Executive → The regional government'],
    ['epithet-calque', 'fr', 'Resorts depend on the white gold, and the ski season was short.', 'the white gold → snow'],
    ['epithet-calque', 'es', 'The project promises jobs for the emptied Spain.', 'the emptied Spain → rural Spain'],
    ['literal-idiom', 'de', '"They are putting the pistol on our chest," said the works council.', 'putting the pistol on our chest → holding a gun to our heads'],
    ['literal-idiom', 'de', 'For now, the plant is music of the future.', 'music of the future → a long way off'],
    ['literal-idiom', 'de', 'The cuts do the region a bear service.', 'a bear service → a disservice'],
    ['literal-idiom', 'fr', 'Households will have to put their hand to the wallet.', 'put their hand to the wallet → dig into their pockets'],
    ['literal-idiom', 'fr', 'In February the snow was not at the rendezvous.', 'was not at the rendezvous → did not materialise'],
    ['literal-idiom', 'fr', 'Customers of the historic operator will pay more.', 'historic operator → incumbent'],
    ['literal-idiom', 'es', 'The chain closed the year with a golden brooch.', 'with a golden brooch → on a high note'],
    ['mt-boilerplate', 'es', 'Profits rose.\n\nFollow all the economic news on our WhatsApp channel.\n', 'Follow all the economic news on our WhatsApp channel. → ∅']
], [
    ['untranslated', 'de', 'The Marburger Bund represents hospital doctors.'],
    ['title-garble', 'es', 'The executive committee approved the project.'],
    ['epithet-calque', 'fr', 'She wore a ring of white gold and platinum.'],
    ['literal-idiom', 'de', 'The orchestra played music of the future at the festival concert.'],
    ['date-format', 'fr', 'The score on Sunday was 20/04 against the odds, said nobody.'],
    ['number-format', 'fr', 'Chapters 3,4 and 5 were rewritten.']
])
