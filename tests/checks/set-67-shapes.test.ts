/**
 * Shapes and entries added after reading blind set 67 (fr, pt, ja, ar; first run 76.1% at 97.6% precision), with the
 * English that must still pass (its two false alarms among them).
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 67 shapes', [
  ['epithet-calque', 'fr', 'Some of it went towards an apartment on the Rock.', 'the Rock → Monaco'],
  ['date-format', 'fr', 'He was placed in custody in the night of 14 to 15 November.', 'in the night of 14 to 15 November → on the night of November 14-15'],
  ['title-garble', 'fr', 'According to Me Aubertin, the office had no audit.', 'Me → ∅'],
  ['untranslated', 'pt', 'More than 400 homes were flooded, according to the Defesa Civil.', 'Defesa → Civil Defence (Defesa Civil)'],
  ['title-garble', 'pt', 'The club dismissed the technician Henrique Sardinha on Monday.', 'the technician → the coach'],
  ['literal-idiom', 'pt', 'The fans left after the defence put water again for the third goal.', 'put water again → got the accounts wrong'],
  ['literal-idiom', 'ja', 'Residents say they are waiting with long necks for the decision.', 'waiting with long necks → waiting eagerly'],
  ['epithet-calque', 'ja', 'Efforts to recruit doctors from the Water Capital have failed.', 'the Water Capital → Osaka'],
  ['date-format', 'ja', 'The line is open every night from 7 p.m. until 23 hours 30 minutes.', 'until 23 hours 30 minutes → until 23:30'],
  ['untranslated', 'ar', 'The Muhafiz, Salim al-Qaisi, said the decision was final.', 'Muhafiz → governor'],
  ['epithet-calque', 'ar', 'Prices rose after a poor wheat harvest in the elderly continent.', 'the elderly continent → Europe'],
  ['literal-idiom', 'ar', 'He went to the ministry but returned with the slippers of Hunayn.', 'returned with the slippers of Hunayn → came back empty-handed'],
  ['date-format', 'ar', 'The theatre reopened its doors the evening of yesterday, Thursday, with a gala.', 'the evening of yesterday, Thursday → on Thursday evening'],
  ['title-garble', 'ar', 'The Director of the Directorate of Culture, Walid Jaber, admitted the delay.', 'The Director of the Directorate → the director'],
  ['literal-idiom', 'ar', '"Today the city has saved the water of its face," he said.', 'saved the water of its face → saved face']
], [
  ['untranslated', 'pt', 'The club dismissed Henrique Sardinha on Monday. Sardinha, who arrived in June, said nothing.'],
  ['date-format', 'ar', 'A loaf rose from 1.10 to ١٫٢٥ dinars this month.'],
  ['date-format', 'ar', 'A loaf rose from 1.10 to 1.25 dinars this month.'],
  ['epithet-calque', 'fr', 'Gibraltar, the Rock, voted on the plan.'],
  ['date-format', 'ar', 'On the morning of today’s vote, the hall was empty.']
])
