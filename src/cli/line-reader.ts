/**
 * Lines of a JSONL stream with bounded memory: bytes are split on `\n`
 * (a trailing `\r` is dropped), each line is decoded as strict UTF-8, and a
 * line longer than `maxBytes` is skipped (reported, never buffered whole).
 * Unlike `node:readline`, one huge line cannot exhaust memory.
 */

export interface InputLine {
  /** 1-based line number. */
  line: number
  /** Bytes the line took in the input, with its line break. */
  bytes: number
  /** The decoded line, or */
  text?: string
  /** why it could not be read. */
  error?: string
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export async function* readLines(source: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Uint8Array[] = []
  let size = 0
  let overflow = false
  let line = 0
  const finish = (last: Uint8Array, breakBytes: number): InputLine => {
    line++
    const bytes = size + last.length + breakBytes
    let result: InputLine
    if (overflow || size + last.length > maxBytes) {
      result = {line, bytes, error: `Line too long (${Math.round(bytes / 1048576)} MiB, at most ${Math.round(maxBytes / 1048576)} MiB): split the article`}
    } else {
      const buffer = parts.length === 0 ? last : Buffer.concat([...parts, last])
      try {
        let text = decoder.decode(buffer)
        if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        if (text.endsWith('\r')) text = text.slice(0, -1)
        result = {line, bytes, text}
      } catch {
        result = {line, bytes, error: 'Invalid UTF-8 on this line: write the JSONL file as UTF-8'}
      }
    }
    parts = []
    size = 0
    overflow = false
    return result
  }
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let from = 0
    for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, from)) {
      yield finish(bytes.subarray(from, index), 1)
      from = index + 1
    }
    if (from < bytes.length) {
      const rest = bytes.subarray(from)
      if (overflow || size + rest.length > maxBytes) {
        overflow = true
        size += rest.length
        parts = []
      } else {
        // Copy: the stream may reuse its buffer.
        parts.push(Uint8Array.prototype.slice.call(rest))
        size += rest.length
      }
    }
  }
  if (size > 0 || overflow) yield finish(new Uint8Array(0), 0)
}
