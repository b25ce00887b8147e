import type {SourceWordList} from '../types.js'

/**
 * Russian left in English or French text: Cyrillic reporting verbs,
 * connectives and function words that machine translation let through, and
 * the Russian forms of address.
 */
export const sourceWords: SourceWordList = {
  sourceLang: 'ru',
  words: [
    'gorduma', 'oblduma', 'gordumy', 'gordumu',
    'сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'добавил', 'добавила', 'сообщил',
    'сообщила', 'сообщили', 'сообщает', 'пояснил', 'пояснила', 'рассказал', 'рассказала', 'считает', 'по словам', 'по данным', 'по мнению', 'как сообщает', 'однако', 'также',
    'кроме того', 'поэтому', 'который', 'которая', 'которое', 'которые', 'которых', 'это', 'этот', 'эта', 'этого', 'что', 'чтобы', 'если', 'когда', 'уже', 'ещё', 'еще',
    'только', 'будет', 'были', 'было', 'была', 'может', 'году', 'года', 'рублей', 'долларов', 'млн', 'млрд', 'тыс', 'skazal', 'zayavil', 'po slovam', 'odnako'
  ],
  // Russian abbreviations transliterated: ЖКХ (housing and utilities), МЧС (emergencies ministry), ГИБДД (traffic police).
  acronyms: ['SIZO', 'MUP', 'ARVI', 'ORVI', 'ORZ', 'RZhD', 'ZhKKh', 'ZhKH', 'MChS', 'MChs', 'GIBDD', 'UK ZhKKh'],
  honorifics: ['господин', 'госпожа', 'г-н', 'г-жа', 'gospodin', 'gospozha', 'tovarishch', 'товарищ'],
  spared: [
    'perestroika', 'glasnost', 'dacha', 'dachas', 'babushka', 'borscht', 'borsch', 'sputnik', 'tsar', 'czar', 'tsarist', 'pogrom', 'intelligentsia', 'troika', 'kremlin', 'duma',
    'oligarch', 'oligarchs', 'siloviki', 'vodka', 'samizdat', 'apparatchik', 'kompromat', 'gulag', 'matryoshka', 'pelmeni', 'blini', 'kvass', 'shashlik', 'spetsnaz',
    'rosgvardia', 'nomenklatura', 'kolkhoz', 'sovkhoz', 'bolshevik', 'bolsheviks', 'politburo', 'agitprop', 'cosmonaut', 'cosmonauts', 'balalaika', 'samovar', 'troika',
    'ushanka', 'babushkas', 'pravda', 'izvestia', 'tass', 'ria', 'novosti', 'zapad', 'okhrana', 'cheka', 'kgb', 'fsb', 'gru', 'svr', 'nkvd', 'banya', 'kasha', 'stroganoff',
    'zakuski', 'vozhd', 'rasputitsa', 'oblast', 'krai', 'okrug', 'raion', 'ruble', 'rouble', 'kopek', 'verst', 'izba', 'stanitsa', 'ataman', 'hetman'
  ]
}
