/** A small inline SVG bar chart of the penalty per category (no external assets, no inline styles). */
import type {CategoryScore} from '../types.js'
import {escapeHtml} from './escape.js'

const width = 640
const rowHeight = 40

/** The chart as SVG markup, or a sentence when there is nothing to chart. */
export function categoryChart(categories: readonly CategoryScore[]): string {
  if (categories.length === 0) return '<p class="hint">No findings: no penalty in any category.</p>'
  const max = Math.max(...categories.map((category) => category.penalty), 1)
  const height = categories.length * rowHeight + 4
  const rows = categories.map((category, index) => {
    const y = index * rowHeight
    const bar = category.penalty > 0 ? Math.max(3, Math.round((category.penalty / max) * width)) : 0
    const dimension = category.category.split('/')[0] ?? ''
    const label = `${category.count} finding${category.count === 1 ? '' : 's'} · penalty ${formatNumber(category.penalty)}`
    return (
      `<g><text x="0" y="${y + 15}">${escapeHtml(category.category)}</text>` +
      `<text class="num" x="${width}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect class="track" x="0" y="${y + 22}" width="${width}" height="10" rx="5"></rect>` +
      (bar > 0 ? `<rect class="dim-${escapeHtml(dimension)}" x="0" y="${y + 22}" width="${bar}" height="10" rx="5"></rect>` : '') +
      `</g>`
    )
  })
  const summary = categories.map((category) => `${category.category}: ${category.count}, penalty ${formatNumber(category.penalty)}`).join('; ')
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">Penalty by category: ${escapeHtml(summary)}</title>${rows.join('')}</svg>`
  )
}

/** A number as people read it: up to two decimals, thousands grouped. */
export function formatNumber(value: number, decimals = 2): string {
  return value.toLocaleString('en-US', {maximumFractionDigits: decimals})
}
