/**
 * Shapes and entries added after reading blind set 40 (vi, ru, zh, ar; first run 60.2% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 40 shapes', [
  ['number-format', 'zh', 'The market received 6.8 wan visitors on the first night.', '6.8 wan → 68,000'],
  ['number-format', 'ar', 'Owners pay a fixed fee of 150 alf pounds a month.', '150 alf → 150 thousand'],
  ['date-format', 'vi', 'On the morning of 14/11, the high tide peaked at the station.', '14/11 → Nov. 14'],
  ['date-format', 'ru', 'A heating main burst on the night to Wednesday in the north of the city.', 'on the night to Wednesday → overnight into Wednesday'],
  ['epithet-calque', 'vi', 'The tide flooded more than 40 streets in the city bearing Uncle\'s name.', "the city bearing Uncle's name → Ho Chi Minh City"],
  ['epithet-calque', 'ru', 'Zvezda beat Sever 4-0 at home, as the army men won for the third time this season.', 'the army men → the club’s name'],
  ['epithet-calque', 'ar', 'Households in the Lady of the World pay $95 a month.', 'the Lady of the World → Beirut'],
  ['literal-idiom', 'vi', '"We cannot keep waiting until water reaches our feet before we jump," he said.', 'until water reaches our feet before we jump → leave things to the last minute'],
  ['literal-idiom', 'vi', '"Lam Hồng raised a bee in its own sleeve," a local newspaper wrote.', 'raised a bee in its own sleeve → nurtured a viper in its bosom'],
  ['literal-idiom', 'vi', '"Our players poured out sweat boiling and tears for ninety minutes," he said.', 'poured out sweat boiling and tears → gave everything'],
  ['literal-idiom', 'ru', 'The home side won with a dry score for the third time.', 'with a dry score → without conceding'],
  ['literal-idiom', 'ru', 'One fan wrote that he hit not in the eyebrow but in the eye.', 'not in the eyebrow but in the eye → right on target'],
  ['literal-idiom', 'ar', '"They are throwing ashes in our eyes with these numbers," a shop owner said.', 'throwing ashes in our eyes → window dressing'],
  ['untranslated', 'vi', 'According to the Anti-Flooding Ban, the sluice will open in December.', 'Ban → Board'],
  ['untranslated', 'vi', '"It is too late," said ông Lê Văn Hùng, who runs a noodle shop.', 'ông → '],
  ['untranslated', 'vi', 'After the break, HLV Phạm Anh Tuấn sent on two forwards.', 'HLV → coach'],
  ['untranslated', 'ru', 'The pipe burst in the Okhtinsky rayon of the city.', 'rayon → district'],
  ['untranslated', 'ru', 'A pipe gave way near the Sosnovsky most on Tuesday.', 'most → district'],
  ['untranslated', 'ru', '"Nu, the boys did everything right today," the coach said.', 'Nu → Well'],
  ['untranslated', 'zh', 'Many dama came with their grandchildren to watch.', 'dama → older women'],
  ['untranslated', 'zh', 'The Heshui jiedao office has opened a shelter.', 'jiedao → the bureau (in English)'],
  ['untranslated', 'ar', 'Residents of Hay al-Rayyan said their street turned into a river.', 'Hay → district/street after the name'],
  ['title-garble', 'vi', 'The visitors\' Head of Delegation Vũ Minh Quang complained about the referee.', 'Head of Delegation → team manager'],
  ['title-garble', 'ru', 'The gendirector of the utility, Oleg Varnavin, said heat was restored.', 'gendirector → director general'],
  ['title-garble', 'ru', 'The deputy chairman of the government of the city on the housing questions promised repairs.', 'deputy chairman of the government of the city on the housing questions → vice-governor'],
  ['title-garble', 'zh', 'The total engineer of the operating company said the sockets were overloaded.', 'total engineer → chief engineer'],
  ['title-garble', 'ar', 'His Happiness the Director of Civil Defence said teams were sent.', 'His Happiness → His Excellency'],
  ['title-garble', 'ar', 'The Minister of Energy in the government of conducting business said prices rose.', 'government of conducting business → caretaker government'],
  ['mt-boilerplate', 'zh', 'The warehouse reopened.\n\nRead 3.2万 | Like 418\n', 'Read 3.2万 | Like 418 → ∅'],
  ['mt-boilerplate', 'zh', 'The market was crowded.\n\nScan the QR code to download the client and read more news\n', 'Scan the QR code to download the client and read more news → ∅']
], [
  ['number-format', 'zh', 'Wan Li, a trader, said the stalls sold out.'],
  ['date-format', 'ru', 'On the night before Wednesday the pipe burst.'],
  ['untranslated', 'ru', 'The shirts are made of rayon and cotton.'],
  ['untranslated', 'vi', 'The salinity stayed above 4 per mille until May.'],
  ['untranslated', 'ru', 'Most residents of the Okhtinsky district stayed home.'],
  ['untranslated', 'vi', 'The UN chief Ban Ki-moon visited in 2010.'],
  ['untranslated', 'ar', 'Courts there apply Sharia law to family matters.'],
  ['untranslated', 'zh', 'La Dama de Elche is a famous bust.'],
  ['title-garble', 'zh', 'The total cost of the engineer training was 2 million yuan.'],
  ['literal-idiom', 'ar', 'Volcanic ash in the eyes of the villagers forced the evacuation.']
])
