import type {SourceWordList} from '../types.js'

/**
 * Chinese words that machine translation leaves in English or French text:
 * pinyin it did not translate (老百姓 "laobaixing", 局长 "juzhang") and
 * Chinese characters it let through (表示, 据悉). Honorifics and titles in
 * Chinese follow the surname (王局长, 李先生), so none is listed as coming
 * before a name.
 */
export const sourceWords: SourceWordList = {
  sourceLang: 'zh',
  words: [
    // Pinyin left in the text.
    // Left after a name: *化名* (a pseudonym).
    '化名', '假名',
    'laobaixing', 'lao baixing', 'renci', 'ganbu', 'juzhang', 'shizhang', 'xianzhang', 'zhenzhang', 'cunzhang', 'shuji', 'zhuren', 'zongli', 'zhuxi', 'buzhang',
    'tingzhang', 'chuzhang', 'kezhang', 'dongshizhang', 'zongjingli', 'xiansheng', 'nüshi', 'nvshi', 'laoshi', 'tongzhi', 'shifu', 'xiaohuozi', 'shimin', 'cunmin',
    'nongmingong', 'licai', 'wanghong', 'neijuan', 'tangping', 'dagongren', 'chunyun', 'yidaiyilu', 'lianghui', 'jiayou', 'biaoshi', 'jieshao', 'zhichu', 'qiangdiao', 'jushuo', 'juxi',
    'yuanze', 'guanyu', 'yinwei', 'suoyi', 'danshi', 'ruguo', 'yijing', 'meiyou', 'keyi', 'zhege', 'shenme', 'tamen', 'nimen', 'ziji', 'yixie', 'feichang',
    // Characters let through.
    '表示', '介绍', '指出', '强调', '认为', '称', '据悉', '据了解', '据介绍', '记者', '目前', '同时', '此外', '但是', '因此', '然而', '已经', '我们', '他们', '今年', '去年', '亿元', '万元', '人次',
    '老百姓', '的', '了', '和', '是', '在'
  ],
  // Festivals named in pinyin, capitalised like names: *元旦* (New Year's Day), *春节* (the Spring Festival).
  terms: {yuandan: "New Year's Day", chunjie: 'the Spring Festival'},
  honorifics: [],
  spared: [
    'hukou', 'guanxi', 'tofu', 'kung fu', 'kungfu', 'dim sum', 'feng shui', 'yuan', 'renminbi', 'rmb', 'qi', 'tai chi', 'taichi', 'mahjong', 'baijiu', 'hutong', 'hutongs', 'wushu',
    'danwei', 'putonghua', 'pinyin', 'zongzi', 'jiaozi', 'baozi', 'wonton', 'wontons', 'chow mein', 'ketchup', 'typhoon', 'kowtow', 'gongfu', 'maotai', 'moutai', 'shaolin',
    'taikonaut', 'taikonauts', 'hanfu', 'qipao', 'cheongsam', 'erhu', 'guzheng', 'xiangqi', 'weiqi', 'tangyuan', 'hongbao', 'hong bao', 'yin', 'yang', 'tao', 'dao', 'ginseng',
    'lychee', 'litchi', 'bok choy', 'pak choi', 'char siu', 'siu mai', 'xiaolongbao', 'hotpot', 'huoguo', 'oolong', 'pu-erh', 'longjing', 'gaokao', 'weibo', 'wechat', 'douyin',
    'taobao', 'tmall', 'alipay', 'hukous', 'shuanggui', 'liuzhi', 'zhongnanhai', 'lao', 'xiao', 'dama', 'daigou'
  ]
}
