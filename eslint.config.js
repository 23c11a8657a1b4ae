import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'

// Layer rules: shared/ is pure, the renderer never reaches Node or Electron, electron/ never imports the UI.
const NODE_AND_ELECTRON = [
  { group: ['electron', 'electron/*', 'electron-store'], message: 'Only electron/ may use Electron.' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads'], message: 'Only electron/ may use Node.' }
]
const UI = [{ group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@hookform/*'], message: 'shared/ is pure: no React.' }]
const LAYER_PATHS = (layers) =>
  layers.map((layer) => ({ group: [`**/${layer}/**`, `../${layer}/*`], message: `Do not import from ${layer}/.` }))

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'docs/examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not an enum.' }]
    }
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NODE_AND_ELECTRON, ...UI, ...LAYER_PATHS(['renderer', 'electron'])] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest']
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      // the classic hook rules; the React Compiler rules assume the compiler, which we do not use
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...NODE_AND_ELECTRON, ...LAYER_PATHS(['electron'])] }],
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']
    }
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: LAYER_PATHS(['renderer']) }]
    }
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.config.{js,ts}', 'vite.*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // vi.hoisted() factories run before imports, so tests may require() there
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }]
    }
  }
)
