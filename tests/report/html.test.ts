import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {checkSync, renderHtml, type Finding} from '../../src/index.js'
import {hostile, makeFinding, reportWith, seed} from './fixtures.js'

/** Text of the MT cells: tags and tooltips removed, entities decoded. */
function visibleText(html: string, cell: 'mt' | 'ref'): string {
  const cells = [...html.matchAll(new RegExp(`<div class="cell ${cell} prose">([\\s\\S]*?)</div>`, 'g'))].map((match) => match[1]!)
  return cells
    .map((body) => body.replace(/<span class="tip"[\s\S]*?<\/span><\/mark>/g, '</mark>').replace(/<span class="chrf">[\s\S]*?<\/span>/g, ''))
    .map((body) => body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'))
    .join('')
}

function balanced(html: string): boolean {
  let depth = 0
  for (const match of html.matchAll(/<(\/?)mark\b/g)) {
    depth += match[1] ? -1 : 1
    if (depth < 0) return false
  }
  return depth === 0
}

describe('renderHtml', () => {
  it('highlights every finding once, even when findings overlap, cross or are empty', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'
    const findings: Finding[] = [
      makeFinding(text, 0, 10),
      makeFinding(text, 5, 15, {severity: 'minor'}), // crosses the first
      makeFinding(text, 5, 8, {severity: 'critical'}), // inside both
      makeFinding(text, 0, 10, {severity: 'neutral'}), // same span as the first
      makeFinding(text, 20, 20), // empty
      makeFinding(text, 12, 25)
    ]
    const html = renderHtml(reportWith(text, findings), {mt: text})
    expect(html.match(/data-finding="/g)).toHaveLength(findings.length)
    for (let index = 0; index < findings.length; index++) expect(html).toContain(`data-finding="${index}"`)
    expect(balanced(html)).toBe(true)
    expect(visibleText(html, 'mt').replace('‸', '')).toBe(text)
    // Continuations of split highlights carry no index (they are not extra findings).
    expect(html).toContain('data-continues="1"')
  })

  it('escapes all article text and report strings, and loads nothing', () => {
    const findings = checkSync(hostile, {sourceLang: 'id'}).findings
    const evil = '<img src=x onerror="window.__pwned=1">"\'&'
    const extra = makeFinding(hostile, 0, 8, {message: `Unexpected \`${evil}\`: ${evil}`, ruleId: `x"><script>window.__pwned=1</script>`, expected: [evil], url: 'javascript:window.__pwned=1'})
    const report = reportWith(hostile, [...findings, extra].sort((a, b) => a.start - b.start))
    const html = renderHtml(report, {mt: hostile, reference: hostile, title: `</title><script>window.__pwned=1</script>`})
    expect(html.match(/<script\b/g)).toHaveLength(1)
    // Every tag in the page is ours: no event handlers, no sources, no script links.
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((match) => match[0])
    expect(tags.filter((tag) => /\son[a-z]+=|\ssrc=|href="\s*javascript:|^<(img|iframe|link|object|embed|svg[^>]*onload)/i.test(tag))).toEqual([])
    expect(html).toContain('&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = &#39;img&#39;&quot;&gt;')
    expect(visibleText(html, 'mt')).toBe(hostile)
    // The inline script never writes markup.
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1]!
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function\(/)
  })

  it('has a strict Content-Security-Policy whose hashes match the inline style and script', () => {
    const {mt} = seed()
    const html = renderHtml(checkSync(mt, {sourceLang: 'id'}), {mt})
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1]!
    expect(csp).toMatch(/^default-src 'none'; /)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`
    expect(csp).toContain(`style-src ${hash(html.match(/<style>([\s\S]*?)<\/style>/)![1]!)}`)
    expect(csp).toContain(`script-src ${hash(html.match(/<script>([\s\S]*?)<\/script>/)![1]!)}`)
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
    expect(html).not.toMatch(/\sstyle="/)
  })

  it('puts aligned sentences side by side and shows every part of both texts once', () => {
    const {mt, reference} = seed()
    if (!reference) return
    const report = checkSync(mt, {sourceLang: 'id', reference})
    const html = renderHtml(report, {mt, reference})
    expect(report.alignment?.length).toBeGreaterThan(0)
    expect(html.match(/<div class="row( gap)?">/g)!.length).toBeGreaterThanOrEqual(report.alignment!.length)
    const squash = (value: string) => value.replace(/\s+/g, '')
    expect(squash(visibleText(html, 'mt'))).toBe(squash(mt))
    expect(squash(visibleText(html, 'ref').replace(/\(no aligned reference\)/g, ''))).toBe(squash(reference))
    expect(html.match(/data-finding="/g)).toHaveLength(report.findings.length)
    expect(balanced(html)).toBe(true)
    if (report.attribution) expect(html).toContain('Attribution: who said what')
    if (report.score.metrics) expect(html).toContain(report.score.metrics.signatures.bleu)
  })

  it('shows who said what in each text, one row per attribution pair, mismatches marked', () => {
    const {mt, reference} = seed()
    expect(reference).toBeDefined()
    const report = checkSync(mt, {sourceLang: 'id', reference})
    const attribution = report.attribution!
    expect(attribution.pairs.length).toBeGreaterThan(0)
    const html = renderHtml(report, {mt, reference})
    const table = html.slice(html.indexOf('<table class="attribution">'), html.indexOf('</table>', html.indexOf('<table class="attribution">')))
    const rows = [...table.matchAll(/<tr( class="mismatch")?>(?!<th)/g)]
    expect(rows).toHaveLength(attribution.pairs.length)
    // Every pair with a label (what differs) or without a partner is marked, in words as well as colour.
    const flagged = attribution.pairs.map((pair) => !pair.mt || !pair.reference || pair.labels.length > 0 || pair.fidelity < 0.75)
    expect(rows.map((row) => Boolean(row[1]))).toEqual(flagged)
    expect(flagged).toContain(true)
    expect(table.match(/<span class="flag">≠ /g)).toHaveLength(flagged.filter(Boolean).length)
    // Speakers of both texts appear: the MT's surname-only "Kirby" and the reference's full introduction.
    expect(table).toContain('Kirby')
    // Without a reference: the MT's attributions alone.
    const single = renderHtml(checkSync(mt, {sourceLang: 'id'}), {mt})
    const mtOnly = single.slice(single.indexOf('<table class="attribution">'), single.indexOf('</table>', single.indexOf('<table class="attribution">')))
    expect(mtOnly.match(/<tr><td/g)).toHaveLength(checkSync(mt, {sourceLang: 'id'}).attribution!.mt.attributions.length)
  })

  it('shows the verdict, scores and a bar per category', () => {
    const {mt} = seed()
    const report = checkSync(mt, {sourceLang: 'id'})
    const html = renderHtml(report, {mt, title: 'Seed'})
    expect(html).toContain(`<strong>${report.score.verdict.toUpperCase()}</strong>`)
    expect(html).toContain(`${report.score.score.toFixed(2)} / 100`)
    expect(html.match(/<rect class="dim-/g)).toHaveLength(report.score.categories.filter((category) => category.penalty > 0).length)
    expect(html.match(/<li id="item-\d+"><a class="jump" href="#f-\d+"/g)).toHaveLength(report.findings.length)
  })

  it('refuses a call without the text', () => {
    expect(() => renderHtml(checkSync('x'), {} as {mt: string})).toThrow(/options\.mt/)
  })
})
