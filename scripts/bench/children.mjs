// Runs one measurement in its own Node process and returns its BENCH_RESULT line, so one measure's
// JIT state, heap and garbage never skew another's.
import { spawn } from 'node:child_process'

/**
 * @param {string} script path of a bundled measure (out/bench/*.js)
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd: string, nodeArgs?: string[] }} options
 * @returns {Promise<Record<string, unknown> & { wallMs: number }>}
 */
export function runMeasure(script, args, { env = {}, cwd, nodeArgs = [] }) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
      if (code !== 0 || !line) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${code}\n${stderr || stdout}`))
        return
      }
      resolve({ ...JSON.parse(line.slice('BENCH_RESULT '.length)), wallMs })
    })
  })
}

/** Runs the same measure `n` times, one fresh process each, one after the other. */
export async function runFresh(n, script, args, options) {
  const results = []
  for (let i = 0; i < n; i++) results.push(await runMeasure(script, args, options))
  return results
}
