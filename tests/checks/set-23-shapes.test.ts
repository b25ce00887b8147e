/**
 * Shapes and entries added after blind set 23 (es, id, de, fr) was read, with
 * the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 23 shapes', [
    ['number-format', 'fr', 'Nearly 45 000 festival-goers had bought tickets for the weekend.', '45 000 → 45,000'],
    ['epithet-calque', 'es', 'The edile inaugurated the works on Monday.', 'The edile → The mayor'],
    ['title-garble', 'id', 'Mother Wulan, a teacher, said the pupils were safe.', 'Mother → Ms'],
    ['title-garble', 'id', 'The Executor of Tasks of the Head of School, Darto, said classes would resume.', 'The Executor of Tasks of the → the acting'],
    ['title-garble', 'de', 'The born Auenstadt woman has led the ward since 2015.', 'The born Auenstadt woman → the Auenstadt native'],
    ['title-garble', 'de', 'The trained carpenter has coached the club for eleven years.', 'The trained carpenter → a carpenter by training'],
    ['literal-idiom', 'id', '"Already fallen, struck by the ladder," said one parent.', 'Already fallen, struck by the ladder → Misfortune piled on misfortune'],
    ['literal-idiom', 'id', 'The regency does not lift its hands over the repairs.', 'lift its hands → given up'],
    ['literal-idiom', 'id', 'Residents were light of hand in helping one another.', 'light of hand → helpful'],
    ['literal-idiom', 'de', 'Critics call the clinic a barrel without a floor.', 'barrel without a floor → a bottomless pit'],
    ['untranslated', 'de', 'The match was moved to the Kreissporthalle.', 'Kreissporthalle → ∅']
], [
    ['title-garble', 'es', 'The also-ran finished last.'],
    ['title-garble', 'id', 'Mother Teresa visited Jakarta in 1985.'],
    ['title-garble', 'de', 'She was born in Auenstadt and trained as a carpenter.'],
    ['title-garble', 'de', 'A trained carpenter, he built the stage himself.'],
    ['title-garble', 'fr', 'The Master of Wine course starts in May.'],
    ['number-format', 'fr', 'The festival sold 45,000 tickets to festival-goers.'],
    ['untranslated', 'de', 'The concert moved to Halle on Sunday.']
])
