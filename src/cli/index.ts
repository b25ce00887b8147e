#!/usr/bin/env node
import {unlinkSync} from 'node:fs'
import process from 'node:process'
import {pendingTemporaryFiles} from './io.js'
import {run} from './run.js'

// Interrupted: remove temporary files, so no partial output is ever left behind.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    for (const file of pendingTemporaryFiles) {
      try {
        unlinkSync(file)
      } catch {}
    }
    process.exit(code)
  })
}
// A closed pipe (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await run(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env})
