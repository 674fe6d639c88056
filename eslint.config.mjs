// ESLint flat config: typescript-eslint's recommended rules, plus the project's boundaries.
import tseslint from 'typescript-eslint';

const NODE_MODULES = {
	group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'zlib', 'util', 'buffer', 'stream', 'child_process', 'perf_hooks', 'worker_threads', 'url'],
	message: 'src/ also runs in the web worker extension host, which has no Node modules.',
};

const VSCODE = { name: 'vscode', message: 'src/core must not depend on VS Code; adapt it in src/vscode.' };
const MINISEARCH = {
	name: 'minisearch',
	message: 'MiniSearch is reached through src/core/search/engine/ only (NoteMiniSearch), so a change of its internals shows in one place.',
};

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', '.vscode-test/**', '.bench-data/**', '.scratch/**', 'node_modules/**'] },
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		rules: {
			curly: 'error',
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		// All of src/ runs in the web worker extension host too (src/web/extension.ts): no Node,
		// but in src/node/, which only the Node build loads (src/node/extension.ts).
		files: ['src/**/*.ts'],
		ignores: ['src/node/**'],
		rules: {
			'no-restricted-imports': ['error', { paths: [MINISEARCH], patterns: [NODE_MODULES] }],
			'no-restricted-globals': [
				'error',
				...['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename'].map((name) => ({
					name,
					message: 'src/ also runs in the web worker extension host, which has no Node globals.',
				})),
			],
		},
	},
	{
		// The core runs in plain Node and in the web extension host: no VS Code API either.
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [VSCODE, MINISEARCH], patterns: [NODE_MODULES] }],
		},
	},
	{
		// The engine seam: the one folder that imports MiniSearch (see noteMiniSearch.ts).
		files: ['src/core/search/engine/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [VSCODE], patterns: [NODE_MODULES] }],
		},
	},
	{
		// Lazy requires are deliberate where a library is loaded on first use (see frontMatter.ts).
		files: ['src/core/parse/frontMatter.ts'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	{
		// The bench's floor extension is plain CommonJS, loaded by the extension host without a build step.
		files: ['bench/floor/**/*.js', 'bench/probe/**/*.js'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
