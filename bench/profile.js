// `node bench/profile.js [ref|mt|articles|articles-ref] [rounds]` (after a build): where a check spends its time.
//
// Method: the text of `npm run bench` (imported from bench/index.js: 100 corpus MT articles in turn; `articles` modes check them one call each),
// checked `rounds` times (default 5) after one warm-up, under V8's sampling CPU profiler (node:inspector, 200 µs).
// Samples are attributed to the source module they ran in (tsup writes a `// src/…` line before each module of
// the bundle) or to the dependency, so no source map is needed. It prints
//   - phases: inclusive time of each source module (a module's own functions and everything they call, counted
//     once per sample), so `src/checks/title-garble.ts` is the whole check and `src/attribution/analyze.ts` the
//     whole attribution extraction, whoever asked for it first;
//   - self time by module and by function (where the instructions are).
// Shares are of all samples, garbage collection included (it is its own line). Profiling slows the code and
// moves small shares by a point or two: compare shares of one mode between builds, never absolute times.
import {readFileSync} from 'node:fs'
import {Session} from 'node:inspector'
import {fileURLToPath} from 'node:url'
import {checkSync} from '../dist/index.js'
import {articleList, mt, reference} from './index.js'

const mode = process.argv[2] ?? 'ref'
const rounds = Number(process.argv[3] ?? 5)
const modes = ['ref', 'mt', 'articles', 'articles-ref']
if (!modes.includes(mode)) throw new Error(`Unexpected mode \`${mode}\`, expected one of ${modes.join(', ')}`)

function run() {
  if (mode === 'ref') checkSync(mt, {sourceLang: 'id', reference})
  else if (mode === 'mt') checkSync(mt, {sourceLang: 'id'})
  else for (const article of articleList) checkSync(article.mt, {sourceLang: 'id', reference: mode === 'articles-ref' ? article.reference : undefined})
}

const session = new Session()
session.connect()
const post = (method, parameters) => new Promise((resolve, reject) => session.post(method, parameters, (error, result) => (error ? reject(error) : resolve(result))))
run()
await post('Profiler.enable')
await post('Profiler.setSamplingInterval', {interval: 200})
await post('Profiler.start')
for (let round = 0; round < rounds; round++) run()
const {profile} = await post('Profiler.stop')
session.disconnect()

/** Module markers of each bundle file: [line, module] in line order. */
const markers = new Map()
function moduleOf(frame) {
  const {url, lineNumber, functionName} = frame
  if (!url) return functionName || '(program)'
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (dependency) return dependency[1]
  if (!url.includes('/dist/')) return url.startsWith('node:') ? url : url.split('/').pop()
  let lines = markers.get(url)
  if (!lines) {
    lines = []
    readFileSync(fileURLToPath(url), 'utf8').split('\n').forEach((line, index) => {
      const marker = /^\/\/ (src\/\S+)/.exec(line)
      if (marker) lines.push([index, marker[1]])
    })
    markers.set(url, lines)
  }
  let found = url.split('/').pop()
  for (const [line, name] of lines) {
    if (line > lineNumber) break
    found = name
  }
  return found
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
const selfTime = new Map()
let total = 0
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0
  total += delta
  selfTime.set(id, (selfTime.get(id) ?? 0) + delta)
})

const inclusive = new Map()
const selfByModule = new Map()
const selfByFunction = new Map()
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value)
for (const [id, time] of selfTime) {
  const node = nodes.get(id)
  const module = moduleOf(node.callFrame)
  add(selfByModule, module, time)
  add(selfByFunction, `${node.callFrame.functionName || '(anonymous)'} (${module})`, time)
  const seen = new Set()
  for (let at = id; at !== undefined; at = parents.get(at)) {
    const name = moduleOf(nodes.get(at).callFrame)
    if (seen.has(name)) continue
    seen.add(name)
    add(inclusive, name, time)
  }
}

function print(title, map, count, filter = () => true) {
  console.log(`\n${title}`)
  const rows = [...map].filter(([name]) => filter(name)).sort((a, b) => b[1] - a[1]).slice(0, count)
  for (const [name, time] of rows) console.log(`${((100 * time) / total).toFixed(1).padStart(6)}%  ${name}`)
}

console.log(`Mode ${mode}, ${rounds} rounds, ${(total / 1000 / rounds).toFixed(0)} ms a round under the profiler`)
// Modules that only call the others (the check loop, plugin wrappers, the shared-value cache) and the profiler's own
// session are left out of the phases.
const wrappers = ['src/core/check.ts', 'src/core/define-check.ts', 'src/core/context.ts', 'src/attribution/derived.ts', 'unified', 'trough', 'profile.js', '(root)', 'dispatch', 'node:inspector']
print('Phases (inclusive, by module)', inclusive, 30, (name) => !wrappers.includes(name))
print('Self time by module', selfByModule, 20)
print('Self time by function', selfByFunction, 25)
