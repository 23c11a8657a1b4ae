import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { webServerPolicy } from './scripts/web-server-policy.mjs'

// jsPDF's optional html2canvas, DOMPurify and canvg are never used: aliased to a stub so no bundle carries them
const jsPdfOptional = Object.fromEntries(
  ['html2canvas', 'dompurify', 'canvg'].map((name) => [name, resolve(import.meta.dirname, 'shared/report/render/jspdf-optional.ts')])
)

// The browser edition: the renderer served on 127.0.0.1 (dev) or the built out/renderer (preview).
export default defineConfig({
  root: 'renderer',
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared'), ...jsPdfOptional } },
  // webServerPolicy: anti-framing headers and one canonical origin on every response (scripts/web-server-policy.mjs)
  plugins: [react(), webServerPolicy()],
  worker: { format: 'es' },
  // the PDF worker chunk carries the embedded report fonts (~2.6 MB); it is loaded only when a PDF is made
  build: { outDir: resolve(import.meta.dirname, 'out/renderer'), chunkSizeWarningLimit: 3000 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' }
})
