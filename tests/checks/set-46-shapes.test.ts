/**
 * Shapes and entries added after reading blind set 46 (vi, ru, zh, ar; first run 62.5% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 46 shapes', [
  ['title-garble', 'vi', 'Chairman People\'s Committee province Hà Lâm Lê Văn Thịnh said no family would be left behind.', 'Chairman People\'s Committee province Hà Lâm → Chairman of the Hà Lâm Provincial People\'s Committee'],
  ['literal-idiom', 'vi', '"The intact leaf wraps the torn leaf," a volunteer said.', 'The intact leaf wraps the torn leaf → Those who have help those who have not'],
  ['epithet-calque', 'vi', 'The Golden Star Warriors beat Thailand 2-1 in the final.', 'The Golden Star Warriors → The Vietnam national team'],
  ['literal-idiom', 'vi', '"Once we have thrown the spear, we must follow the spear," the coach said.', 'thrown the spear, we must follow the spear → in for a penny, in for a pound'],
  ['literal-idiom', 'vi', '"One tree cannot make a hill," the captain said.', 'One tree cannot make a hill → Unity is strength'],
  ['untranslated', 'vi', 'The captain dedicated the trophy to the coaching ban and the fans.', 'ban → staff'],
  ['title-garble', 'vi', 'Vice President Standing of the Vietnam Football Federation Trần Quốc Tuấn attended.', 'Vice President Standing → Standing Vice President'],
  ['untranslated', 'ru', 'Travel time will fall to three and a half hours, the RZhD press service said.', 'RZhD → ∅'],
  ['title-garble', 'ru', 'The head of the Ministry of Transport of the Russian Federation rode the new train.', 'The head of the Ministry of Transport of the Russian Federation → the Transport Minister'],
  ['literal-idiom', 'ru', 'Officials admitted the construction had not gone like two fingers on the asphalt.', 'like two fingers on the asphalt → as easy as pie'],
  ['mt-boilerplate', 'ru', 'The line opens in 2027.\n\nNoticed a mistake? Select it and press Ctrl+Enter', 'Noticed a mistake? Select it and press Ctrl+Enter → ∅'],
  ['untranslated', 'zh', 'The plant is in the High-Tech Zone, according to the zone\'s Guanweihui.', 'Guanweihui → the bureau (in English)'],
  ['untranslated', 'zh', 'More than 80,000 visitors came, the local Wenlüju said on Sunday.', 'Wenlüju → the bureau (in English)'],
  ['title-garble', 'zh', '"We cannot rely on others," Chen Zong told reporters.', 'Chen Zong → General Manager Chen'],
  ['literal-idiom', 'zh', 'The subsidy was adding flowers on brocade for the firm.', 'adding flowers on brocade → the icing on the cake'],
  ['date-format', 'zh', 'The ceremony began at Beijing time 10:00 in the main hall.', 'Beijing time 10:00 → 10 a.m. Beijing time'],
  ['date-format', 'zh', 'Crowds overwhelmed the ancient town during the Eleven Golden Week.', 'the Eleven Golden Week → the National Day Golden Week'],
  ['literal-idiom', 'zh', 'Tourists filled the river like dumplings being dropped into a pot.', 'like dumplings being dropped into a pot → packed shoulder to shoulder'],
  ['title-garble', 'zh', 'The Minister of the Propaganda Department of the city spoke first.', 'Minister of the Propaganda Department → head of the Propaganda Department'],
  ['literal-idiom', 'zh', 'Critics said the city would wait to mend the pen until the sheep are lost.', 'wait to mend the pen until the sheep are lost → better late than never'],
  ['number-format', 'ar', 'The plant will supply about one million and 200 thousand residents.', 'one million and 200 thousand → 1.2 million'],
  ['number-format', 'ar', 'Farmers expect to press 23 thousand and 500 tons of oil this season.', '23 thousand and 500 → 23,500'],
  ['untranslated', 'ar', '"We carried water to the fifth floor, wa the officials kept promising," she said.', 'wa → and'],
  ['untranslated', 'ar', 'The Sayed Governor, who inaugurated the plant, spoke briefly.', 'Sayed → '],
  ['date-format', 'ar', 'Pumping will begin at the ninth hour in the evening on Saturday.', 'at the ninth hour in the evening → at 9 p.m.'],
  ['title-garble', 'ar', 'His Excellency the Minister of Agriculture said on Monday that prices will rise.', 'His Excellency → ∅'],
  // A month named alone is an untranslated word since the ninth session (annotators: 10 of 11).
  ['untranslated', 'ar', 'The harvest began at the start of Tishreen al-Awwal in the north.', 'Tishreen al-Awwal → October'],
  ['literal-idiom', 'ar', '"Whoever has his hand in the water is not like whoever has his hand in the fire," a farmer said.', 'his hand in the water is not like → it is easy for those not affected to talk'],
  ['literal-idiom', 'ar', 'Officials left things with the rope on the camel\'s back.', 'with the rope on the camel\'s back → unchecked'],
  ['literal-idiom', 'ar', 'Complaining to the ministry is blowing into a punctured waterskin.', 'blowing into a punctured waterskin → a waste of breath']
], [
  ['untranslated', 'vi', 'The player received a two-match ban from the federation.'],
  ['untranslated', 'vi', 'The coaching ban was lifted on Monday.'],
  ['number-format', 'ar', 'The match ended with one thousand and two fans still inside.'],
  ['title-garble', 'ru', 'The head of the Ministry\'s press office declined to comment.'],
  ['date-format', 'zh', 'Beijing time is eight hours ahead of London.'],
  ['literal-idiom', 'zh', 'The chef cooked the dumplings like dumplings in a pot at the restaurant.']
])
