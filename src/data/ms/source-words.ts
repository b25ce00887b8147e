/**
 * Malay words that should not survive into an English or French translation:
 * function words, reporting verbs and particles of Malaysian news writing.
 * Written for translation-qa. Words that are also English words or common
 * names (dan, di, para, yang, ada, dia, kami, kita, pun, lalu, mau, ya, lah,
 * kan, tapi, dari, antara, pula, kata, agar) are left out on purpose; day and
 * month names are handled elsewhere.
 */
import type {SourceWordList} from '../types.js'

export const sourceWords: SourceWordList = {
  sourceLang: 'ms',
  words: [
    // Reporting verbs ("he/she said") and their two-word forms.
    'katanya', 'ujarnya', 'jelasnya', 'tambahnya', 'tegasnya', 'ulasnya', 'dakwanya', 'menurutnya', 'katanya lagi',
    'beliau berkata', 'kata beliau', 'ujar beliau', 'tambah beliau', 'jelas beliau', 'tegas beliau', 'menurut beliau',
    'beliau', 'ujar', 'katanya kepada',
    // Demonstratives and connectives.
    'tersebut', 'iaitu', 'manakala', 'bahawa', 'namun', 'walau bagaimanapun', 'bagaimanapun', 'selain itu',
    'oleh itu', 'oleh sebab itu', 'sementara itu', 'dalam pada itu', 'sehubungan itu', 'justeru', 'malah', 'walaupun',
    'meskipun', 'sekiranya', 'jika', 'kerana', 'apabila', 'ketika', 'semasa', 'selepas', 'sebelum', 'sejak', 'sehingga',
    'hingga', 'serta', 'atau', 'tetapi', 'itu', 'ini', 'ialah', 'adalah', 'merupakan',
    // Prepositions.
    'dengan', 'untuk', 'kepada', 'pada', 'dalam', 'oleh', 'daripada', 'terhadap', 'mengenai', 'tentang', 'menerusi',
    'melalui', 'menurut', 'seperti', 'sekitar', 'bagi', 'tanpa', 'bersama',
    // Auxiliaries, adverbs and particles.
    'sudah', 'belum', 'akan', 'telah', 'sedang', 'masih', 'juga', 'hanya', 'lebih', 'boleh', 'dapat', 'perlu', 'mesti',
    'harus', 'pernah', 'sentiasa', 'sangat', 'amat', 'paling', 'sahaja', 'lagi', 'turut', 'tidak', 'bukan', 'secara',
    'sebagai', 'sendiri', 'terus', 'segera', 'kemudian', 'mereka', 'sejumlah', 'beberapa', 'seluruh', 'setiap',
    'sebuah', 'seorang', 'pihak'
  ],
  honorifics: ['Encik', 'Cik', 'Puan', 'Saudara', 'Saudari', 'Sdr.', 'Sdri.'],
  spared: [
    'datuk', 'dato', "dato'", 'datin', 'tan', 'sri', 'tun', 'toh', 'tunku', 'tengku', 'tuan', 'yb', 'yang', 'berhormat',
    'ringgit', 'sen', 'kampung', 'kampong', 'surau', 'balai', 'adat', 'songkok', 'baju', 'kurung', 'kebaya', 'nasi',
    'lemak', 'roti', 'canai', 'teh', 'tarik', 'mamak', 'bumiputera', 'bumiputra', 'agong', 'sultan', 'raja',
    'menteri', 'besar', 'dewan', 'rakyat', 'negara', 'bersatu', 'pakatan', 'harapan', 'barisan', 'nasional', 'umno',
    'khalwat', 'ah', 'long', 'kopitiam', 'laksa', 'satay', 'rendang', 'durian', 'batik', 'silat', 'wau', 'gotong',
    'royong', 'jalan', 'lorong', 'bukit', 'sungai', 'pulau', 'bandar', 'taman', 'felda', 'majlis', 'bernama', 'ustaz',
    'haji', 'hajah', 'syariah', 'mufti'
  ]
}
