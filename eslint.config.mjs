// ESLint flat config: typescript-eslint's recommended rules, plus the project's boundaries.
import tseslint from 'typescript-eslint';

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
		// The core runs in plain Node and, later, in the web extension host: no VS Code API.
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code; adapt it in src/vscode.' }] }],
		},
	},
	{
		// Lazy requires are deliberate where a library is loaded on first use (see frontMatter.ts).
		files: ['src/core/frontMatter.ts'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
