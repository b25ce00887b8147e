/**
 * Shapes and entries added after reading blind set 70 (id, de, fr, es; first run 85.5% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 70 shapes', [
  ['untranslated', 'id', 'The slope collapsed on Sunday (9/2/2025) sore after heavy rain.', 'sore → afternoon'],
  ['title-garble', 'id', 'The indictment was read by the General Public Prosecutor, Dewi Lestari.', 'the General Public Prosecutor → the public prosecutor'],
  ['title-garble', 'id', 'The Chief of the Judges Assembly, Agus Pranoto, questioned him.', 'The Chief of the Judges Assembly → the presiding judge'],
  ['title-garble', 'id', 'Chief Judge Agus Prabowo said the defendant was guilty.', 'Chief Judge → Presiding judge'],
  ['epithet-calque', 'de', 'The mayor pointed to the cathedral city, which raised its trade tax.', 'the cathedral city → Cologne'],
  ['epithet-calque', 'de', 'Trains to the Hanseatic city will be diverted.', 'the Hanseatic city → Hamburg'],
  ['title-garble', 'de', 'The District Council Peter Möller criticised the notice.', 'The District Council → District Administrator'],
  ['literal-idiom', 'de', 'For many this means coming from the rain into the gutter.', 'from the rain into the gutter → out of the frying pan into the fire'],
  ['literal-idiom', 'de', 'In the countryside no rooster crows after a cancelled bus.', 'no rooster crows after → nobody cares about'],
  ['literal-idiom', 'fr', '"The ball is now in the camp of the minister," she said.', 'ball is now in the camp of → the ball is in … court'],
  ['title-garble', 'es', 'The Committee of Competition confirmed the ban.', 'The Committee of Competition → the Competition Committee'],
  ['title-garble', 'es', 'The club\'s technical secretary denied the reports of a new signing.', 'technical secretary → sporting director']
], [
  ['untranslated', 'id', 'He had a sore throat on Sunday.'],
  ['epithet-calque', 'de', 'Salisbury is a cathedral city in Wiltshire.'],
  ['epithet-calque', 'de', 'The Hanseatic League traded across the Baltic.'],
  ['title-garble', 'de', 'The District Council Chairman Peter Möller spoke.'],
  ['literal-idiom', 'de', 'On the farm no rooster crows after dawn any more.'],
  ['title-garble', 'es', 'The ministry\'s technical secretary signed the decree.']
])
