// ESLint as the Astro ecosystem has it: JavaScript's and typescript-eslint's recommended rules,
// eslint-plugin-astro for components; `npm run lint` allows no warning.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/.tmp/', 'tests/fixtures/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // The offline copy's service worker runs in a worker, not a page.
  {
    files: ['src/client/offline/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    rules: {
      // A leading underscore marks a parameter or a destructured value left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
