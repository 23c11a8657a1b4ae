import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { webServerPolicy } from './scripts/web-server-policy.mjs'

// The browser edition: the renderer served on 127.0.0.1 (dev) or the built out/renderer (preview).
export default defineConfig({
  root: 'renderer',
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  // webServerPolicy: anti-framing headers and one canonical origin on every response (scripts/web-server-policy.mjs)
  plugins: [react(), webServerPolicy()],
  worker: { format: 'es' },
  // the PDF worker chunk carries the embedded report fonts (~2.6 MB); it is loaded only when a PDF is made
  build: { outDir: resolve(import.meta.dirname, 'out/renderer'), chunkSizeWarningLimit: 3000 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' }
})
