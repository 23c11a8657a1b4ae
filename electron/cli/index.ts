import { runCli } from './run-cli'
import { nodeIo } from './node-io'
import { removePendingTempFiles } from './output-file'
import { installNativeSha256 } from '../main/native-sha256'
import { setThreadNoticeSink } from '../main/pdf/thread-notices'

// The command line entry: a plain Node program (no Electron), built to out/cli/armslength.js.

// why: `armslength questions | head -1` closes the pipe after one line; the remaining writes fail with
// EPIPE. Like any Unix filter, end quietly with success instead of crashing with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

// why: Ctrl-C during a write must not leave a half-written temp file beside the output. The signal is then
// raised again with its default action (the shell sees 130 or 143, as before): process.exit() waits for
// Node's file threads, and one blocked opening a pipe no one writes to (`packet pipe.json`) never
// returns, so the process ignored Ctrl-C and SIGTERM for ever.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removePendingTempFiles()
    process.removeAllListeners(signal)
    process.kill(process.pid, signal)
  })
}

// fingerprints by Node's SHA-256: the same digests, checked on install, ten times faster
installNativeSha256()

// a packet is still made, with the same bytes, only slower: said on standard error, which scripts' logs keep
setThreadNoticeSink((notice) =>
  nodeIo.err(`Note: ${notice.why}. The pages were compressed on the drawing thread instead; the PDF is the same.`)
)

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 70
  }
)
