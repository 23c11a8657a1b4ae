import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

// jsPDF's optional html2canvas, DOMPurify and canvg are never used: aliased to a stub so no bundle carries them
const jsPdfOptional = Object.fromEntries(
  ['html2canvas', 'dompurify', 'canvg'].map((name) => [name, resolve(import.meta.dirname, 'shared/report/render/jspdf-optional.ts')])
)

// The command line is a plain Node program: no Electron. It bundles shared/ and its libraries.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared'), ...jsPdfOptional } },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    rollupOptions: {
      // the PDF worker draws an audit packet's pieces on every core (electron/main/pdf/packet-threads.ts)
      input: {
        armslength: resolve(import.meta.dirname, 'electron/cli/index.ts'),
        'pdf-worker': resolve(import.meta.dirname, 'electron/main/pdf/pdf-worker.ts')
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      // the chunk the two entries share sits beside them: fonts.ts finds assets/fonts two levels above itself
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' }
    }
  },
  ssr: { noExternal: true }
})
