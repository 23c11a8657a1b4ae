// Bundles TypeScript entry points for plain Node, the way the CLI build does, with `electron` replaced
// by a small stub: main-process code (electron-store, our persistence) then runs in an ordinary Node
// child process that can be timed or killed. Used by `npm run bench` and by the crash-safety test.
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '..', '..')

// as every shipped bundle does (vite.cli.config.ts, electron.vite.config.ts): jsPDF's optional html2canvas, DOMPurify
// and canvg are never used, so they are aliased to a stub; carried, they made the renderer chunk a PDF worker thread
// compiles at its start ~1 MB larger than the command line's
export const JSPDF_OPTIONAL = Object.fromEntries(
  ['html2canvas', 'dompurify', 'canvg'].map((name) => [name, resolve(ROOT, 'shared/report/render/jspdf-optional.ts')])
)

/**
 * @param {{ entries: Record<string, string>, outDir: string }} options entries: name → path from the repo root
 * @returns {Promise<void>}
 */
export async function buildNodeBundle({ entries, outDir }) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: {
      alias: {
        '@shared': resolve(ROOT, 'shared'),
        electron: resolve(ROOT, 'test/bench/electron-stub.ts'),
        ...JSPDF_OPTIONAL
      }
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      ssr: true,
      reportCompressedSize: false,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, resolve(ROOT, path)])),
        // why: everything else is bundled, so the real electron package (whose binary is absent) is never loaded
        external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' }
      }
    },
    ssr: { noExternal: true }
  })
}
