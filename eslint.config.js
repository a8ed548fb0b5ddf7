// @ts-check
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = ['catalog', 'career-page', 'day-timeline', 'reading-list', 'salaries']

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'playwright-report',
      'test-results',
      'src/routeTree.gen.ts',
      '.review*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Markup from a string bypasses React's escaping and the Content-Security-Policy's intent: never.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is not allowed: render elements, or text that React escapes.',
        },
      ],
      // Imports flow one way: shared code → features → routes, and no feature reaches into another.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'A feature does not import another feature; move shared code to src/components or src/lib.',
            })),
            {
              target: ['./src/components', './src/lib', './src/content', './src/testing'],
              from: ['./src/features', './src/routes'],
              message: 'Shared code must not depend on features or routes.',
            },
            {
              // The platform layer (src/app) starts and ships the app: it may use everything, nothing shared uses it.
              target: ['./src/lib', './src/content', './src/features'],
              from: './src/app',
              message: 'src/app starts the app; shared code and features do not import it.',
            },
            {
              target: './src/features',
              from: './src/routes',
              message: 'Features receive what they need from routes as props; they do not import routes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // A wrong assumption in a test or benchmark fails it loudly; the assertion operator keeps them readable.
    files: ['**/*.test.{ts,tsx}', '**/*.bench.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.config.{js,ts}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Runs in the browser before the app: a plain script, no modules.
    files: ['public/**/*.js', 'src/app/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
)
