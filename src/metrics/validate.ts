/**
 * Input and option validation shared by the metrics. Every problem throws a
 * `TypeError` whose message says what is wrong and how to fix it.
 */

/** A readable name for the type of `value`, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)})`
  if (typeof value === 'number') return `the number ${String(value)}`
  return typeof value
}

/** Checks a hypothesis stream and returns it typed. */
export function checkHypotheses(fn: string, hypotheses: unknown): readonly string[] {
  if (!Array.isArray(hypotheses)) {
    const hint = typeof hypotheses === 'string' ? `; wrap one sentence in an array, or use sentence${fn[0]!.toUpperCase()}${fn.slice(1)}()` : ''
    throw new TypeError(`Expected \`hypotheses\` of ${fn}() to be an array of strings, got ${describe(hypotheses)}${hint}`)
  }
  if (hypotheses.length === 0) {
    throw new TypeError(`Expected \`hypotheses\` of ${fn}() to hold at least one segment, got an empty array`)
  }
  for (let index = 0; index < hypotheses.length; index++) {
    const value: unknown = hypotheses[index]
    if (typeof value !== 'string') {
      throw new TypeError(`Expected \`hypotheses[${index}]\` of ${fn}() to be a string, got ${describe(value)}; use '' for an empty hypothesis`)
    }
  }
  return hypotheses as readonly string[]
}

/** References of one corpus, regrouped per segment. */
export interface SegmentReferences {
  /** `perSegment[i]` = the non-null references of segment i, in stream order. */
  perSegment: string[][]
  /** The signature's `nrefs` value: the reference count, or `var`. */
  nrefs: string
}

/** Checks reference streams (`references[k][i]`) against `count` segments and regroups them per segment. */
export function checkReferenceStreams(fn: string, references: unknown, count: number): SegmentReferences {
  const layout = '`references[k][i]` is the k-th reference of segment i'
  if (!Array.isArray(references)) {
    throw new TypeError(`Expected \`references\` of ${fn}() to be an array of reference streams (${layout}), got ${describe(references)}`)
  }
  if (references.length === 0) {
    throw new TypeError(`Expected \`references\` of ${fn}() to hold at least one reference stream (${layout}), got an empty array`)
  }
  for (let k = 0; k < references.length; k++) {
    const stream: unknown = references[k]
    if (!Array.isArray(stream)) {
      const hint = typeof stream === 'string' ? `; for one reference per segment pass [references], not references` : ''
      throw new TypeError(`Expected \`references[${k}]\` of ${fn}() to be a reference stream (an array with one entry per segment; ${layout}), got ${describe(stream)}${hint}`)
    }
    if (stream.length !== count) {
      throw new TypeError(
        `Expected every reference stream to have ${count} segment${count === 1 ? '' : 's'} like \`hypotheses\`, stream ${k} has ${stream.length}; ` +
          `pass streams (${layout}), not one list of references per segment, and use null where a segment has fewer references`
      )
    }
    for (let index = 0; index < count; index++) {
      const value: unknown = stream[index]
      if (value !== null && typeof value !== 'string') {
        throw new TypeError(`Expected \`references[${k}][${index}]\` of ${fn}() to be a string or null, got ${describe(value)}`)
      }
    }
  }
  const streams = references as ReadonlyArray<ReadonlyArray<string | null>>
  const perSegment: string[][] = []
  const counts = new Set<number>()
  for (let index = 0; index < count; index++) {
    const refs: string[] = []
    for (const stream of streams) {
      const value = stream[index]
      if (typeof value === 'string') refs.push(value)
    }
    if (refs.length === 0) {
      throw new TypeError(`Expected segment ${index} of ${fn}() to have at least one reference, every stream has null there; give each segment at least one reference string`)
    }
    counts.add(refs.length)
    perSegment.push(refs)
  }
  const only = counts.size === 1 ? [...counts][0] : undefined
  return {perSegment, nrefs: only === undefined ? 'var' : String(only)}
}

/** Checks the arguments of a sentence-level metric. */
export function checkSentence(fn: string, hypothesis: unknown, references: unknown): {hypothesis: string; references: readonly string[]} {
  if (typeof hypothesis !== 'string') {
    throw new TypeError(`Expected \`hypothesis\` of ${fn}() to be a string, got ${describe(hypothesis)}`)
  }
  if (!Array.isArray(references)) {
    const hint = typeof references === 'string' ? '; wrap one reference in an array: [reference]' : ''
    throw new TypeError(`Expected \`references\` of ${fn}() to be an array of reference strings, got ${describe(references)}${hint}`)
  }
  if (references.length === 0) {
    throw new TypeError(`Expected \`references\` of ${fn}() to hold at least one reference string, got an empty array`)
  }
  for (let index = 0; index < references.length; index++) {
    const value: unknown = references[index]
    if (typeof value !== 'string') {
      throw new TypeError(`Expected \`references[${index}]\` of ${fn}() to be a string, got ${describe(value)}`)
    }
  }
  return {hypothesis, references: references as readonly string[]}
}

/** Checks that `options` is undefined or a plain object with only `allowed` keys. */
export function checkOptionKeys(fn: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected the options of ${fn}() to be an object, got ${describe(options)}`)
  }
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`Unknown option \`${key}\` for ${fn}(); expected one of ${allowed.map((name) => `\`${name}\``).join(', ')}`)
    }
  }
  return record
}

/** Reads an optional boolean option. */
export function booleanOption(fn: string, record: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = record[key]
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') {
    throw new TypeError(`Expected option \`${key}\` of ${fn}() to be true or false, got ${describe(value)}`)
  }
  return value
}

/** Reads an optional integer option within [min, max]. */
export function integerOption(fn: string, record: Record<string, unknown>, key: string, fallback: number, min: number, max: number): number {
  const value = record[key]
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`Expected option \`${key}\` of ${fn}() to be an integer from ${min} to ${max}, got ${describe(value)}`)
  }
  return value
}

/** Reads an optional finite, non-negative number option. */
export function numberOption(fn: string, record: Record<string, unknown>, key: string, fallback: number | undefined): number | undefined {
  const value = record[key]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`Expected option \`${key}\` of ${fn}() to be a finite number ≥ 0, got ${describe(value)}`)
  }
  return value
}

/** Reads an optional option from a fixed set of strings. */
export function choiceOption<T extends string>(
  fn: string,
  record: Record<string, unknown>,
  key: string,
  fallback: T,
  choices: readonly T[],
  unsupported: Readonly<Record<string, string>> = {}
): T {
  const value = record[key]
  if (value === undefined) return fallback
  const list = choices.map((choice) => `'${choice}'`).join(', ')
  if (typeof value === 'string' && Object.hasOwn(unsupported, value)) {
    throw new TypeError(`Unsupported \`${key}\` '${value}' for ${fn}(): ${unsupported[value]!}; use one of ${list}`)
  }
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new TypeError(`Unexpected \`${key}\` ${typeof value === 'string' ? `'${value}'` : describe(value)} for ${fn}(); expected one of ${list}`)
  }
  return value as T
}
