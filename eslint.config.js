import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'bench/results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Events join the global event maps by extending them (`interface HTMLElementEventMap extends MdmaFaqEventMap {}`),
      // and React's JSX types live in a namespace that a module augmentation has to name.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    files: ['*.js', 'scripts/**/*.js', 'bench/**/*.js', '.storybook/**/*.{js,ts}', 'test/consumers/*.js', 'test/server/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
