// Use one translation-qa check as a retext plugin in your own unified pipeline.
import retextEnglish from 'retext-english'
import {numberFormat} from 'translation-qa'
import {unified} from 'unified'
import {VFile} from 'vfile'

const file = new VFile({
  path: 'article.txt',
  value: 'A North Korean soldier receives about $2.000 per month. About 1,500 troops arrived.'
})

const processor = unified().use(retextEnglish).use(numberFormat, {sourceLang: 'id'})
await processor.run(processor.parse(file), file)

for (const message of file.messages) {
  console.log(`${String(message)}  ${message.ruleId}`)
  console.log(`  ${message.actual} → ${message.expected?.join(' | ')}`)
}
