import type {SourceWordList} from '../types.js'

/**
 * Arabic left in English or French text: reporting verbs, prepositions and
 * connectives in Arabic script that machine translation let through, and
 * the forms of address that come before a name.
 */
export const sourceWords: SourceWordList = {
  sourceLang: 'ar',
  words: [
    'قال', 'قالت', 'وقال', 'وقالت', 'وفقا', 'وفقاً', 'وفقًا', 'أضاف', 'أضافت', 'وأضاف', 'وأضافت', 'أكد', 'أكدت', 'وأكد', 'وأكدت', 'أوضح', 'أوضحت', 'وأوضح', 'أشار', 'أشارت',
    'وأشار', 'صرح', 'وصرح', 'أعلن', 'أعلنت', 'في', 'من', 'على', 'إلى', 'أن', 'إن', 'التي', 'الذي', 'الذين', 'حسب', 'بحسب', 'ذلك', 'هذا', 'هذه', 'مع', 'كما', 'لكن', 'حيث',
    'عن', 'وفي', 'وقد', 'قد', 'كان', 'كانت', 'بين', 'بعد', 'قبل', 'خلال', 'مليون', 'مليار', 'دولار', 'يوم', 'العام', 'wafqan', 'hasab',
    // Weekdays in transliteration.
    'al-ahad', 'al-ithnayn', 'al-ithnain', 'al-thulatha', 'al-arbiaa', "al-arbi'a", 'al-khamis', 'al-jumaa', "al-jum'a", 'al-sabt'
  ],
  // Administrative nouns left in transliteration (`the Wadi Sawan muhafaza`).
  terms: {muhafaza: 'governorate', muhafazah: 'governorate', muhafazat: 'governorates', baladiya: 'municipality', baladiyah: 'municipality', baladiyya: 'municipality', muhafiz: 'governor', amanah: 'municipality', amana: 'municipality', muroor: 'traffic police', mohafez: 'governor', mohafiz: 'governor', muhafez: 'governor', majlis: 'council'},
  honorifics: ['السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'hajj', 'haj', 'hajja', 'hajjah', 'ustaz', 'ustadh', 'ustaza', 'ustadha', 'samahat', 'fadilat', 'maali', 'ma\'ali', 'al-sayyid', 'al-sayyida', 'al-sayed', 'al-sayeda', 'al-ustaz', 'al-ustadh', 'al-ustaza', 'al-ustadha'],
  spared: [
    'hijab', 'niqab', 'burqa', 'burka', 'intifada', 'sharia', 'fatwa', 'fatwas', 'jihad', 'jihadist', 'jihadists', 'imam', 'imams', 'mufti', 'sheikh', 'shaikh', 'emir', 'emirate',
    'souk', 'souq', 'hummus', 'falafel', 'shawarma', 'halal', 'haram', 'ramadan', 'eid', 'hajj', 'umrah', 'madrasa', 'madrassa', 'mujahideen', 'fedayeen', 'wadi', 'keffiyeh',
    'kufiya', 'inshallah', 'mashallah', 'alhamdulillah', 'dinar', 'dinars', 'dirham', 'dirhams', 'riyal', 'riyals', 'majlis', 'shura', 'ulema', 'abaya', 'dabke', 'caliph',
    'caliphate', 'sultan', 'vizier', 'mullah', 'ayatollah', 'hezbollah', 'hamas', 'fatah', 'nakba', 'sumud', 'hadith', 'sunna', 'sunni', 'shia', 'shiite', 'muezzin', 'minaret',
    'qibla', 'zakat', 'iftar', 'suhoor', 'tahini', 'baba', 'ganoush', 'tabbouleh', 'fattoush', 'kunafa', 'knafeh', 'oud', 'qanun', 'hookah', 'shisha', 'sayyid', 'sharif',
    'habibi', 'yalla', 'mukhabarat', 'wasta', 'diwan', 'diwaniya', 'bedouin', 'dhow', 'falaj', 'qat', 'khat', 'hadj',
    // Land measures of the former Ottoman lands, in English dictionaries.
    'dunum', 'dunums', 'dunam', 'dunams', 'donum', 'donums'
  ]
}
