// The lint gate (`npm run lint`, in .ci/run): typescript-eslint's recommended rules, no import
// cycles, and the house's layers, so "the core knows nothing of Discord" is checked, not hoped.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The core: plain functions over plain data, shared by every adapter. */
const core = [
  'corpus',
  'text',
  'extract',
  'knowledge',
  'search',
  'answer',
  'brief',
  'service',
  'digest',
  'vocabulary',
  'fetch',
];

// Relative imports are matched by folder name wherever they start ('../discord/', '../../discord/').
const discordImports = [
  { regex: '^discord\\.js$|^@discordjs/', message: 'Only src/discord and commands/ talk to Discord.' },
  { regex: '(^|/)discord/', message: 'Only src/discord and commands/ talk to Discord: depend on a core interface.' },
];
const adapterImports = [
  {
    regex: '(^|/)(terminal|command-table|presentation)/',
    message: 'The core serves the adapters and knows none of them.',
  },
  { regex: '(^|/)commands/', message: 'Commands are loaded by src/discord/load-commands.ts only.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'corpus/',
      'eval/',
      'data/',
      'coverage/',
      '.cache/',
      '.scratch/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Formatting is Prettier's: no lint rule argues with it (max-len, set below, only for comments).
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports by parsing the files they name: TypeScript's, imported as .js.
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // A cycle means two modules are one concern, or one of them reaches past its layer.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // tsc (strict, noUncheckedIndexedAccess) already checks these more precisely.
      'no-undef': 'off',
      // Code width is Prettier's (120); comments it leaves alone, so they are held to the same.
      'max-len': ['error', { code: 1000, comments: 120, ignoreUrls: true }],
      // Matching control characters is the point of the cleaners that strip them from corpus text.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: core.map((folder) => `src/${folder}/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [...discordImports, ...adapterImports] }],
    },
  },
  {
    // The terminal and what both adapters share are no more Discord's than the core is.
    files: ['src/terminal/**', 'src/command-table/**', 'src/presentation/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: discordImports }],
    },
  },
  {
    // Worker entry points: plain ES modules that Node runs before tsx is loaded.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
