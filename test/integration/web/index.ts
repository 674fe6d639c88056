// extensionTestsPath of the web pass: VS Code's web worker extension host loads this one file
// (CommonJS, with no `require` but `vscode`) and calls run(). mocha comes bundled in its browser
// build, as @vscode/test-web's samples do; the node:* based suites stay in the Node pass.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
	// reporter 'spec': its lines go to console.log, which the runner shows (the default is
	// mocha's HTML reporter, and a worker has no document).
	mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000 });
	// After setup, which defines suite() and test(); esbuild inlines the import, loaded lazily.
	await import('./web.test');
	// Mocha.prototype.run, not mocha.run: the browser wrapper reads `location.search` for a
	// grep, and the extension host's worker has no `location`.
	const stats = await new Promise<Mocha.Stats>((resolve) => {
		const runner = Mocha.prototype.run.call(mocha, () => resolve(runner.stats!));
	});
	if (stats.failures > 0) {
		throw new Error(`integration (web): ${stats.failures} of ${stats.tests} tests failed`);
	}
	if (stats.passes === 0) {
		throw new Error('integration (web): zero tests ran');
	}
	console.log(`integration (web): ${stats.passes} passing in the web worker extension host of VS Code ${vscode.version} (${vscode.env.appName})`);
}
