import { resolve } from 'node:path'
import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

// The command line is a plain Node program: no Electron. It bundles shared/ and its libraries.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    rollupOptions: {
      input: { armslength: resolve(import.meta.dirname, 'electron/cli/index.ts') },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].js' }
    }
  },
  ssr: { noExternal: true }
})
