/**
 * Shapes and entries added after reading blind set 62 (vi, ru, zh, ja; first run 71.7% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 62 shapes', [
  ['title-garble', 'vi', 'The President of the province ordered all schools in three districts to close.', 'The President of the province → the chairman of the People\'s Committee'],
  ['title-garble', 'vi', '"They betrayed people," the Chairwoman of the trial said as she read the verdict.', 'the Chairwoman of the trial → the presiding judge'],
  ['literal-idiom', 'vi', '"Now we are like a fish lying on the chopping board," Hà said.', 'like a fish lying on the chopping board → completely helpless'],
  ['title-garble', 'ru', 'said Irina Sokolova, the chairwoman of the commission on budget and taxes.', 'the chairwoman of the commission on → ∅'],
  ['mt-boilerplate', 'ru', 'They will be favourites again.\n\nTranslated with the help of a neural network. Errors are possible.', 'Translated with the help of a neural network. Errors are possible. → ∅'],
  ['literal-idiom', 'zh', 'Officials described the release as sending charcoal in snowy weather for poor families.', 'sending charcoal in snowy weather → timely help'],
  ['literal-idiom', 'zh', '"The prices go up like sesame flowers blooming, one section higher each time," she said.', 'like sesame flowers blooming → rising steadily'],
  ['epithet-calque', 'zh', 'Imports of frozen pork from the country of bullfighting have fallen.', 'the country of bullfighting → Spain'],
  ['date-format', 'zh', 'The hospital alone received 3,860 patients on Week Two, the commission said.', 'on Week Two → on Tuesday'],
  ['literal-idiom', 'zh', '"They are waiting until they are thirsty to dig a well," the doctor said.', 'thirsty to dig a well → leaving it until the last minute'],
  ['date-format', 'zh', 'The fever clinic will stay open until 22点 every day.', '22点 → 22:00'],
  ['untranslated', 'ja', 'Sayamine Electric Railway, a private operator in Sayamine-ken, announced the cuts.', '-ken →  Prefecture'],
  ['literal-idiom', 'ja', '"We would borrow even the hands of a cat, but drivers need two years of training," he said.', 'would borrow even the hands of a cat → be rushed off their feet'],
  ['untranslated', 'ja', 'Trains on the branch line to Kamisaya-cho will run only once an hour.', '-cho →  town'],
  ['date-format', 'ja', 'The lanterns were lit at 19時 on both nights.', '19時 → 19:00'],
  ['title-garble', 'ja', 'The work was supervised by Kato, 78, the family origin of the Kurotaki school of lantern painting.', 'the family origin → the grand master'],
  ['literal-idiom', 'ja', '"In our school we say continuation is power," Kato said.', 'continuation is power → perseverance pays off'],
  ['literal-idiom', 'ja', 'One committee member described it as a bee on a crying face after the long break.', 'a bee on a crying face → adding insult to injury'],
  ['epithet-calque', 'ja', 'Many visitors came by special buses from the Thousand-Year Capital.', 'the Thousand-Year Capital → Kyoto']
], [
  ['title-garble', 'vi', 'The President of the Republic of Korea visited the province.'],
  ['date-format', 'zh', 'Week Two of the training camp began on Monday.'],
  ['untranslated', 'ja', 'The singer Ken took the stage in Kyoto.'],
  ['title-garble', 'ja', 'The family origin of the name is unclear.']
])
