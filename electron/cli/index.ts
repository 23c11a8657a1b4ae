import { runCli } from './run-cli'
import { nodeIo } from './node-io'

// The command line entry: a plain Node program (no Electron), built to out/cli/armslength.js.
runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 70
  }
)
