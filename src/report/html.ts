/**
 * The HTML report an editor opens in a browser or attaches to a ticket: one
 * self-contained page (no network, no external assets) with the verdict and
 * scores, the MT text with every finding highlighted (next to the reference
 * when there is one), the list of findings, and the attribution table.
 *
 * Article text is always escaped; the page's Content-Security-Policy allows
 * only its own inline style sheet and script, by hash. It reads fully with
 * scripts disabled: tooltips open on hover and keyboard focus with CSS alone.
 */
import {languageName} from '../locales/conventions.js'
import {isSafeFix} from '../fix/apply.js'
import type {AlignmentEntry, Finding, Report, Severity} from '../types.js'
import {escapeHtml} from './escape.js'
import {highlightSlice, type HighlightRange, type HighlightTags} from './highlight.js'
import {css, script} from './html-assets.js'
import {attributionSection} from './html-attribution.js'
import {categoryChart, formatNumber} from './html-chart.js'
import {cspHash} from './sha256.js'

/** Options of `renderHtml()`. */
export interface HtmlOptions {
  /** The checked MT text (the report holds offsets, not the text). */
  mt: string
  /** The reference text, shown next to the MT. */
  reference?: string | null | undefined
  /** Page title (default: "Translation QA report"). */
  title?: string | null | undefined
}

const severities: readonly Severity[] = ['critical', 'major', 'minor', 'neutral']

function severityOf(finding: Finding): Severity {
  return severities.includes(finding.severity) ? finding.severity : 'neutral'
}

/** Markdown-ish message with `code` spans, escaped. */
function messageHtml(message: string): string {
  return message
    .split('`')
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part).replace(/\*([^*\s][^*]*?)\*/g, '<em>$1</em>')))
    .join('')
}

function suggestionHtml(finding: Finding): string {
  if (finding.expected.length === 0) return finding.fixable ? 'Suggestion: remove it' : 'Suggestion: rephrase or remove'
  const options = finding.expected.slice(0, 3).map((value) => `<code>${escapeHtml(value)}</code>`).join(' or ')
  return `Suggestion: ${options}${isSafeFix(finding) ? (finding.expected.length > 1 ? ' (safe fix: the first)' : ' (safe fix)') : ''}`
}

function tagsFor(findings: readonly Finding[]): HighlightTags {
  return {
    open(id, first) {
      const finding = findings[id]!
      const severity = severityOf(finding)
      if (!first) return `<mark class="sev-${severity} cont" data-continues="${id}">`
      return `<mark id="f-${id}" class="sev-${severity}" data-finding="${id}" data-rule="${escapeHtml(finding.ruleId)}" tabindex="0" aria-describedby="tip-${id}">`
    },
    close(id, first) {
      if (!first) return '</mark>'
      const finding = findings[id]!
      return (
        `<span class="tip" role="tooltip" id="tip-${id}">` +
        `<span class="kind">${escapeHtml(severityOf(finding))} · ${escapeHtml(finding.category)}</span>` +
        `<span>${messageHtml(finding.message)}</span>` +
        `<span>${suggestionHtml(finding)}</span>` +
        `<span>Rule <code>${escapeHtml(finding.ruleId)}</code> · finding ${id + 1}</span>` +
        `</span></mark>`
      )
    }
  }
}

const referenceTags: HighlightTags = {
  open: () => '<mark class="ref">',
  close: () => '</mark>'
}

interface Row {
  mt: {start: number; end: number} | null
  reference: {start: number; end: number} | null
  chrf: number | null
}

/** Rows of the side-by-side view: every part of both texts appears in exactly one row. */
function rowsOf(mt: string, reference: string | null, alignment: readonly AlignmentEntry[] | undefined): Row[] {
  if (!alignment || alignment.length === 0 || reference === null) {
    return [{mt: {start: 0, end: mt.length}, reference: reference === null ? null : {start: 0, end: reference.length}, chrf: null}]
  }
  const entries = alignment.filter((entry) => entry.mtSpan.end > entry.mtSpan.start).sort((a, b) => a.mtSpan.start - b.mtSpan.start)
  const rows: Row[] = []
  let cursor = 0
  for (const entry of entries) {
    let start = Math.min(Math.max(entry.mtSpan.start, cursor), mt.length)
    const end = Math.min(Math.max(entry.mtSpan.end, start), mt.length)
    // Entirely inside the previous row: its reference shows as a reference-only row.
    if (end <= start) continue
    if (start > cursor) {
      // Unaligned MT text gets a row of its own; whitespace joins the previous row.
      if (mt.slice(cursor, start).trim() !== '') rows.push({mt: {start: cursor, end: start}, reference: null, chrf: null})
      else if (rows.length > 0) rows.at(-1)!.mt!.end = start
      else start = cursor
    }
    const span = entry.referenceSpan
    const referenceSpan = span.end > span.start ? {start: Math.max(0, span.start), end: Math.min(reference.length, span.end)} : null
    rows.push({mt: {start, end}, reference: referenceSpan, chrf: Number.isFinite(entry.chrf) ? entry.chrf : null})
    cursor = end
  }
  if (cursor < mt.length) {
    if (mt.slice(cursor).trim() === '' && rows.length > 0) rows.at(-1)!.mt!.end = mt.length
    else rows.push({mt: {start: cursor, end: mt.length}, reference: null, chrf: null})
  }
  if (rows.length === 0) rows.push({mt: {start: 0, end: mt.length}, reference: null, chrf: null})
  return withOmissions(rows, reference)
}

/** Reference text no row shows (sentences the MT left out) gets rows of its own. */
function withOmissions(rows: Row[], reference: string): Row[] {
  const covered = rows.flatMap((row) => (row.reference ? [row.reference] : [])).sort((a, b) => a.start - b.start)
  const gaps: Array<{start: number; end: number}> = []
  let cursor = 0
  for (const span of covered) {
    if (span.start > cursor && reference.slice(cursor, span.start).trim() !== '') gaps.push({start: cursor, end: span.start})
    cursor = Math.max(cursor, span.end)
  }
  if (cursor < reference.length && reference.slice(cursor).trim() !== '') gaps.push({start: cursor, end: reference.length})
  for (const gap of gaps) {
    let at = 0
    for (let index = 0; index < rows.length; index++) if (rows[index]!.reference && rows[index]!.reference!.end <= gap.start) at = index + 1
    rows.splice(at, 0, {mt: null, reference: gap, chrf: null})
  }
  return rows
}

/** Trim whitespace at the edges of a cell's markup (it lies outside any tag there). */
function trimCell(html: string): string {
  return html.replace(/^\s+/, '').replace(/\s+$/, '')
}

function textSection(report: Report, options: HtmlOptions): string {
  const mt = options.mt
  const reference = typeof options.reference === 'string' ? options.reference : null
  const findings = report.findings
  const ranges: HighlightRange[] = findings.map((finding, id) => {
    const start = clampOffset(finding.start, mt.length)
    return {id, start, end: Math.max(start, clampOffset(finding.end, mt.length))}
  })
  const referenceRanges: HighlightRange[] = reference === null ? [] : findings.flatMap((finding, id) => (finding.reference ? [{id, start: clampOffset(finding.reference.start, reference.length), end: clampOffset(finding.reference.end, reference.length)}] : []))
  const rows = rowsOf(mt, reference, report.alignment)
  const tags = tagsFor(findings)
  const opened = new Set<number>()
  const referenceOpened = new Set<number>()
  const aligned = Boolean(report.alignment && report.alignment.length > 0 && reference !== null)
  const body = rows.map((row) => {
    const mtCell = row.mt ? trimCell(highlightSlice(mt, row.mt.start, row.mt.end, ranges, tags, opened)) : '<span class="none">(nothing in the MT: omitted?)</span>'
    const chrf = aligned && row.chrf !== null && row.mt && row.reference ? `<span class="chrf">chrF ${formatNumber(row.chrf, 1)}</span>` : ''
    if (reference === null) return `<div class="row"><div class="cell mt prose">${mtCell}</div></div>`
    const referenceCell = row.reference ? trimCell(highlightSlice(reference, row.reference.start, row.reference.end, referenceRanges, referenceTags, referenceOpened)) : '<span class="none">(no aligned reference)</span>'
    return `<div class="row${row.mt && row.reference ? '' : ' gap'}"><div class="cell mt prose">${mtCell}${chrf}</div><div class="cell ref prose">${referenceCell}</div></div>`
  })
  const head = reference === null ? '' : `<div class="row head"><div class="cell">Machine translation</div><div class="cell">Reference${aligned ? ' (aligned sentences side by side)' : ''}</div></div>`
  const legend =
    '<ul class="legend" aria-label="Highlight colours">' +
    severities.map((severity) => `<li><mark class="sev-${severity}">${severity}</mark></li>`).join('') +
    (referenceRanges.length > 0 ? '<li><mark class="ref">matched in the reference</mark></li>' : '') +
    '</ul>'
  return (
    `<section aria-labelledby="text-title"><h2 id="text-title">Text</h2>` +
    `<p class="hint">Hover over a highlight, or press Tab to reach it, to read the finding; Esc hides it, Enter jumps to it in the list.</p>${legend}` +
    `<div class="texts${reference === null ? ' single' : ''}">${head}${body.join('')}</div></section>`
  )
}

function clampOffset(value: number, length: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), length) : 0
}

function findingsSection(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<section aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2><p>No findings.</p></section>'
  const items = findings.map((finding, id) => {
    const severity = severityOf(finding)
    const docs = /^https:\/\//.test(finding.url) ? ` · <a href="${escapeHtml(finding.url)}" rel="noopener noreferrer">docs</a>` : ''
    return (
      `<li id="item-${id}"><a class="jump" href="#f-${id}" aria-label="Finding ${id + 1} at line ${finding.line}, column ${finding.column}">${finding.line}:${finding.column}</a>` +
      `<span class="badge sev-${severity}">${severity}</span><span class="message">${messageHtml(finding.message)}</span>` +
      `<span class="details"><code>${escapeHtml(finding.ruleId)}</code> · ${escapeHtml(finding.category)} · ${suggestionHtml(finding)}${docs}</span></li>`
    )
  })
  return `<section aria-labelledby="findings-title"><h2 id="findings-title">Findings (${findings.length})</h2><ol class="findings">${items.join('')}</ol></section>`
}

const verdictWhy: Readonly<Record<Report['score']['verdict'], string>> = {
  publish: 'At or above the threshold, nothing critical.',
  fix: 'Below the threshold: fix the findings before publishing.',
  reject: 'A critical finding: not publishable as is.'
}

function summarySection(report: Report): string {
  const {score} = report
  const chips = severities
    .map((severity) => `<li class="chip ${score.counts[severity] > 0 ? `sev-${severity}` : 'zero'}">${score.counts[severity]} ${severity}</li>`)
    .join('')
  let metrics = ''
  if (score.metrics) {
    const m = score.metrics
    const rows: Array<[string, number, string]> = [
      ['BLEU', m.bleu, m.signatures.bleu],
      ['chrF', m.chrf, m.signatures.chrf],
      ['chrF++', m.chrfPlusPlus, m.signatures.chrfPlusPlus],
      ['TER', m.ter, m.signatures.ter]
    ]
    metrics =
      '<h3>Against the reference</h3><table class="metrics"><thead><tr><th>Metric</th><th>Score</th><th>sacreBLEU signature</th></tr></thead><tbody>' +
      rows.map(([name, value, signature]) => `<tr><td>${name}</td><td class="num">${formatNumber(value)}</td><td><code>${escapeHtml(signature)}</code></td></tr>`).join('') +
      '</tbody></table>'
  }
  return (
    `<section class="summary" aria-label="Verdict and scores"><div>` +
    `<div class="verdict verdict-${score.verdict}"><span class="label">Verdict</span><strong>${score.verdict.toUpperCase()}</strong><span class="why">${verdictWhy[score.verdict]}</span></div>` +
    `<dl class="scores"><dt>Score</dt><dd>${score.score.toFixed(2)} / 100</dd><dt>Pass at</dt><dd>≥ ${formatNumber(score.threshold)}</dd>` +
    `<dt>Penalty</dt><dd>${formatNumber(score.penalty)} (${formatNumber(score.perThousandWords)} per 1,000 words)</dd>` +
    `<dt>Words</dt><dd>${formatNumber(report.words, 0)}</dd><dt>Weights</dt><dd>${severities.map((severity) => `${severity} ${formatNumber(score.weights[severity])}`).join(' · ')}</dd></dl></div>` +
    `<div class="panel"><h3>Findings by severity</h3><ul class="chips">${chips}</ul><h3>Penalty by category</h3>${categoryChart(score.categories)}${metrics}</div>` +
    `</section>`
  )
}

/** Render `report` of `options.mt` as one self-contained HTML page. */
export function renderHtml(report: Report, options: HtmlOptions): string {
  if (!options || typeof options.mt !== 'string') {
    throw new TypeError('Expected `options.mt` of renderHtml() to be the checked text (a string): the report holds offsets, not the text')
  }
  const title = options.title ?? 'Translation QA report'
  const {language} = report
  const languages = `${language.source ? languageName(language.source) : 'Unknown source language'} → ${languageName(language.target)}`
  const csp = `default-src 'none'; style-src ${cspHash(css)}; script-src ${cspHash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`
  return (
    '<!doctype html>\n' +
    `<html lang="${escapeHtml(language.target)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">` +
    `<title>${escapeHtml(title)}</title><style>${css}</style></head>\n` +
    `<body><div class="wrap"><header class="top"><h1>${escapeHtml(title)}</h1>` +
    `<p class="meta">${escapeHtml(languages)} · ${formatNumber(report.words, 0)} words · ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}</p></header>` +
    `<main>${summarySection(report)}${textSection(report, options)}${findingsSection(report.findings)}${attributionSection(report.attribution)}</main>` +
    `<footer>Made by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}. Categories from MQM Core; score = 100 × (1 − penalty ÷ words). ` +
    'This page loads nothing from the network.</footer></div>' +
    `<script>${script}</script></body></html>\n`
  )
}
