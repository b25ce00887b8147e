/**
 * Shapes and entries added after reading the artifacts of attribution batches 68–70 (cases 210–218), with the
 * English that must still pass. (A day of the month without its month, `on the 14th` from Japanese and Chinese,
 * was tried and dropped: the tuned corpus's annotators left 27 such days unlisted and listed three.)
 */
import {shapeSuite} from './helpers.js'

shapeSuite('batches 68–70 artifact shapes', [
  ['literal-idiom', 'tr', '"May it pass to all our citizens. The state is here," the governor said.', 'May it pass to all our citizens → Our best wishes to'],
  ['title-garble', 'tr', 'Province Agriculture and Forest Director Nurhan Ekinci expects a loss.', 'Province Agriculture and Forest Director → provincial director of agriculture and forest'],
  ['title-garble', 'vi', 'Mr. Tran Van Khai, Permanent Vice Chairman of the People’s Committee, spoke.', 'Permanent → Standing'],
  ['title-garble', 'vi', 'Brother Nguyen Van Tam, a cage-fish farmer, lost his fish.', 'Brother → ∅'],
  ['literal-idiom', 'vi', '“Now my family is white-handed,” he said.', 'white-handed → ruined'],
  ['literal-idiom', 'vi', 'If violations are found, the company will take responsibility before the law.', 'take responsibility before the law → be held legally accountable'],
  ['date-format', 'vi', 'The permit had expired in 12/2025 and had not been renewed.', 'in 12/2025 → in December 2025'],
  ['literal-idiom', 'ja', 'The closure leaves elderly residents without "the only legs" they have.', 'the only legs → the only means of transport'],
  ['literal-idiom', 'ja', '"We want the prefecture to cut its own body, too," the mayor insisted.', 'cut its own body → make sacrifices of its own'],
  ['title-garble', 'ja', 'According to the relevant person of the prefecture, the governor will decide.', 'the relevant person of the prefecture → a prefecture official'],
  ['literal-idiom', 'es', '"They are putting the cart in front of the oxen," he said.', 'putting the cart in front of the oxen → putting the cart before the horse'],
  ['untranslated', 'es', 'The Confederación approved a cut of 40%.', 'Confederación → river basin authority'],
  ['literal-idiom', 'id', '"We will not let this case stop in the middle of the road," he said.', 'stop in the middle of the road → stop halfway'],
  ['untranslated', 'id', 'Ratna, citing data of the Syahbandar, said the slick had spread.', 'Syahbandar → harbourmaster'],
  ['literal-idiom', 'fr', 'The council announced the closure until new order of the bridge.', 'until new order → until further notice'],
  ['literal-idiom', 'fr', '"My commune will be cut from the world during all the summer."', 'cut from the world → cut off from the world'],
  ['untranslated', 'de', 'The birth station of the Kreisklinik will be closed.', 'Kreisklinik → district hospital'],
  ['literal-idiom', 'de', 'He rejected the reproach that the district had left the clinic in the rain.', 'left the clinic in the rain → left … in the lurch'],
  ['literal-idiom', 'de', '"Here one saves at the wrong end," a midwife said.', 'saves at the wrong end → is cutting corners in the wrong place'],
  ['title-garble', 'de', 'Sabine Roth, speaker of the citizens’ initiative, called on the council.', 'speaker of the → spokesperson for the'],
  ['title-garble', 'de', 'The faction Forum Oberwald claimed that the group had planned it.', 'The faction → the council group'],
  ['date-format', 'zh', 'The temperature fell to minus 4.5 degrees at 6时 in the morning.', '6时 → 6:00'],
  ['title-garble', 'zh', 'County Agriculture and Rural Bureau Deputy Director Chen Hongmei said the buds froze.', 'County Agriculture and Rural Bureau Deputy Director → deputy director of the County Agriculture and Rural Bureau'],
  ['literal-idiom', 'zh', '"Tea farmers cannot always depend on the sky to eat."', 'depend on the sky to eat → be at the mercy of the weather']
], [
  ['title-garble', 'vi', 'Brother, the film, opens on Friday.'],
  ['date-format', 'vi', 'The score was 12/20 in the final.'],
  ['literal-idiom', 'id', 'The bus broke down and had to stop in the middle of the road.'],
  ['literal-idiom', 'de', 'Without an umbrella they left the children in the rain.'],
  ['title-garble', 'de', 'Anna Roth, speaker of the Bundestag, opened the session.']
])

shapeSuite('English the clean references of batches 71–80 forced the checks to pass', [], [
  ['untranslated', 'it', 'Giulia Ferri, mayor of Castelrovo sul Lete, urged the Region to decide.'],
  ['untranslated', 'pt', 'Visitors came from Castelo de Vide and Vila Nova da Barquinha.'],
  ['literal-idiom', 'ja', '"It is regrettable that the conclusion was decided first," he said.'],
  ['untranslated', 'es', 'He denied that the brine will damage the posidonia meadows off the coast.'],
  ['untranslated', 'zh', 'The cause was preliminarily identified as a lack of oxygen.'],
  ['date-format', 'es', '"We will not back down, because at the end of the day the bay belongs to everybody," she said.']
])
