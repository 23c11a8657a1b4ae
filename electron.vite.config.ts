import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// jsPDF's optional html2canvas, DOMPurify and canvg are never used: aliased to a stub so no bundle carries them
const jsPdfOptional = Object.fromEntries(
  ['html2canvas', 'dompurify', 'canvg'].map((name) => [name, resolve(import.meta.dirname, 'shared/report/render/jspdf-optional.ts')])
)

const alias = { '@shared': resolve(import.meta.dirname, 'shared'), ...jsPdfOptional }

// The renderer build is also the browser edition: it carries both API implementations and picks one
// at start-up (window.armslength from the preload, or browser storage).
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'pdf-worker': resolve(import.meta.dirname, 'electron/main/pdf/pdf-worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // sandboxed preloads must be CommonJS
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // the PDF worker chunk carries the embedded report fonts (~2.6 MB); it is loaded only when a PDF is made
      chunkSizeWarningLimit: 3000,
      // electron-vite leaves the renderer unminified by default; the browser edition serves this build
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } }
    }
  }
})
