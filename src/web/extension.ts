// The entry for VS Code for the Web (`browser` in package.json): the same extension, told which
// bundle it runs. Everything it uses must work in a web worker: no Node modules or globals.
import type * as vscode from 'vscode';
import type { TilNotesApi } from '../api';
import { activate as activateShared } from '../extension';

export function activate(context: vscode.ExtensionContext): TilNotesApi {
	return activateShared(context, { bundle: 'dist/web/extension.js' });
}

export { deactivate } from '../extension';
