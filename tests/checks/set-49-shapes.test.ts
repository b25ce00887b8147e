/**
 * Shapes and entries added after reading blind set 49 (vi, ru, zh, ar; first run 70.9% at 100% precision), with the
 * English that must still pass. The idioms inflected past every listed literal are the skeleton matcher's
 * (`tests/text/skeletons.test.ts`).
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 49 shapes', [
  ['literal-idiom', 'vi', 'Substitute Tran Minh Khoa, who played like a fish meeting water on the left wing, equalised.', 'like a fish meeting water → in his element'],
  ['literal-idiom', 'vi', '"We have been grinding this iron bar into a needle for two years," the coach said.', 'iron bar into a needle → perseverance pays off'],
  ['title-garble', 'vi', 'Chief Delegation Nguyen Huu Tam said the federation would appeal.', 'Chief Delegation → head of delegation'],
  ['literal-idiom', 'ru', 'Lapshin promised to show the contractors where the crayfish spend the winter if the deadline slipped.', 'where the crayfish spend the winter → teach a lesson'],
  ['literal-idiom', 'ru', 'For the coach, the financial news added a spoon of tar to the barrel of honey.', 'spoon of tar to the barrel of honey → a fly in the ointment'],
  ['title-garble', 'ru', 'The vice-governor on social questions, Yelena Mironova, said the region would help.', 'The vice-governor on social questions → ∅'],
  ['epithet-calque', 'ru', 'In front of 11,200 fans, the red-whites took the lead on the half-hour.', 'the red-whites → ∅'],
  ['date-format', 'zh', 'The railway opened to traffic on 12月26日, cutting the journey to two hours.', '12月26日 → December 26'],
  ['date-format', 'ja', 'The line closes on 2025年3月31日, the company said.', '2025年3月31日 → March 31, 2025'],
  ['date-format', 'zh', 'Officers returned on 19日 to take more samples.', '19日 → the 19th'],
  ['untranslated', 'zh', '"I can get there before lunch," said a tea farmer from Pingshan Xian.', 'Xian → County'],
  ['untranslated', 'zh', '"I spent the night in the emergency room," said Mr. Chen (化名), a 34-year-old office worker.', '化名 → ∅'],
  ['title-garble', 'zh', 'The line will carry 40,000 passengers a day, according to the responsible comrade of the railway company.', 'the responsible comrade → an official'],
  ['literal-idiom', 'zh', 'For the mountain villages along the route, the line is charcoal sent in the snow.', 'charcoal sent in the snow → timely help'],
  ['title-garble', 'ar', 'The Agent of the Ministry of Housing for Utilities, Samir Abdel Latif, told reporters the plant was ready.', 'The Agent of the Ministry → the undersecretary of the ministry'],
  ['title-garble', 'ar', 'The Amin of Baghdad said extra buses would run from the city centre.', 'The Amin of → the mayor of'],
  ['untranslated', 'ar', 'Water would reach homes in the hay al-Nasr within weeks.', 'hay → district/street after the name'],
  ['epithet-calque', 'ar', 'The book fair opened in the capital of al-Rashid on Thursday.', 'the capital of al-Rashid → Baghdad'],
  ['epithet-calque', 'ar', 'A pavilion is dedicated to publishers from the Mother of the Two Springs.', 'the Mother of the Two Springs → Mosul']
], [
  ['untranslated', 'zh', 'The delegation flew from Xian to Beijing on Monday.'],
  ['date-format', 'zh', 'The ticket costs 26 yuan.'],
  ['title-garble', 'ru', 'The deputy governor answered questions from reporters.'],
  ['untranslated', 'ar', 'Farmers stacked the hay in the barn.'],
  ['epithet-calque', 'ru', 'The red-white barrier was lowered across the road.'],
  ['literal-idiom', 'ru', 'The beekeeper sold a barrel of honey at the market.']
])
