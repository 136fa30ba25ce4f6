// Lint: strict typed rules, React hooks, kebab-case files, and the import directions of docs/architecture.md.
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const VIEW_PACKAGES = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@deck.gl/*',
  'maplibre-gl',
  'maplibre-gl/*',
  'recharts',
];

/** The layers below the feature folders, bottom first (docs/architecture.md). */
const LAYERS = [
  './src/lib',
  './src/domain',
  './src/data',
  './src/state',
  './src/map',
  './src/charts',
  './src/ui',
  './src/i18n',
];
/** Feature folders: whole features that only the composition root (app/) imports. */
const FEATURES = ['./src/briefing', './src/export', './src/import', './src/analysis'];

/** Folder → folders it must not import (src/ relative). */
const zones = [
  {
    target: './src/lib',
    from: [
      './src/domain',
      './src/data',
      './src/state',
      './src/map',
      './src/charts',
      './src/ui',
      './src/i18n',
      './src/app',
    ],
  },
  {
    target: './src/domain',
    from: ['./src/data', './src/state', './src/map', './src/charts', './src/ui', './src/i18n', './src/app'],
  },
  {
    target: './src/data',
    from: ['./src/state', './src/map', './src/charts', './src/ui', './src/i18n', './src/app'],
  },
  { target: './src/state', from: ['./src/map', './src/charts', './src/ui', './src/app'] },
  { target: './src/map', from: ['./src/charts', './src/data', './src/app'] },
  { target: './src/charts', from: ['./src/map', './src/data', './src/app'] },
  // briefing/ is a feature like charts/; it reads briefing files, so data/parse-briefing.ts is its one
  // door into data/ (that module takes the view check as a parameter and imports no state/).
  { target: './src/briefing', from: ['./src/map', './src/charts', './src/app'] },
  { target: './src/briefing', from: './src/data', except: ['./parse-briefing.ts'] },
  {
    target: LAYERS,
    from: './src/briefing',
  },
  // export/ draws the charts from the same pure view-models the Overview renders (and their pure label
  // helpers and adapter types), never from chart components; it reads the map through its canvases, and
  // the pure shape module of map/ is its one door into that folder (colours come from theme/).
  { target: './src/export', from: ['./src/data', './src/app', './src/briefing'] },
  {
    target: './src/export',
    from: './src/charts',
    except: [
      './kpi-view.ts',
      './protect-kpi-view.ts',
      './protect-heights.ts',
      './compare-text.ts',
      './compare-view.ts',
      './series-view.ts',
      './ranked-views.ts',
      './ranked-title.ts',
      './flow-breakdown-view.ts',
      './to-series-rows.ts',
      './to-ranked-rows.ts',
      './bucket-label.ts',
      './chart-format.ts',
      './period-label.ts',
      './series-ticks.ts',
      './filter-value-label.ts',
      './nationality-name.ts',
    ],
  },
  {
    target: './src/export',
    from: './src/map',
    except: ['./symbol-shapes.ts'],
  },
  {
    target: LAYERS,
    from: './src/export',
  },
  // import/ is a feature like briefing/: it reads foreign files (its worker uses data/'s validation) and
  // keeps datasets on this device; only the composition root (app/) imports it.
  {
    target: './src/import',
    from: ['./src/map', './src/charts', './src/app', './src/briefing', './src/export'],
  },
  {
    target: [...LAYERS, './src/briefing', './src/export'],
    from: './src/import',
  },
  // analysis/ is a feature like briefing/: the Analysis tab (two periods compared, early-warning flags,
  // small-count protection) and the flag markers of the timeline; only the composition root imports it.
  // It reads the charts' pure view-models and labels, never the map or the loader.
  {
    target: './src/analysis',
    from: ['./src/map', './src/data', './src/app', './src/briefing', './src/export', './src/import'],
  },
  {
    target: [...LAYERS, './src/briefing', './src/export', './src/import'],
    from: './src/analysis',
  },
  {
    target: './src/ui',
    from: ['./src/state', './src/domain', './src/data', './src/map', './src/charts', './src/app'],
  },
  {
    target: './src/i18n',
    from: ['./src/domain', './src/data', './src/state', './src/map', './src/charts', './src/ui', './src/app'],
  },
];

// theme/ (the palette) imports nothing in src; every view folder may import it.
zones.push({ target: './src/theme', from: [...LAYERS, ...FEATURES, './src/app'] });

/** Production code never imports the test builders (src/testing/ is for tests only). */
const productionZones = zones.concat([
  {
    target: './src',
    from: './src/testing',
    message: 'src/testing/ is imported by tests only',
  },
]);

const zoneRule = (list) => [
  'error',
  {
    zones: list.map((z) => ({
      message: 'breaks the folder import directions (docs/architecture.md)',
      ...z,
    })),
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'coverage',
      'test-output',
      'bench/results',
      'bench/.*.mjs',
      'bench/browser/dist',
      'bench/browser/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'check-file': checkFile },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render untrusted text as text.',
        },
        {
          selector: "CallExpression[callee.property.name='setHTML']",
          message: 'Render untrusted text as text.',
        },
      ],
      'no-restricted-properties': ['error', { property: 'dangerouslySetInnerHTML' }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      'import-x/no-restricted-paths': zoneRule(zones),
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@turf/turf', message: 'Import the individual @turf/* module.' },
            { name: 'deck.gl', message: 'Import the scoped @deck.gl/* modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/testing/**'],
    rules: { 'import-x/no-restricted-paths': zoneRule(productionZones) },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: VIEW_PACKAGES.concat(['@turf/turf']),
              message: 'domain/ is pure: no UI, store or rendering.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage'],
    },
  },
  {
    files: ['src/data/**', 'src/lib/**', 'src/i18n/**'],
    ignores: ['src/i18n/i18n-context.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: VIEW_PACKAGES, message: 'this folder has no UI or store.' }] },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*', '@deck.gl/*', 'maplibre-gl'],
              message: 'ui/ is presentational.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'bench/**', 'scripts/**', 'src/testing/**'],
    rules: {
      // Tests and tools may reach across folders (design: testing/ imports anything).
      'import-x/no-restricted-paths': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
