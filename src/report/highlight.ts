/**
 * Highlight ranges of a text as nested HTML elements, whatever their
 * overlaps: ranges that cross are split (the later piece reopens as a
 * continuation), so the markup stays well nested and every range gets
 * exactly one "first" piece across all the slices of one text.
 */
import {escapeHtml} from './escape.js'

export interface HighlightRange {
  /** Identifies the range in `tags` callbacks (the finding index). */
  id: number
  start: number
  end: number
}

export interface HighlightTags {
  /** Opening tag of a piece; `first` is true once per range per text. */
  open(id: number, first: boolean): string
  /** Closing tag of a piece (a first piece may add its tooltip before it). */
  close(id: number, first: boolean): string
  /** Content of a zero-length range (default: a caret). */
  empty?: (id: number) => string
}

interface Open {
  id: number
  end: number
  first: boolean
}

/**
 * HTML of `text.slice(from, to)` with the parts of `ranges` inside it
 * highlighted. `opened` remembers which ranges already had their first piece
 * (pass the same set for every slice of one text). A zero-length range is
 * rendered in the slice that contains its offset (or the last slice).
 */
export function highlightSlice(text: string, from: number, to: number, ranges: readonly HighlightRange[], tags: HighlightTags, opened: Set<number>): string {
  const inside = ranges
    .map((range) => ({id: range.id, start: Math.max(range.start, from), end: Math.min(range.end, to), empty: range.start === range.end}))
    .filter((range) => (range.empty ? (range.start >= from && range.start < to) || (range.start === to && to === text.length) : range.start < range.end))
  const points = [...new Set([from, to, ...inside.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b)
  const startsAt = new Map<number, typeof inside>()
  for (const range of inside) {
    const list = startsAt.get(range.start) ?? []
    list.push(range)
    startsAt.set(range.start, list)
  }
  const stack: Open[] = []
  let html = ''
  const open = (id: number, end: number) => {
    const first = !opened.has(id)
    opened.add(id)
    html += tags.open(id, first)
    return {id, end, first}
  }
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!
    const toOpen: Array<{id: number; end: number}> = []
    const lowest = stack.findIndex((entry) => entry.end <= point)
    if (lowest >= 0) {
      const reopen: Open[] = []
      while (stack.length > lowest) {
        const entry = stack.pop()!
        html += tags.close(entry.id, entry.first)
        if (entry.end > point) reopen.unshift(entry)
      }
      toOpen.push(...reopen)
    }
    const starting = startsAt.get(point) ?? []
    for (const range of starting) if (!range.empty) toOpen.push(range)
    toOpen.sort((a, b) => b.end - a.end || a.id - b.id)
    for (const range of toOpen) stack.push(open(range.id, range.end))
    for (const range of starting) {
      if (!range.empty) continue
      const entry = open(range.id, point)
      html += (tags.empty ? tags.empty(range.id) : '<span aria-hidden="true">‸</span>') + tags.close(entry.id, entry.first)
    }
    const next = points[index + 1]
    if (next !== undefined) html += escapeHtml(text.slice(point, next))
  }
  while (stack.length > 0) {
    const entry = stack.pop()!
    html += tags.close(entry.id, entry.first)
  }
  return html
}
