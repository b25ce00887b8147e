/**
 * The HTML report in a real browser (Debian's Chromium driven by
 * playwright-core): it renders, every finding has a highlight, hostile
 * article text executes nothing, highlights work from the keyboard, and it
 * reads with JavaScript disabled. Also writes docs/report.png.
 */
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync, renderCheckstyle, renderHtml} from '../../src/index.js'
import {hostile, makeFinding, reportWith, seed} from './fixtures.js'

// Debian's Chromium (`apt-get install -y chromium`, as .ci/run does), or CHROMIUM_PATH.
// The tests never skip silently: without a browser they fail, unless
// TRANSLATION_QA_SKIP_BROWSER=1 says to skip them.
const skip = process.env['TRANSLATION_QA_SKIP_BROWSER'] === '1'
const executablePath = process.env['CHROMIUM_PATH'] || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file)) || null
const missing =
  'Cannot find Chromium for the HTML report browser tests: install it with `apt-get install -y chromium` (what .ci/run does), ' +
  'set CHROMIUM_PATH to its executable, or set TRANSLATION_QA_SKIP_BROWSER=1 to skip these tests'
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const root = path.resolve(import.meta.dirname, '..', '..')

declare global {
  interface Window {
    __pwned?: unknown
    __violations?: string[]
  }
}

describe.skipIf(skip)('the HTML report in Chromium', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tqa-html-'))
  const contexts: BrowserContext[] = []

  async function open(file: string, options?: {javaScriptEnabled?: boolean}): Promise<{page: Page; dialogs: string[]; requests: string[]}> {
    if (!executablePath || !existsSync(executablePath)) throw new Error(missing)
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(work, 'profile-')), {executablePath, args, viewport: {width: 1280, height: 900}, javaScriptEnabled: options?.javaScriptEnabled ?? true})
    contexts.push(context)
    const page = context.pages()[0] ?? (await context.newPage())
    const dialogs: string[] = []
    const requests: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.addInitScript(() => {
      window.__violations = []
      document.addEventListener('securitypolicyviolation', (event) => window.__violations!.push(`${event.violatedDirective} ${event.blockedURI}`))
    })
    await page.goto(`file://${file}`)
    return {page, dialogs, requests}
  }

  function write(name: string, html: string): string {
    const file = path.join(work, name)
    writeFileSync(file, html)
    return file
  }

  const article = seed()
  const report = checkSync(article.mt, {sourceLang: 'id', reference: article.reference})
  const seedFile = write('seed.html', renderHtml(report, {mt: article.mt, reference: article.reference, title: 'North Korean troops move to western Russia'}))

  beforeAll(() => {
    if (!executablePath || !existsSync(executablePath)) throw new Error(missing)
  })
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    rmSync(work, {recursive: true, force: true})
  })

  it('renders one highlight per finding', async () => {
    const {page, requests} = await open(seedFile)
    expect(await page.title()).toBe('North Korean troops move to western Russia')
    expect(await page.locator('[data-finding]').count()).toBe(report.findings.length)
    expect(await page.locator('ol.findings > li').count()).toBe(report.findings.length)
    expect(await page.locator('.verdict strong').textContent()).toBe(report.score.verdict.toUpperCase())
    expect(await page.locator('svg.chart rect.track').count()).toBe(report.score.categories.length)
    expect(requests).toEqual([`file://${seedFile}`])
    expect(await page.evaluate(() => window.__violations)).toEqual([])
  })

  it('executes nothing from the article: no script, handler, javascript: link or dialog', async () => {
    const findings = checkSync(hostile, {sourceLang: 'id'}).findings
    expect(findings.length).toBeGreaterThan(0)
    const evil = '<img src=x onerror="window.__pwned=\'message\'"><script>window.__pwned="message"</script>'
    // Hostile messages, suggestions and documentation URLs too (a javascript: URL must not become a link).
    const hostileReport = {...checkSync(hostile, {sourceLang: 'id'}), findings: findings.map((finding) => ({...finding, message: `${finding.message} ${evil}`, expected: [evil], url: "javascript:window.__pwned='url'"}))}
    const file = write('hostile.html', renderHtml(hostileReport, {mt: hostile, reference: `<script>window.__pwned='reference'</script>`, title: '<script>window.__pwned="title"</script>'}))
    const {page, dialogs, requests} = await open(file)
    expect(await page.locator('[data-finding]').count()).toBe(findings.length)
    // Focus and hover every highlight and follow every in-page link: still nothing runs.
    for (const mark of await page.locator('mark[data-finding]').all()) {
      await mark.focus()
      await mark.hover()
    }
    for (const link of await page.locator('a.jump').all()) await link.click()
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(requests).toEqual([`file://${file}`])
    expect(await page.locator('img, iframe, object, embed, a[href^="javascript:" i]').count()).toBe(0)
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.evaluate(() => window.__violations)).toEqual([])
    // The article text is shown as text.
    expect(await page.locator('.cell.mt').first().innerText()).toContain('<script>window.__pwned = "script"</script>')
  })

  it('reaches highlights with Tab, shows their tooltip on focus and hover, and hides it with Esc', async () => {
    const {page} = await open(seedFile)
    const marks = page.locator('mark[data-finding]')
    const first = await marks.first().getAttribute('data-finding')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toBe(first)
    const tip = page.locator(`#tip-${first}`)
    await expect.poll(() => tip.isVisible()).toBe(true)
    expect(await tip.innerText()).toContain(report.findings[Number(first)]!.category)
    await page.keyboard.press('Escape')
    await expect.poll(() => tip.isVisible()).toBe(false)
    await page.keyboard.press('Tab')
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))
    expect(second).not.toBe(first)
    await expect.poll(() => page.locator(`#tip-${second}`).isVisible()).toBe(true)
    // Enter jumps to the finding in the list.
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#f-${second}`)
    // The list links back: following it focuses the highlight.
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`f-${second}`)
    // Hover shows a tooltip too.
    await page.mouse.move(0, 0)
    const last = marks.last()
    const id = await last.getAttribute('data-finding')
    await last.hover()
    await expect.poll(() => page.locator(`#tip-${id}`).isVisible()).toBe(true)
  })

  it('reads and shows tooltips with JavaScript disabled', async () => {
    const {page} = await open(seedFile, {javaScriptEnabled: false})
    expect(await page.locator('[data-finding]').count()).toBe(report.findings.length)
    await page.keyboard.press('Tab')
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))
    expect(id).not.toBeNull()
    await expect.poll(() => page.locator(`#tip-${id}`).isVisible()).toBe(true)
  })

  it('writes checkstyle XML that a real XML parser reads back exactly', async () => {
    // Hostile names, messages and rule ids: markup, quotes, ampersands, line breaks, tabs, a control character.
    const text = `Tom & "Jerry" <b>'s</b>\n\tline two ]]> \u0001 end`
    const findings = [makeFinding(text, 0, 3, {message: text, ruleId: 'a"b<c>&\'d'}), ...checkSync(hostile, {sourceLang: 'id'}).findings]
    const xml = renderCheckstyle([{name: 'news/<a> & "b".txt', report: reportWith(text, findings)}])
    const {page} = await open(seedFile)
    const parsed = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'application/xml')
      const error = document.getElementsByTagName('parsererror')[0]
      if (error) return {error: error.textContent}
      const file = document.documentElement.getElementsByTagName('file')[0]!
      return {
        root: document.documentElement.nodeName,
        name: file.getAttribute('name'),
        errors: Array.from(file.getElementsByTagName('error'), (node) => ({line: node.getAttribute('line'), message: node.getAttribute('message'), source: node.getAttribute('source')}))
      }
    }, xml)
    expect(parsed).toEqual({
      root: 'checkstyle',
      name: 'news/<a> & "b".txt',
      errors: findings.map((finding) => ({line: String(finding.line), message: `${finding.message.replace('\u0001', '\uFFFD')} (${finding.ruleId})`, source: `translation-qa.${finding.ruleId}`}))
    })
  })

  it('writes docs/report.png', async () => {
    const {page} = await open(seedFile)
    const mark = page.locator('mark[data-rule="number-format"]').first()
    await mark.focus()
    await page.evaluate(() => window.scrollTo(0, 0))
    const tip = await page.locator(`#tip-${await mark.getAttribute('data-finding')}`).boundingBox()
    mkdirSync(path.join(root, 'docs'), {recursive: true})
    const height = Math.min(4000, Math.ceil((tip?.y ?? 1800) + (tip?.height ?? 0) + 140))
    await page.screenshot({path: path.join(root, 'docs', 'report.png'), fullPage: true, clip: {x: 0, y: 0, width: 1280, height}})
    expect(existsSync(path.join(root, 'docs', 'report.png'))).toBe(true)
  })
})
