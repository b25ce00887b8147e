import type {SourceWordList} from '../types.js'

/**
 * Turkish left in English or French text: reporting verbs, postpositions
 * and connectives, and the forms of address (Sayın, Bayan before a name;
 * Bey, Hanım after a first name).
 */
export const sourceWords: SourceWordList = {
  sourceLang: 'tr',
  words: [
    'dedi', 'diye', 'ifade etti', 'açıkladı', 'belirtti', 'söyledi', 'kaydetti', 'vurguladı', 'dile getirdi', 'aktardı', 'bildirdi', 'açıklamasında', 'şöyle', 'şunları',
    'ile', 'için', 'olarak', 'ancak', 'fakat', 'göre', 'yüzde', 'milyon', 'milyar', 'ayrıca', 'değil', 'gibi', 'daha', 'çok', 'olan', 'olduğunu', 'olduğu', 'tarafından',
    'yaptığı', 'bulunan', 'bunun', 'şu', 'bir', 'sonra', 'önce', 'kadar', 'üzere', 'yaklaşık', 'itibarıyla', 'açısından',
    // *ise* (as for, whereas) after a noun: `Serbia ise could not recover`.
    'ise'
  ],
  terms: {
    muhtar: 'neighbourhood headman', muhtarlık: 'neighbourhood office', vali: 'governor', valilik: 'governorate',
    kaymakam: 'district governor', kaymakamlık: 'district governorate', mahalle: 'neighbourhood', belediye: 'municipality',
    meclis: 'council', partisi: 'Party'},
  honorifics: ['sayın', 'sayin', 'bayan', 'bey', 'hanım', 'hanim', 'hoca'],
  spared: [
    'kebab', 'kebap', 'döner', 'doner', 'baklava', 'raki', 'rakı', 'pasha', 'paşa', 'meze', 'hamam', 'hammam', 'ayran', 'simit', 'lira', 'liras', 'kuruş', 'kurus', 'jandarma',
    'imam', 'hatip', 'sucuk', 'lokum', 'yogurt', 'yoghurt', 'kilim', 'divan', 'ottoman', 'effendi', 'efendi', 'agha', 'aga', 'bey', 'hodja', 'vizier', 'sultan', 'dolmuş', 'dolmus',
    'gecekondu', 'çay', 'pide', 'lahmacun', 'köfte', 'kofte', 'börek', 'borek', 'boza', 'ezan', 'harem', 'bazaar', 'kiosk', 'yalı', 'tekke', 'sufi', 'dervish', 'saz', 'bağlama',
    'zurna', 'halay', 'akp', 'chp', 'mhp', 'iyi', 'diyanet', 'türkiye', 'turkiye'
  ]
}
