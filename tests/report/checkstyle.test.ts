import {describe, expect, it} from 'vitest'
import {checkSync, renderCheckstyle} from '../../src/index.js'
import {makeFinding, reportWith} from './fixtures.js'

describe('renderCheckstyle', () => {
  it('writes textlint-shaped errors with a translation-qa source', () => {
    const xml = renderCheckstyle(checkSync("They paid $2.000 each in Uncle Sam's country.", {sourceLang: 'id'}), {name: 'news/a.txt'})
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n  <file name="news/a.txt">\n')).toBe(true)
    expect(xml).toContain('<error line="1" column="11" severity="error" message="Unexpected `$2.000`, expected `$2,000`: `.` groups thousands in Indonesian (number-format)" source="translation-qa.number-format" />')
    expect(xml).toContain('source="translation-qa.epithet-calque"')
    expect(xml.trimEnd().endsWith('</checkstyle>')).toBe(true)
  })

  it('escapes all five XML characters, and characters XML cannot carry', () => {
    const text = `Tom & "Jerry" <b>'s</b> \u0001 \uD800 end`
    const report = reportWith(text, [makeFinding(text, 0, text.length, {message: text, ruleId: 'a"b<c>&\'d', severity: 'minor'})])
    const xml = renderCheckstyle(report, {name: 'a&b "c" <d>.txt'})
    expect(xml).toContain('<file name="a&amp;b &quot;c&quot; &lt;d&gt;.txt">')
    expect(xml).toContain('message="Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt; \uFFFD \uFFFD end (a&quot;b&lt;c&gt;&amp;&#39;d)"')
    expect(xml).toContain('source="translation-qa.a&quot;b&lt;c&gt;&amp;&#39;d"')
    expect(xml).toContain('severity="warning"')
    // Nothing raw: every attribute value is free of < > & " ' except as entities.
    for (const match of xml.matchAll(/="([^"]*)"/g)) expect(match[1]).not.toMatch(/[<>']|&(?!amp;|lt;|gt;|quot;|#39;|#9;|#10;|#13;)/)
  })

  it('writes several files, and severities info/warning/error', () => {
    const text = 'abc'
    const report = reportWith(text, [makeFinding(text, 0, 1, {severity: 'neutral'}), makeFinding(text, 1, 2, {severity: 'critical'})])
    const xml = renderCheckstyle([{name: 'one.txt', report}, {name: 'two.txt', report: {...report, findings: []}}])
    expect(xml).toMatch(/<file name="one.txt">\n.*severity="info".*\n.*severity="error"/)
    expect(xml).toContain('<file name="two.txt">\n  </file>')
  })
})
