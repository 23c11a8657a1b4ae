import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

// Slow durability proofs (hundreds of SIGKILLs, every way to damage a store) run once in CI through
// `npm run test:durability`, so `npm test` stays a fast loop.
const durability = ['test/electron/crash-safety-*.test.ts', 'test/electron/corruption-*.test.ts']
// Whole-document proofs through the CLI (verify re-renders every page of 50-page reports and packets; the
// built CLI is spawned; packets drawn on worker threads): seconds to tens of seconds each, run once in CI
// through `npm run test:slow`.
const slow = [
  'test/electron/verify-*.test.ts',
  'test/electron/cli-report.test.ts',
  'test/electron/cli-built.test.ts',
  // packets made through the CLI, whole PDFs read back (4 s of the 60 s budget on an idle machine)
  'test/electron/cli-packet.test.ts',
  'test/shared/packet-stream.test.ts',
  // the whole packet PDF drawn and read back (3 s of a loaded CI's 60 s npm test budget)
  'test/shared/packet-pdf.test.ts',
  // whole report PDFs drawn and read back, and stores and banks at their size limits: 6 s, 4 s and 3 s of a CI run
  // whose npm test had reached 61 s with this session's tests (1,124)
  'test/shared/report-pdf.test.ts',
  'test/shared/store-limits.test.ts',
  'test/shared/bank-limits.test.ts',
  // reports printed whole and in every script's fonts, read back: 3.4 s and 2.7 s of a cold CI run at 60.6 s
  'test/shared/report-print.test.ts',
  'test/shared/report-scripts.test.ts',
  // thousands of generated files and sessions, and SHA-256 over large inputs both ways: 5.9 s, 5.5 s and 3.0 s of a CI
  // run whose npm test reached 73 s (64 s idle) with this session's 1,112 tests
  'test/shared/typed-text-in-files.property.test.ts',
  'test/shared/store-session.property.test.ts',
  'test/electron/native-sha256.test.ts',
  // reports and packets drawn and read back for the comparison a sign-off records, the packet's counts and the
  // signature wording: 4.4 s, 2.6 s and 4.4 s of an idle run whose npm test took 53–69 s with 1,164 tests (2026-12-07)
  'test/shared/fingerprint-scheme-3.test.ts',
  'test/shared/packet-open-question.test.ts',
  'test/shared/report-signature-wording.test.ts',
  // a revision's report, the final it corrects and a packet holding it, drawn and read back (DECISIONS 222)
  'test/shared/revision-report-pdf.test.ts'
]

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          // shared/ is pure and these tests (shared/ and the command line on in-memory files) mock nothing,
          // so their files share one module graph per worker: the bank, the PDF engine and zod are imported
          // once per worker instead of once per file
          name: 'shared',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/cli-*.test.ts'],
          exclude: [...slow],
          isolate: false,
          // worker threads, not child processes: `npm test` took 47 s in threads against 53–65 s in processes on
          // two cores (no test here changes the working directory or needs a process of its own)
          pool: 'threads',
          // heavy cases (a whole bank's property runs, PDFs read back) take 1–3 s idle and several times that
          // beside other work: 15 s keeps `npm test` from failing under load (it must never)
          testTimeout: 15_000
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/shared/**', 'test/electron/cli-*.test.ts', ...durability, ...slow],
          // in threads, as the shared project
          pool: 'threads',
          // as the shared project: never fail under load for want of time
          testTimeout: 15_000,
          // electron-store is ESM in node_modules; inline it so vi.mock('electron') reaches it
          server: { deps: { inline: ['electron-store'] } }
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'durability',
          environment: 'node',
          include: durability,
          testTimeout: 300_000,
          hookTimeout: 120_000,
          server: { deps: { inline: ['electron-store'] } }
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'slow',
          environment: 'node',
          include: slow,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          server: { deps: { inline: ['electron-store'] } }
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          // one jsdom per worker instead of per file (13 s of set-up); setup.ts unmounts and clears storage after each test
          isolate: false,
          // in threads, as the shared project
          pool: 'threads',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/renderer/setup.ts'],
          // room for the 5 s waits of setup.ts under load; an idle run takes well under a second per test
          testTimeout: 15_000
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false
        }
      }
    ]
  }
})
