/**
 * Shapes and entries added after the first run of blind set 22 (id, fr, de,
 * es), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 22 shapes', [
    ["number-format", "id", "The office recorded 1.284 dengue cases, nine of them fatal.", "1.284 → 1,284"],
    ["epithet-calque", "id", "The father of three children said many fishermen now work on land.", "The father of three children → ∅"],
    ["epithet-calque", "de", "The two-time father has worked for ten years as head.", "The two-time father → ∅"],
    ["title-garble", "es", "The holder of Industry toured the facilities for two hours.", "The holder of Industry → the minister"],
    ["title-garble", "fr", "the prosecutor of the Republic announced at a press conference.", "the prosecutor of the Republic → the public prosecutor"],
    ["title-garble", "de", "The head of the association, Prof. Dr.-Ing. Harald Wenz, criticised the lack of investment.", "Prof. Dr.-Ing. → ∅"],
    ["literal-idiom", "id", "\"We are picking up the ball. We do not wait for residents to come.\"", "picking up the ball → reaching out door to door"],
    ["literal-idiom", "id", "As long as the kitchen keeps smoking, we will take any work.", "kitchen keeps smoking → put food on the table"],
    ["literal-idiom", "fr", "The investigators quickly put the hand on the getaway vehicle.", "put the hand on → got hold of"],
    ["literal-idiom", "fr", "\"They are not at their first attempt,\" the prosecutor said.", "not at their first attempt → it is not their first time"],
    ["literal-idiom", "de", "\"All sides must now pull on one rope,\" he said.", "pull on one rope → pull together"],
    ["literal-idiom", "de", "\"For the difficult tasks ahead, I will press his thumbs,\" she said.", "press his thumbs → keep our fingers crossed"],
    ["literal-idiom", "es", "\"We have put all the meat on the grill with the digital channel.\"", "put all the meat on the grill → go all out"],
    ["literal-idiom", "es", "The bet is giving fruits, she said.", "giving fruits → bear fruit"],
    ["untranslated", "id", "At the TPI Muara Kelong, the daily catch has fallen.", "TPI → fish auction hall"],
    ["untranslated", "fr", "The event relies on the intermittents du spectacle who work behind the scenes.", "intermittents du spectacle → ∅"],
    ["untranslated", "es", "The company will present an ERE affecting 340 workers.", "ERE → ∅"],
    ["mt-boilerplate", "de", "The runoff is on Sunday.\n\nADVERTISEMENT\n\nThe turnout was low.", "ADVERTISEMENT → ∅"],
    ["mt-boilerplate", "es", "The minister visited the shipyard.\n\nNews in extension.\n", "News in extension. → ∅"]
], [
    ['literal-idiom', 'id', 'The goalkeeper was picking up the ball when the referee whistled.'],
    ['literal-idiom', 'es', 'The orange trees are giving fruits again.'],
    ['literal-idiom', 'fr', 'He put the hand on her shoulder.'],
    ['epithet-calque', 'de', 'The father-of-three said he would appeal.'],
    ['title-garble', 'fr', 'The prosecutor of the Republic of Kosovo spoke.'],
    ['mt-boilerplate', 'de', 'The advertisement for the job ran for a week.']
])
