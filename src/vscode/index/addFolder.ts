import * as vscode from 'vscode';
import { CommandId } from '../commands';
import { SECTION } from '../config';

/** `tilNotes.addFolder`: picks folders and appends them to the user's `tilNotes.folders`; the index follows the setting. */
export function registerAddFolder(): vscode.Disposable {
	return vscode.commands.registerCommand(CommandId.AddFolder, addNotesFolders);
}

async function addNotesFolders(): Promise<void> {
	const picked = await vscode.window.showOpenDialog({
		canSelectFiles: false,
		canSelectFolders: true,
		canSelectMany: true,
		openLabel: vscode.l10n.t('Add Notes Folder'),
		title: vscode.l10n.t('Folders of Markdown notes'),
	});
	if (!picked?.length) {
		return;
	}
	const config = vscode.workspace.getConfiguration(SECTION);
	// User settings (Global): notes belong to the user, not to whichever workspace is open.
	const current = config.inspect<string[]>('folders')?.globalValue ?? [];
	const added = picked.map((uri) => uri.fsPath).filter((path) => !current.includes(path));
	if (added.length > 0) {
		await config.update('folders', [...current, ...added], vscode.ConfigurationTarget.Global);
	}
}
