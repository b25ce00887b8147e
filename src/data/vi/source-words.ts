import type {SourceWordList} from '../types.js'

/**
 * Vietnamese left in English or French text: reporting verbs, function
 * words and classifiers (with their diacritics, which no English word
 * has), and the forms of address that come before a name (ông, bà, chị…).
 */
export const sourceWords: SourceWordList = {
  sourceLang: 'vi',
  words: [
    'cho biết', 'cho rằng', 'cho hay', 'nói', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'thông tin', 'phát biểu', 'theo đó', 'của', 'và', 'là', 'những', 'các', 'được', 'không',
    'này', 'đã', 'đang', 'sẽ', 'với', 'trong', 'người', 'năm', 'nhưng', 'cũng', 'tại', 'để', 'khi', 'thì', 'có', 'nhiều', 'rất', 'hơn', 'một', 'đó', 'như', 'về', 'từ',
    'tỷ đồng', 'triệu đồng', 'nghìn đồng', 'tỷ', 'triệu', 'ông ấy', 'bà ấy', 'anh ấy', 'chị ấy', 'họ', 'chúng tôi',
    // Institutions left in Vietnamese: cooperative, people's committee, ward, commune.
    'hợp tác xã', 'ủy ban nhân dân', 'phường', 'xã',
    // *Sở* (a provincial department) before its abbreviation: `the Sở TN&MT`.
    'sở',
    // Units left in Vietnamese.
    'tấn', 'cân', 'héc-ta'
  ],
  acronyms: ['UBND', 'HĐND', 'TP.HCM'],
  honorifics: ['ông', 'bà', 'chị', 'cô', 'thầy', 'ngài', 'cụ', 'chú', 'bác'],
  spared: [
    'pho', 'phở', 'banh mi', 'bánh mì', 'ao dai', 'áo dài', 'dong', 'doi moi', 'đổi mới', 'tet', 'tết', 'nuoc mam', 'nước mắm', 'viet', 'bun cha', 'bún chả', 'cyclo', 'xe om',
    'xe ôm', 'ca phe', 'cà phê', 'non la', 'nón lá', 'bun bo', 'cha gio', 'goi cuon', 'banh xeo', 'com tam', 'viet minh', 'viet cong', 'kinh', 'hmong', 'cao dai', 'hoa hao',
    'dan bau', 'quan ho', 'ca tru', 'hat xam', 'vovinam'
  ]
}
