// The entry for the Node extension host (`main` in package.json): the shared extension, with
// what only Node has — a worker thread that parses notes beside the extension host's thread.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { TilNotesApi } from '../api';
import { activate as activateShared } from '../extension';
import { ParserPool } from './parserPool';

export function activate(context: vscode.ExtensionContext): TilNotesApi {
	return activateShared(context, {
		bundle: 'dist/extension.js',
		parser: (onFallback, onFirstStart) =>
			new ParserPool(() => new Worker(path.join(context.extensionPath, 'dist', 'parseWorker.js')), onFallback, onFirstStart),
	});
}

export { deactivate } from '../extension';
