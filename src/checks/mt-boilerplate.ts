/**
 * `mt-boilerplate`: AI and machine-translation disclaimers, translation
 * footers and "Read also" link lines that must not be published with the
 * article.
 */
import {defineCheck} from '../core/define-check.js'
import {boilerplate} from '../data/index.js'
import type {BoilerplateEntry} from '../data/types.js'
import {sentenceAt, type TextModel} from '../text/model.js'
import {PhraseMatcher} from '../text/phrases.js'
import type {TargetLanguage} from '../types.js'

// A disclaimer worded in a way no lexicon phrase lists: a short paragraph (or a sentence) that says the
// text was produced automatically (`automatically`, `machine translation`, `AI`), by translation or
// generation, points at the original or at errors, and addresses the reader (`this`, `above`, `please`,
// `note`). Sentences that report speech or findings (`said`, `according to`, `found`) are news.
// The word classes take the source languages' words too: a footer left untranslated
// (`Cet article a été traduit à l'aide d'un outil de traduction automatique.`) is still a footer.
const automatic = /^(?:automatic|automatically|automated|machine-translated|ai|ai-generated|ai-translated|artificial|automatique|automatiquement|automática|automático|automáticamente|automatica|automatico|automaticamente|automatisch|automatisiert|maschinell|otomatis|ia|ki)$/
const produced = /^(?:translat|generat|produc|creat|written|writ|prepar|compil|machine-translat|ai-generat|ai-translat|tradu|übersetz|erstellt|diterjemah|terjemah|génér|gener|dihasilkan|dibuat)/
// Also Dutch *Aan deze vertaling kunnen geen rechten worden ontleend* (`No rights can be derived from this translation`).
const caveat = /^(?:version|inaccura|original|discrepanc|prevail|accura|error|mistake|refer|erreur|fehler|kesalahan|errore|rights|derived)/
const addressed = /^(?:this|above|following|please|note|disclaimer|article|text|content|news|material|publication|cet|cette|ce|este|esta|dieser|diese|dieses|artikel|artículo|articolo|artigo|texte|texto|testo)$/
// A stem of every `automatic` word (and `machine` of `machine translation`), to skip text that has none.
const automaticStem = /automat|machine|artificial|maschinell|otomatis|\b(?:ai|ia|ki)\b|\bai-/iu
// A self-reference (`this article`, `cet article`, `artikel ini`) makes a short translation note a footer without a caveat.
// Russian news sites call an article *материал* (`The material was translated …`).
const selfReference = /^(?:article|text|story|content|news|report|material|publication|texte|artículo|articolo|artigo|artikel|berita|texto|testo|haber|nachricht|noticia|notizia)$/
const reporting = /^(?:said|says|say|told|tells|according|announced|reported|added|found|showed|shows|warned|claimed|ruled)$/
// A related-article line from the source page: a paragraph that opens with a link label and a colon
// (`Also read: …`, `You may be interested: …`). Only at a paragraph start, so prose is never matched.
// Labels in English and, left untranslated, in the source languages (`Baca juga:`, `Lire aussi :`).
// A related-link label, with a colon (`Read also:`) or in brackets (`[Related articles]`, `【Related】`).
const linkLabels = String.raw`also read|read also|to read also|read too|read more|read next|see also|also see|see more|also watch|watch also|watch|watch the video|related|related news|related articles?|recommended|recommended for you|also of interest|also interesting|don['’]t miss|check also|also check|check out also|keep reading|more news|more on this(?: topic)?|more on the (?:subject|topic)|read more (?:on|about) (?:the|this) (?:subject|topic)|more about this|you (?:may|might|could) (?:also )?(?:be interested(?: in)?|like|want to read|also like)|it may interest you|may interest you|this may interest you|baca juga|lihat juga|simak juga|tonton juga|baca selengkapnya|lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|lesen sie auch|auch interessant|mehr zum thema|lea también|lee también|leer también|te puede interesar|le puede interesar|puede interesarte|también te puede interesar|ver también|mira también|leia também|veja também|leggi anche|vedi anche|potrebbe interessarti|noticias? relacionadas?|art[ií]culos? relacionados?|articles? li[ée]s?|verwandte artikel|berita terkait|artikel terkait|notizie? correlate?|related (?:story|stories|news|article)|(?:also )?watch the video|also watch the video|newsletter|lettre d['’]information`
const linkLabel = new RegExp(String.raw`^(?:(?:${linkLabels})\s*:|[\[【](?:${linkLabels})[\]】])`, 'i')
// Page furniture in any of the languages: a call to subscribe or follow (`Síguenos en Instagram`, `Abonnez-vous
// à notre newsletter`, `Simak berita terkini lainnya di kanal WhatsApp kami`) or a photo credit (`Foto: privat`),
// as a short paragraph of its own.
const callToAction = /(?<!\p{L})(?:click here|scan the qr code|receive our|to receive|follow all|follow the latest|receive the latest|get the latest|recibe|recevez|subscribe|sign up|follow us|follow our|follow the (?:channel|page|profile|account)|join our|download|retrouvez|t[ée]l[ée]chargez|rejoignez|[úu]nete|descarga|tritt|bergabung|unduh|abonnez|abonnieren|abonniere|inscrivez|suivez|s[ií]guenos|suscr[ií]bete|suscr[ií]base|iscriviti|seguici|assine|siga-nos|folgen sie|folge uns|berlangganan|ikuti|simak|gabung)(?!\p{L})/iu
const channel = /\b(?:official account|wechat|weibo|zalo|mobile|phone|client|m[óo]vil|smartphone|app|application|appli|aplicaci[óo]n|aplikasi|newsletters?|bolet[ií]n|bulletin|instagram|on line\b|facebook|twitter|telegram|whatsapp|tiktok|youtube|google news|channel|kanal|canal|feed|podcast|mailing list|lettre d['’]information)\b/iu
const photoCredit = /^[(\[]?(?:(?:Archive|File|Stock) photo|Responsible editor|Editor in charge|Executive editor|Foto de archivo|Photo d['’]archives?|Archivfoto|Foto arsip|Photos?|Fotos?|Bild(?:er)?|Images?|Fotograf[ií]a|Cr[ée]dits? photo|Photo credit|Gambar|Ilustrasi|Sumber foto|Dok\.?|Pewarta|Penulis|Redaktur|Editor|Reporter|Reporting by|Editing by|Text|Texto|Redacción|R[ée]daction|Autor|Author)\s*:\s*[^\n|]{1,60}(?:\s*\|\s*\p{L}[\p{L} ]{0,20}:\s*[^\n|]{1,60}){0,3}[)\]]?$/u
// `Weitere Nachrichten aus Sachsen-Anhalt`, `Más noticias de Galicia`: a short paragraph pointing at more news.
const moreNews = /^(?:weitere|mehr) (?:nachrichten|meldungen|artikel)\b|^m[áa]s noticias\b|^plus d['’]actualit[ée]s?\b|^(?:lihat )?berita lainnya\b|^more news (?:from|on|about)\b|^altre notizie\b/iu
// A link label alone on its line, without its colon (`Te puede interesar`); up to three in a row
// (`Advertisement. Scroll to continue with the content.`). German *Anzeige* comes out as `Display`.
const bareLabel = /^(?:(?:related news|related stories|related articles?|also watch|watch also|scroll (?:down )?to (?:continue|keep) (?:reading|with (?:the )?content)|click (?:here )?(?:for|to (?:read|see)) the (?:continuation|rest|remainder|full text) of the (?:news|article|story|report)|click (?:here )?to continue reading|(?:continue reading|read more|read on|more after the (?:advertisement|advert|ad))(?: (?:after|below) the (?:advertisement|advert|ad|publicity|announcement))?|advertisement|advert|display|anzeige|(?:comments?|reactions?|reacties|reacciones|r[ée]actions?|commenti|coment[áa]rios|comentarios|kommentare|yorumlar|komentar) (?:\(\d{1,5}\)|:\s*\d{1,5})|(?:comments?|reactions?):\s*\d{1,5}|publicidad|publicité|publicite|pubblicità|iklan|sponsored(?: content)?|news in extension|news being (?:expanded|extended|updated)|noticia en ampliación|information being updated|(?:this )?article reserved (?:for|to) (?:our )?subscribers|reserved (?:for|to) subscribers|subscribers only|(?:©\s*)?(?:all )?(?:reproduction|rights) reserved(?:\s*©)?|riproduzione riservata(?:\s*©)?|(?:breaking )?news in development|developing story|there remains? \d+\s?% of this article to read|\d{1,5} (?:comments?|reactions?)|(?:reads?|views?|likes?|shares?)\s+\d[\d.,]*\s*(?:万|k|K)?|share this (?:article|news|story|page|post)|share|report an? (?:error|mistake|typo)|send a correction|noticed an? (?:mistake|error|typo)\? select it and press ctrl\s?\+\s?enter|react|reply|te puede interesar|le puede interesar|puede interesarte|tambi[ée]n te puede interesar|baca juga|lihat juga|lire aussi|[àa] lire aussi|lesen sie auch|leggi anche|leia tamb[ée]m|read also|also read|you may also like|related)\s*[.!|·•]?\s*){1,3}$/iu
// A call to share the article (`Share this news on your social networks`).
const shareInvite = /^share this (?:news|article|story|note|report|information|post)(?: (?:on|in|with|via|through))? (?:your |the )?(?:social (?:networks?|media)|friends|contacts)[.!]?$/iu
// A syndication footer (Indonesian *Artikel ini telah tayang di Kompas.com dengan judul "…"*): where the article
// first appeared, and under which headline.
const syndicationFooter = /^(?:this|the) (?:article|news|story|report) (?:has been|had been|was|is|has) (?:already )?(?:published|aired|broadcast|displayed|shown|posted|featured|appeared|run|broadcasted)(?: previously| before| earlier)? (?:on|in|at|by) \S+(?: \S+){0,3} (?:with|under) the (?:title|headline)\b|^artikel ini (?:telah )?(?:tayang|terbit|dimuat) di\b/iu
// What a chat assistant says around a translation it was asked for, pasted in with it: `I hope this translation is
// useful.`, `Let me know if you would like me to adjust the tone`, `Here is the translation:`.
const assistantChatter = /^(?:I hope (?:this|that|the|my) (?:translation|text|version|article|summary|rewrite)\b|Let me know if you(?:'d| would)? (?:like|want|need)\b|(?:Here is|Here's|Below is|Below you will find) (?:the|a|your|an) (?:translation|translated|English|revised)\b|(?:Sure|Certainly|Of course)[,!.] (?:here|below)\b|Would you like me to\b|Feel free to (?:ask|let me know)\b|As an AI\b|I have translated\b)/u
// A paywall notice: `This article is reserved for subscribers. Already a subscriber? Log in`.
const paywall = /^(?:this |the )?(?:article|content|story|text) (?:is )?(?:reserved|available only|only available|exclusive) (?:for|to) (?:our )?(?:subscribers|members|premium)\b/iu
// A live-coverage banner (`LAST HOUR | Follow the storm minute by minute`, Spanish *ÚLTIMA HORA*, French *EN DIRECT*)
// and a row of share buttons (`Share on Facebook · Share on X · Copy link`).
const liveBanner = /^(?:last hour|breaking(?: news)?|last minute|live|latest|en directo|en vivo|última hora|ultima hora|dernière minute|en direct|eilmeldung|liveticker|ultim'ora|terkini)\s*[|:–-]|^(?:follow|read|watch) (?:\S+ ){0,8}(?:minute by minute|live|in our live ticker|in our live blog)\b|^(?:live ticker|live blog)\b|\bto the live (?:ticker|blog)[.!]?$/iu
// Also after a label: `Share this article: Facebook | WhatsApp | E-Mail`.
// Also the networks of Vietnamese, Chinese and Russian pages (Zalo, Weibo, WeChat, VK, OK).
const shareBar = /^(?:share(?: (?:this|the) (?:article|news|story|page|post))?\s*:\s*)?(?:(?:share(?: on| via)? (?:facebook|x|twitter|whatsapp|linkedin|telegram|e-?mail|bluesky|threads|zalo|weibo|wechat|vk)|send (?:with|via|by|on) (?:line|whatsapp|e-?mail|messenger|telegram)|facebook|whatsapp|twitter|x|linkedin|telegram|bluesky|threads|zalo|weibo|wechat|vk|vkontakte|odnoklassniki|ok|line|copy(?: the)? link|tweet|print|send by e-?mail|e-?mail|comments? \(\d{1,5}\))(?:\s*[·|•,/]\s*|\s+|\s*$))+$/iu
// The reaction row under a Chinese post (WeChat *点赞 · 在看 · 分享*): `Like | Looking | Share`.
const reactionBar = /^(?:(?:like|likes|looking|in view|wow|share|favou?rite|collect|forward|comment)(?:\s*\(\d{1,7}\))?(?:\s*[·|•]\s*|\s*$)){2,}$/iu
// A call to switch on the site's alerts (`Turn on notifications so you don't miss the latest news`).
const notificationsCall = /^(?:turn on|enable|activate|switch on|allow) (?:the |our )?(?:notifications|alerts|push notifications)\b/iu
// A footer line naming the machine-translation engine (`Translated by Google Translate`), alone on its line: in a
// sentence of a story about translation it is news, not boilerplate.
const engineFooter = /^[([]?\s*(?:machine[- ])?(?:translated|translation) (?:by|with|via|using|through) (?:google(?: translate)?|deepl(?: translator)?|bing translator|microsoft translator|yandex(?: translate| translator)?|papago|baidu translate|chatgpt)\s*[)\]]?\.?$/iu
const engineLine: BoilerplateEntry = {id: 'translation-engine-footer', phrases: {}, meaning: 'a footer naming the machine-translation engine'}
const furnitureLine: BoilerplateEntry = {id: 'page-furniture', phrases: {}, meaning: 'page furniture of the source site (a call to subscribe or follow, a photo credit)'}

/** Short paragraphs that are page furniture rather than article text. */
function furnitureParagraphs(model: TextModel): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (const paragraph of model.paragraphs) {
    const text = model.text.slice(paragraph.start, paragraph.end).trim()
    const words = paragraph.sentenceEnd > paragraph.sentenceStart ? model.sentences[paragraph.sentenceEnd - 1]!.wordEnd - model.sentences[paragraph.sentenceStart]!.wordStart : 0
    if (syndicationFooter.test(text) && words <= 60) {
      found.push({start: paragraph.start, end: paragraph.start + text.length})
      continue
    }
    if (words > 40 || paragraph.sentenceEnd - paragraph.sentenceStart > 3) continue
    // Every sentence of it is an assistant's aside, or it opens as a paywall notice.
    let chatter = true
    for (let sentence = paragraph.sentenceStart; sentence < paragraph.sentenceEnd && chatter; sentence++) chatter = assistantChatter.test(model.text.slice(model.sentences[sentence]!.start, model.sentences[sentence]!.end))
    if (chatter || paywall.test(text)) {
      found.push({start: paragraph.start, end: paragraph.start + text.length})
      continue
    }
    if (words > 30 || paragraph.sentenceEnd - paragraph.sentenceStart > 2) continue
    if (photoCredit.test(text) || (callToAction.test(text) && channel.test(text)) || moreNews.test(text) || bareLabel.test(text) || (words <= 16 && liveBanner.test(text)) || shareBar.test(text) || reactionBar.test(text) || shareInvite.test(text) || (words <= 20 && notificationsCall.test(text))) found.push({start: paragraph.start, end: paragraph.start + text.length})
  }
  return found
}

const relatedLine: BoilerplateEntry = {id: 'read-also-line', phrases: {}, meaning: '"Read also" related-article link line left from the source page'}
const copyrightLine: BoilerplateEntry = {id: 'copyright-line', phrases: {}, meaning: 'copyright line of the source page (`© RIPRODUZIONE RISERVATA`)'}
// A copyright notice closing a paragraph: `©` and a few words, no sentence after it.
const copyrightTail = /©[^\n.!?©]{0,80}$/u
// What follows a link label glued to the end of a paragraph is a headline: no sentence punctuation.
const headlineTail = /^[^\n.!?]{3,120}[.]?$/u

/** Link labels and copyright notices glued to the end of a paragraph ("… she said. It may interest you: Heat wave hits the valley"). */
function trailingFurniture(model: TextModel): Array<{start: number; end: number; entry: BoilerplateEntry}> {
  const found: Array<{start: number; end: number; entry: BoilerplateEntry}> = []
  for (const paragraph of model.paragraphs) {
    const text = model.text.slice(paragraph.start, paragraph.end).trimEnd()
    const end = paragraph.start + text.length
    const copyright = copyrightTail.exec(text)
    if (copyright && (copyright.index === 0 || /[.!?"”»]\s+$/u.test(text.slice(0, copyright.index)))) {
      found.push({start: paragraph.start + copyright.index, end, entry: copyrightLine})
      continue
    }
    // A call to subscribe or follow closing a paragraph: "… nothing changes." Subscribe to our channel in Telegram.
    const lastSentence = model.sentences[paragraph.sentenceEnd - 1]
    if (lastSentence && paragraph.sentenceEnd - paragraph.sentenceStart > 1 && lastSentence.wordEnd - lastSentence.wordStart <= 12) {
      const closing = model.text.slice(lastSentence.start, end)
      if (callToAction.test(closing) && channel.test(closing)) {
        found.push({start: lastSentence.start, end, entry: furnitureLine})
        continue
      }
    }
    for (let index = paragraph.sentenceStart + 1; index < paragraph.sentenceEnd; index++) {
      const sentence = model.sentences[index]!
      const rest = model.text.slice(sentence.start, end)
      const label = linkLabel.exec(rest)
      if (label && headlineTail.test(rest.slice(label[0].length))) {
        found.push({start: sentence.start, end, entry: relatedLine})
        break
      }
    }
  }
  return found
}
const disclaimer: BoilerplateEntry = {id: 'translation-disclaimer', phrases: {}, meaning: 'machine-translation disclaimer'}

function disclaimerSentences(model: TextModel): number[] {
  const found: number[] = []
  for (const paragraph of model.paragraphs) {
    const count = paragraph.sentenceEnd - paragraph.sentenceStart
    // A footer is short: judge a paragraph of up to three sentences as one, a longer one sentence by sentence.
    const groups: Array<[number, number]> = count <= 3 ? [[paragraph.sentenceStart, paragraph.sentenceEnd]] : Array.from({length: count}, (_, offset) => [paragraph.sentenceStart + offset, paragraph.sentenceStart + offset + 1])
    for (const [from, to] of groups) if (isDisclaimer(model, from, to)) found.push(from)
  }
  return found
}

function isDisclaimer(model: TextModel, from: number, to: number): boolean {
  let a = false
  let b = false
  let c = false
  let self = false
  let words = 0
  // A note set apart in brackets, or opening with the word itself, addresses the reader too:
  // `(Translation generated automatically with artificial intelligence. Report an error.)`.
  const span = model.text.slice(model.sentences[from]!.start, model.sentences[to - 1]!.end).trim()
  // Most paragraphs name nothing automatic: one scan of the text spares the word-by-word tests.
  if (!automaticStem.test(span)) return false
  let d = /^[([][^()[\]]*[)\]]$/.test(span) || /^(?:translat|automatic|machine)/.test(model.words[model.sentences[from]!.wordStart]?.norm ?? '')
  for (let word = model.sentences[from]!.wordStart; word < model.sentences[to - 1]!.wordEnd; word++) {
    const norm = model.words[word]!.norm
    if (reporting.test(norm)) return false
    // `machine` only as in `machine translation` (not "the machine generated a version").
    a ||= automatic.test(norm) || (norm === 'machine' && (model.words[word + 1]?.norm.startsWith('translat') ?? false))
    b ||= produced.test(norm)
    c ||= caveat.test(norm)
    d ||= addressed.test(norm)
    self ||= selfReference.test(norm)
    words++
  }
  // `(Automatic translation)`, `[Machine translation]`: a bracketed label of two or three words says it alone.
  const label = /^[([][^()[\]]*[)\]]$/.test(span) && words <= 3
  return a && b && d && (c || (self && words <= 25) || label)
}

const matchers = new Map<TargetLanguage, PhraseMatcher<BoilerplateEntry>>()

function matcherFor(target: TargetLanguage): PhraseMatcher<BoilerplateEntry> {
  let matcher = matchers.get(target)
  if (!matcher) {
    matcher = new PhraseMatcher<BoilerplateEntry>(target, {inflections: true})
    for (const entry of boilerplate) for (const phrase of entry.phrases[target] ?? []) matcher.add(phrase, entry)
    matchers.set(target, matcher)
  }
  return matcher
}

export const mtBoilerplate = defineCheck(
  {
    ruleId: 'mt-boilerplate',
    category: 'design-and-markup/boilerplate',
    severity: 'major',
    fixable: true,
    description: 'AI or machine-translation disclaimers, translation footers and “Read also” lines left in the article'
  },
  ({context, report}) => {
    const {model, targetLang} = context
    const matches = [...matcherFor(targetLang).match(model)]
    const custom = context.lexicon.filter((entry) => entry.check === 'mt-boilerplate')
    if (custom.length > 0) {
      const matcher = new PhraseMatcher<BoilerplateEntry>(targetLang, {inflections: true})
      for (const entry of custom) for (const phrase of entry.phrases) matcher.add(phrase, {id: entry.id, phrases: {}, meaning: entry.meaning ?? 'boilerplate'})
      matches.push(...matcher.match(model))
    }
    if (targetLang === 'en') {
      for (const paragraph of model.paragraphs) {
        const first = model.sentences[paragraph.sentenceStart]
        if (first && linkLabel.test(model.text.slice(paragraph.start, paragraph.start + 40))) {
          matches.push({start: first.start, end: first.end, wordStart: first.wordStart, wordEnd: first.wordEnd, values: [relatedLine], possessive: false})
        }
      }
      for (const index of disclaimerSentences(model)) {
        const sentence = model.sentences[index]!
        matches.push({start: sentence.start, end: sentence.end, wordStart: sentence.wordStart, wordEnd: sentence.wordEnd, values: [disclaimer], possessive: false})
      }
    }
    const flagged = new Set<number>()
    const trailing = targetLang === 'en' || targetLang === 'fr' ? trailingFurniture(model) : []
    for (const span of furnitureParagraphs(model)) {
      if (trailing.some((other) => span.start < other.end && other.start < span.end)) continue
      trailing.push({...span, entry: furnitureLine})
    }
    for (const paragraph of model.paragraphs) {
      const text = model.text.slice(paragraph.start, paragraph.end).trimEnd()
      if (!engineFooter.test(text) || trailing.some((other) => paragraph.start < other.end && other.start < paragraph.start + text.length)) continue
      trailing.push({start: paragraph.start, end: paragraph.start + text.length, entry: engineLine})
    }
    for (const {start, end, entry} of trailing) {
      report({start, end, message: `Unexpected \`${model.text.slice(start, end)}\`, expected nothing: ${entry.meaning}`, expected: [], subId: entry.id, confidence: 0.9})
    }
    for (const match of matches) {
      const entry = match.values[0]!
      if (trailing.some((span) => match.start < span.end && match.end > span.start)) continue
      const sentence = model.sentences[match.wordStart >= 0 ? model.words[match.wordStart]!.sentence : sentenceAt(model, match.start)]
      if (!sentence) continue
      // A footer paragraph of at most three sentences goes whole; otherwise the sentence.
      const paragraph = model.paragraphs[sentence.paragraph]!
      const sentencesInParagraph = paragraph.sentenceEnd - paragraph.sentenceStart
      const span = sentencesInParagraph <= 3 ? paragraph : sentence
      if (flagged.has(span.start)) continue
      flagged.add(span.start)
      const shown = model.text.slice(span.start, Math.min(span.end, span.start + 60)).replace(/\s+/g, ' ')
      report({
        start: span.start,
        end: span.end,
        message: `Unexpected \`${shown}${span.end - span.start > 60 ? '…' : ''}\`, expected nothing: ${entry.meaning}`,
        expected: [],
        subId: entry.id,
        confidence: 0.95
      })
    }
  }
)
