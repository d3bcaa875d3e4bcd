import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Pages ship no framework JavaScript (README: "Every page ships no framework JavaScript"):
// every page exports `config = { unstable_runtimeJS: false }`, and nothing rendered on a page is a client
// component or uses React state. Behaviour goes into public/enhance.js instead.
const noClientRuntime = {
  rules: {
    'page-has-no-runtime': {
      meta: { type: 'problem', messages: { missing: 'A page must export `const config = { unstable_runtimeJS: false }`: pages ship no framework JavaScript.' } },
      create(context) {
        let found = false;
        const isFalse = (p) => p.type === 'Property' && (p.key.name ?? p.key.value) === 'unstable_runtimeJS' && p.value.type === 'Literal' && p.value.value === false;
        return {
          ExportNamedDeclaration(node) {
            const d = node.declaration;
            if (d?.type !== 'VariableDeclaration') return;
            for (const v of d.declarations) if (v.id.type === 'Identifier' && v.id.name === 'config' && v.init?.type === 'ObjectExpression' && v.init.properties.some(isFalse)) found = true;
          },
          'Program:exit'(node) {
            if (!found) context.report({ node, messageId: 'missing' });
          },
        };
      },
    },
    'no-client-components': {
      meta: { type: 'problem', messages: { directive: '"use client" has no place here: pages ship no framework JavaScript; put behaviour in public/enhance.js.' } },
      create(context) {
        return {
          ExpressionStatement(node) {
            if (node.directive === 'use client') context.report({ node, messageId: 'directive' });
          },
        };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['pages/**/*.tsx', 'components/**/*.tsx'],
    plugins: { site: noClientRuntime },
    rules: {
      'site/no-client-components': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', importNames: ['useState', 'useEffect', 'useLayoutEffect', 'useReducer', 'useRef', 'useTransition', 'useSyncExternalStore'], message: 'Pages ship no framework JavaScript: client state never runs. Use public/enhance.js.' },
            { name: 'next/link', message: 'Use a plain <a>: pages have no client router.' },
            { name: 'next/navigation', message: 'App Router APIs do not apply to Pages Router pages.' },
          ],
        },
      ],
    },
  },
  { files: ['pages/[[]lang[]]/**/*.tsx', 'pages/_error.tsx'], plugins: { site: noClientRuntime }, rules: { 'site/page-has-no-runtime': 'error' } },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', '.acceptance/**', '.helpers/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**']),
]);
