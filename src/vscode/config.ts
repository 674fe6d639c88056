import * as vscode from 'vscode';

export const SECTION = 'tilNotes';

/** The settings as typed values; read fresh each time so a change applies without a reload. */
export interface TilNotesConfig {
	folders: string[];
	includeBundledNotes: boolean;
}

export function readConfig(): TilNotesConfig {
	const c = vscode.workspace.getConfiguration(SECTION);
	return {
		folders: c.get<string[]>('folders', []).filter((f) => typeof f === 'string' && f.trim() !== ''),
		includeBundledNotes: c.get<boolean>('includeBundledNotes', true),
	};
}

/** Calls `listener` when one of our settings changes, and only then. */
export function onConfigChange(listener: () => void): vscode.Disposable {
	return vscode.workspace.onDidChangeConfiguration((e) => {
		if (e.affectsConfiguration(SECTION)) {
			listener();
		}
	});
}
