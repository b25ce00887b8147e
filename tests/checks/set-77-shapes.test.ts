/**
 * Shapes and entries added after reading held-out set 77, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 77 artifact shapes', [
  ['untranslated', 'id', 'The landslide buried the homes of 61 KK in the village.', 'KK → households'],
  ['literal-idiom', 'id', 'Officials said there were no victims of soul.', 'victims of soul → fatalities'],
  ['untranslated', 'zh', 'Schools close for Yuandan on Friday.', 'Yuandan → New Year\'s Day'],
  ['epithet-calque', 'zh', 'Pork exports to the Maple Leaf Country fell.', 'the Maple Leaf Country → Canada'],
  ['date-format', 'zh', 'Prices rose in the first ten days of May.', 'the first ten days of May → early May'],
  ['title-garble', 'zh', 'The Municipal Health and Health Commission issued a warning.', 'Health and Health Commission → Health Commission'],
  ['title-garble', 'zh', 'A doctor in charge explained the symptoms.', 'A doctor in charge → an attending physician'],
  ['title-garble', 'de', 'The State Court of Lindenau sentenced the treasurer.', 'The State Court of Lindenau → the Lindenau Regional Court'],
  ['title-garble', 'de', 'Federal Minister for Digital and Traffic Volker Hahn spoke.', 'Federal Minister for Digital and Traffic → Federal Minister for Digital and Transport'],
  ['date-format', 'fr', 'The match is on Saturday 14 march at the stadium.', '14 march → March 14'],
  ['literal-idiom', 'fr', 'The coach broke sugar on the back of the referee.', 'broke sugar on the back of → criticise behind their back'],
  ['literal-idiom', 'fr', '"We had our heads in the handlebars," the captain said.', 'our heads in the handlebars → lose perspective'],
  ['epithet-calque', 'fr', 'The Transalpines won the second half.', 'The Transalpines → The Italian group']
], [
  ['date-format', 'fr', 'The results may march on for 14 march weeks.'],
  ['title-garble', 'zh', 'The doctor in charge of the ward spoke.'],
  ['literal-idiom', 'fr', 'After the crash the cyclist hit his head in the handlebars.']
])
