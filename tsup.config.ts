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
  removeNodeProtocol: false
})
