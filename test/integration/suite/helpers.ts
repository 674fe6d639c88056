// Shared by the *.test.ts files. Built as its own entry too (esbuild takes every .ts here),
// so it must have no side effects on import; index.ts only loads *.test.js.
import * as assert from 'node:assert';
import { existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TilNotesApi } from '../../../src/api';

export const EXTENSION_ID = 'til-notes.til-notes';
export type TilApi = TilNotesApi;

/**
 * The extension's API, ready to use. Activates explicitly: the suite may start before
 * onStartupFinished has fired.
 */
export async function getApi(): Promise<TilApi> {
	const ext = vscode.extensions.getExtension<TilApi>(EXTENSION_ID);
	assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
	const api = await ext.activate();
	await api.ready;
	return api;
}

/**
 * Asks the code-server runner to screenshot the live workbench into media/<name>.png, and waits
 * until it has. Must happen mid-suite: by the time the runner sees the exit, the extension host
 * is gone and views are empty. A no-op unless TIL_SCREENSHOTS=1 under that runner.
 */
export async function screenshot(name: string): Promise<void> {
	const dir = process.env.TIL_SCREENSHOT_DIR;
	if (process.env.TIL_SCREENSHOTS !== '1' || !dir) {
		return;
	}
	assert.match(name, /^[\w.-]+$/, 'screenshot name must be a plain file name');
	const done = path.join(dir, `${name}.done`);
	rmSync(done, { force: true }); // the same name may be taken twice
	console.log(`TIL_SCREENSHOT ${name}`); // the runner watches the log for this line
	for (const deadline = Date.now() + 20_000; !existsSync(done);) {
		if (Date.now() > deadline) {
			throw new Error(`screenshot ${name}: runner did not answer within 20 s`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Polls until `condition` holds, failing with `what` after `ms`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
	for (const deadline = Date.now() + ms; !(await condition());) {
		assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}
