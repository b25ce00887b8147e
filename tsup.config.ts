import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    metrics: 'src/metrics/index.ts',
    cli: 'src/cli/index.ts',
    'batch-worker': 'src/cli/batch-worker.ts'

  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: {entry: {index: 'src/index.ts', metrics: 'src/metrics/index.ts'}},
  clean: true,
  sourcemap: false,
  splitting: true,
  // Keep `node:` specifiers as written (tsup 8 rewrites them by default).
  removeNodeProtocol: false,
  // esbuild's compatibility table marks Unicode property escapes (`\p{Lu}`) as
  // unsupported on node20, so it rewrote every such regex literal into a
  // `new RegExp(…)` call run each time the code runs — in hot per-word
  // helpers too. Node 20 supports every property the source uses.
  esbuildOptions(options) {
    options.supported = {...options.supported, 'regexp-unicode-property-escapes': true}
  }
})
