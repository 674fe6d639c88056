// The one build script: bundles the extension, and the integration suite that runs inside VS Code.
// `--production` minifies the extension; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const extension = {
	entryPoints: ['src/extension.ts'],
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	minify: production,
	sourcemap: true,
	sourcesContent: false,
	outfile: 'dist/extension.js',
	external: ['vscode'],
	logLevel: 'warning',
};

// Each test file is its own entry so mocha can load it after installing its globals.
const suiteDir = 'test/integration/suite';
const integration = {
	entryPoints: readdirSync(suiteDir)
		.filter((f) => f.endsWith('.ts'))
		.map((f) => `${suiteDir}/${f}`),
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	sourcemap: true,
	outdir: 'out/integration',
	external: ['vscode', 'mocha'],
	logLevel: 'warning',
};

if (watch) {
	const contexts = await Promise.all([esbuild.context(extension), esbuild.context(integration)]);
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all([esbuild.build(extension), esbuild.build(integration)]);
}
