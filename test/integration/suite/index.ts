// extensionTestsPath entry: VS Code (code-server runner or @vscode/test-electron) calls run()
// inside the extension host and reports failure when the promise rejects.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
	const grep = process.env.TIL_TEST_GREP;
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
	// Only *.test.js (helpers.js and this file are built next to them); `npm run bench` runs
	// the *.bench.js files instead, and the runner's packaged check the *.vsix.js files.
	const suffix = process.env.TIL_BENCH_OUT ? '.bench.js' : process.env.TIL_SUITE === 'vsix' ? '.vsix.js' : '.test.js';
	for (const f of readdirSync(__dirname)
		.filter((f) => f.endsWith(suffix))
		.sort()) {
		mocha.addFile(path.join(__dirname, f));
	}
	// VS Code for the Web defaults files.autoSave to afterDelay (desktop: off). An auto-save racing a
	// test's own save() makes that save() return false, and "left unsaved" asserts desktop behaviour.
	await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
	await mocha.loadFilesAsync();
	const stats = await new Promise<Mocha.Stats>((resolve) => {
		const runner = mocha.run(() => resolve(runner.stats!));
	});
	if (stats.failures > 0) {
		throw new Error(`integration: ${stats.failures} of ${stats.tests} tests failed`);
	}
	// A suite that silently found nothing must not pass.
	if (stats.passes === 0) {
		throw new Error('integration: zero tests ran');
	}
	console.log(`integration: ${stats.passes} passing inside VS Code ${vscode.version} (${vscode.env.appName})`);
}
