// @ts-check
// Type-aware lint for the TypeScript (the .astro files are checked by `astro check`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', '.bench/', '.test-results/', '.screenshots/', '**/*.astro', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names are errors, except deliberate placeholders written with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions mark places where an index was just checked; noUncheckedIndexedAccess makes them common.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The parser finds control and invisible characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The library is pure: no Astro, no astro:* virtual modules. Its four callers import it, never the reverse.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro/*', 'astro:*'],
              message: 'src/lib is a pure library: no Astro imports (reason: CLI, tests and loaders call it outside Astro).',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser tests and scripts handle loosely typed JSON and page.evaluate results.
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off', // reason: JSON.parse and page.evaluate return any
      '@typescript-eslint/no-unsafe-member-access': 'off', // reason: same
      '@typescript-eslint/no-unsafe-argument': 'off', // reason: same
      '@typescript-eslint/no-unsafe-call': 'off', // reason: bundled code loaded into the page in bench-search
      '@typescript-eslint/no-unsafe-return': 'off', // reason: same
      '@typescript-eslint/no-explicit-any': 'off', // reason: same
    },
  },
);
