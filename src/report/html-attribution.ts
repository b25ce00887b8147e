/**
 * The attribution table of the HTML report: who said what in each text,
 * MT next to reference, with mismatches marked in words as well as colour.
 */
import type {Attribution, AttributionReport, Entity} from '../types.js'
import {escapeHtml} from './escape.js'
import {formatNumber} from './html-chart.js'

interface Side {
  attributions: Map<string, Attribution>
  entities: Map<string, Entity>
}

function sideOf(value: {entities: Entity[]; attributions: Attribution[]} | undefined): Side {
  return {
    attributions: new Map((value?.attributions ?? []).map((attribution) => [attribution.id, attribution])),
    entities: new Map((value?.entities ?? []).map((entity) => [entity.id, entity]))
  }
}

function clip(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/** "who · cue · what" cells of one attribution. */
function cells(attribution: Attribution | undefined, side: Side): string {
  if (!attribution) return '<td colspan="3"><span class="flag">missing</span></td>'
  const source = attribution.source
  const entity = source?.entity ? side.entities.get(source.entity) : undefined
  let who = source ? escapeHtml(clip(source.text, 60)) : '<span class="flag">no speaker</span>'
  if (entity && source && entity.canonical !== source.text) who += ` <span class="hint">(${escapeHtml(clip(entity.canonical, 60))})</span>`
  if (source && source.resolution !== 'full-name' && source.resolution !== 'name-linked') who += `<span class="res">resolved: ${escapeHtml(source.resolution)}</span>`
  const cue = attribution.cue ? `${escapeHtml(attribution.cue.lemma)} <span class="hint">${escapeHtml(attribution.cue.class)}${attribution.cue.negated ? ', negated' : ''}</span>` : '—'
  const what = attribution.content.length > 0 ? escapeHtml(clip(attribution.content.map((span) => span.text).join(' … '))) : '—'
  return `<td>${who}</td><td>${cue}</td><td>${what}</td>`
}

/** The attribution section, or `''` when the report has none. */
export function attributionSection(attribution: AttributionReport | undefined): string {
  if (!attribution) return ''
  const mt = sideOf(attribution.mt)
  const reference = attribution.reference ? sideOf(attribution.reference) : undefined
  const score = attribution.score
  const facts: string[] = [`${attribution.mt.attributions.length} attribution${attribution.mt.attributions.length === 1 ? '' : 's'} in the MT`]
  if (score.resolvability !== null) facts.push(`speakers resolvable: ${formatNumber(score.resolvability * 100, 0)}%`)
  if (score.f1 !== null) facts.push(`fidelity F1 ${formatNumber(score.f1)}`)
  if (score.precision !== null && score.recall !== null) facts.push(`precision ${formatNumber(score.precision)}, recall ${formatNumber(score.recall)}`)
  let table: string
  if (reference) {
    const rows = attribution.pairs.map((pair) => {
      const left = pair.mt ? mt.attributions.get(pair.mt) : undefined
      const right = pair.reference ? reference.attributions.get(pair.reference) : undefined
      // Labels name what differs; a low fidelity without a label still deserves a look.
      const mismatch = !left || !right || pair.labels.length > 0 || pair.fidelity < 0.75
      const weak = !mismatch && pair.fidelity < 0.95
      const status = mismatch
        ? `<span class="flag">≠ ${escapeHtml(pair.labels.join(', ') || (!left || !right ? 'unpaired' : 'different source or verb'))}</span>`
        : weak
          ? '<span class="weak">≈ close</span>'
          : '<span class="ok">= match</span>'
      return `<tr${mismatch ? ' class="mismatch"' : ''}>${cells(left, mt)}${cells(right, reference)}<td>${formatNumber(pair.fidelity)}</td><td>${status}</td></tr>`
    })
    table =
      '<table class="attribution"><thead><tr><th colspan="3">Machine translation: who · verb · what</th><th colspan="3">Reference: who · verb · what</th><th>Fidelity</th><th>Status</th></tr></thead>' +
      `<tbody>${rows.join('') || '<tr><td colspan="8">No attributions.</td></tr>'}</tbody></table>`
  } else {
    const rows = attribution.mt.attributions.map((item) => `<tr>${cells(item, mt)}<td>${escapeHtml(item.kind)}</td></tr>`)
    table = `<table class="attribution"><thead><tr><th>Who</th><th>Verb</th><th>What</th><th>Kind</th></tr></thead><tbody>${rows.join('') || '<tr><td colspan="4">No attributions.</td></tr>'}</tbody></table>`
  }
  return `<section aria-labelledby="attribution-title"><h2 id="attribution-title">Attribution: who said what</h2><p class="hint">${escapeHtml(facts.join(' · '))}</p>${table}</section>`
}
