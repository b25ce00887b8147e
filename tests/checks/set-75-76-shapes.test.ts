/**
 * Shapes and entries added after reading held-out sets 75 and 76, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('sets 75–76 artifact shapes', [
  ['literal-idiom', 'zh', 'Sales were horse horse tiger tiger this year.', 'horse horse tiger tiger → so-so'],
  ['literal-idiom', 'id', 'Residents must prepare the umbrella before it rains.', 'prepare the umbrella before it rains → be prepared in advance'],
  ['literal-idiom', 'ar', 'The aid is a drop in the sea.', 'a drop in the sea → a drop in the ocean'],
  ['literal-idiom', 'ar', 'The verdict iced our chests.', 'iced our chests → brought us relief'],
  ['literal-idiom', 'ar', 'We will not leave a small or a big one unpunished.', 'leave a small or a big one → spare no one'],
  ['literal-idiom', 'nl', 'For years the violations were seen through the fingers.', 'were seen through the fingers → turn a blind eye to'],
  ['literal-idiom', 'tr', 'Before the final the calf\'s tail broke.', 'the calf\'s tail broke → the moment of truth came'],
  ['literal-idiom', 'it', 'The doctors threw the sponge after a year.', 'threw the sponge → throw in the towel'],
  ['literal-idiom', 'it', 'The works are still in high sea.', 'still in high sea → far from finished'],
  ['literal-idiom', 'it', 'At the premiere there was not even a dog.', 'there was not even a dog → there was not a soul'],
  ['epithet-calque', 'it', 'The company exports wine to the Hexagon.', 'the Hexagon → France'],
  ['untranslated', 'zh', 'Tian ayi sells vegetables at the market.', 'Tian ayi → Ms. Tian'],
  ['untranslated', 'es', 'The fiscal is seeking six years in prison.', 'The fiscal → the prosecutor'],
  ['untranslated', 'id', 'Floods hit three desa in the regency.', 'desa → village'],
  ['untranslated', 'ar', 'The Mohafez announced new bread prices.', 'Mohafez → governor'],
  ['untranslated', 'ar', 'The court ruled at the start of Tishreen al-Awwal.', 'Tishreen al-Awwal → October'],
  ['untranslated', 'nl', 'The burgemeester spoke to the press.', 'burgemeester → mayor'],
  ['mt-boilerplate', 'es', 'The team won the match.\n\n(Automatic translation)', '(Automatic translation) → ∅'],
  ['date-format', 'zh', 'The line opens at the bottom of 2027.', 'at the bottom of 2027 → at the end of 2027'],
  ['date-format', 'pt', 'The festival opens on second-fair.', 'second-fair → Monday'],
  ['date-format', 'nl', 'A new meeting is planned om 19.30 uur.', 'om 19.30 uur → at 7:30 p.m.'],
  ['date-format', 'it', 'The clinics are open from hours 18 to 22.', 'from hours 18 to 22 → from 6 p.m. to 10 p.m.'],
  ['date-format', 'it', 'The theatre will reopen on sabato 17/10.', '17/10 → October 17'],
  ['date-format', 'ar', 'The ruling of the 2nd of Ayyar stands.', 'the 2nd of Ayyar → May 2'],
  ['title-garble', 'zh', 'The vice mayor who divides and manages urban construction spoke.', 'who divides and manages → responsible for'],
  ['title-garble', 'id', 'The Head of the Implementer of BPBD spoke.', 'The Head of the Implementer → the executive head'],
  ['title-garble', 'es', 'The instructor judge ordered the arrest.', 'instructor judge → investigating judge'],
  ['title-garble', 'pt', 'The Municipal Chamber approved the tax.', 'The Municipal Chamber → the city council'],
  ['title-garble', 'ar', 'The President of the Council of Ministers visited the site.', 'The President of the Council of Ministers → the prime minister'],
  ['title-garble', 'ar', 'The Minister of the Municipal and Rural Affairs spoke.', 'The Minister of the Municipal and Rural Affairs → The Minister of Municipal and Rural Affairs'],
  ['title-garble', 'nl', 'The Deputized States decided to close the bridge.', 'The Deputized States → the provincial executive'],
  ['title-garble', 'nl', 'The mayor will meet all the fractions next week.', 'fractions → council groups'],
  ['title-garble', 'it', 'The Local Sanitary Agency published the lists.', 'Local Sanitary Agency → local health authority'],
  ['title-garble', 'it', '"We pay them properly," said the Health Assessor, Marta Rinaldi.', 'the Health Assessor → the health councillor'],
  ['title-garble', 'it', 'The first citizen cut the ribbon.', 'The first citizen → the mayor']
], [
  ['date-format', 'pt', 'A second fair was held in May.'],
  ['literal-idiom', 'it', 'The ship was in high sea when the storm hit.'],
  ['literal-idiom', 'it', 'The vet said there was not even a dog left in the kennel.'],
  ['title-garble', 'it', 'He was called the first citizen of the republic.'],
  ['title-garble', 'tr', 'During his governorship, the Kemerli Governorship building was restored.'],
  ['untranslated', 'id', 'The test positivity rate fell.'],
  ['untranslated', 'es', 'The fiscal year ends in June.'],
  ['title-garble', 'nl', 'Two thirds and other fractions of the budget were cut.']
])
