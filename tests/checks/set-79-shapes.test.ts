/**
 * Shapes and entries added after reading held-out set 79, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 79 artifact shapes', [
  ['epithet-calque', 'pt', 'The former mayor fled to the country of samba.', 'the country of samba → Brazil'],
  ['title-garble', 'pt', 'The Relation Court upheld the sentence.', 'The Relation Court → the appeal court'],
  ['title-garble', 'vi', 'Vice Director Tran Van Minh said cases rose.', 'Vice Director → Deputy Director'],
  ['title-garble', 'vi', 'A leader of Tan Phu commune said 40 houses were flooded.', 'A leader of Tan Phu commune → an official of Tan Phu commune'],
  ['literal-idiom', 'vi', 'As the saying goes, the good leaf covers the torn leaf.', 'the good leaf covers the torn leaf → those who have help those who have not'],
  ['literal-idiom', 'it', '"Who sleeps does not catch fish," the coach said.', 'Who sleeps does not catch fish → You snooze, you lose'],
  ['date-format', 'it', 'The theatre opens at ore 10 on Saturday.', 'at ore 10 → at 10 a.m.'],
  ['title-garble', 'de', 'The upper master of the bakers\' guild spoke.', 'The upper master → the guild master']
], [
  ['untranslated', 'pt', 'He was tried in absentia.'],
  // Hamburg's head of government is `First Mayor` in English (set 9), so `the First Mayor` is not flagged.
  ['title-garble', 'de', 'The First Mayor of Hamburg opened the port festival.'],
  ['epithet-calque', 'pt', 'The country of samba music and carnival dancers welcomed them.']
])
