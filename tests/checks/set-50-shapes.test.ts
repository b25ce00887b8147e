/**
 * Shapes and entries added after reading blind set 50 (pt, it, ja, tr; first run 73.9% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 50 shapes', [
  ['epithet-calque', 'pt', 'The Capital of the Orange recorded 4,812 probable cases.', 'The Capital of the Orange → ∅'],
  ['untranslated', 'pt', 'The head of the pasta, Rogério Antunes, admitted the delay.', 'pasta → portfolio'],
  ['untranslated', 'pt', 'The shipment arrived in February. Segundo him, the vaccine alone is not enough.', 'Segundo → According to'],
  ['untranslated', 'pt', 'The president said the SAD will guarantee half of the repayments.', 'SAD → the club’s company'],
  ['literal-idiom', 'pt', '"Someone put water in the accounts, and we will pay," he said.', 'put water in the accounts → got the accounts wrong'],
  ['title-garble', 'it', 'The assessor to the viability, Chiara Benedetti, said repairs could take months.', 'The assessor to the viability → the councillor for'],
  ['title-garble', 'it', 'The undersecretary to the agriculture promised help for the sector.', 'The undersecretary to the agriculture → ∅'],
  ['untranslated', 'it', 'The government promised a piano of aid for the growers.', 'piano → plan'],
  ['literal-idiom', 'it', '"They are throwing the ball into the stands and hoping we forget," he said.', 'throwing the ball into the stands → stalling for time'],
  ['literal-idiom', 'it', '"You cannot make the wedding with dried figs," said a miller.', 'make the wedding with dried figs → do things on the cheap'],
  ['epithet-calque', 'ja', 'The Kitchen of the North would become the only town without a railway.', 'The Kitchen of the North → ∅'],
  ['number-format', 'ja', 'The company will recall about 12 man packs of rice crackers.', '12 man → 120,000'],
  ['date-format', 'ja', 'He spoke at a news conference that began at afternoon 3 o\'clock.', 'at afternoon 3 o\'clock → at 3 p.m.'],
  ['mt-boilerplate', 'ja', 'The company apologised.\n\n[Related articles] Autumn festival to return after four-year break', '[Related articles] Autumn festival to return after four-year break → ∅'],
  ['title-garble', 'tr', 'Water director Kemal Arslan said the dam was low. Mr. Kemal called on residents to save water.', 'Mr. Kemal → Mr. Arslan'],
  ['untranslated', 'tr', 'Residents should stop using fountains ve garden hoses.', 've → and'],
  ['title-garble', 'tr', '"We thank Süleyman Teacher for his efforts," the club said.', 'Süleyman Teacher → Süleyman'],
  ['literal-idiom', 'tr', '"Every player has salt in this soup," the chairman said.', 'has salt in this soup → has played a part in this'],
  ['literal-idiom', 'tr', 'Critics say the club fired a bullet into its own foot by selling its striker.', 'fired a bullet into its own foot → shot itself in the foot']
], [
  ['epithet-calque', 'pt', 'Lisbon was named the Capital of Culture in 1994.'],
  ['untranslated', 'pt', 'The pasta was served with tomato sauce.'],
  ['untranslated', 'it', 'The piano of the orchestra was tuned before the concert.'],
  ['literal-idiom', 'it', 'In the 89th minute the defender kicked the ball into the stands.'],
  ['title-garble', 'tr', 'Mr. Kemal Arslan said the dam was low.'],
  ['title-garble', 'id', 'Budi Santoso met the press. Mr. Budi said prices would fall.'],
  ['literal-idiom', 'tr', 'The chef put more salt in the soup to improve its taste.'],
  // English writers date by the day alone too (a reference in the corpus does): not flagged, even from Japanese.
  ['date-format', 'ja', 'On the 5th, the company announced its results.']
])
