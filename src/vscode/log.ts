import * as vscode from 'vscode';
import type { Log } from '../core/log';

/** The extension's output channel; follows "Developer: Set Log Level…", so no setting of ours. */
export function createLogChannel(): vscode.LogOutputChannel & Log {
	return vscode.window.createOutputChannel('TIL Notes', { log: true });
}
