import * as vscode from 'vscode';
import type { TilNotesConfig } from './config';

/** A place notes come from: the bundled journal, or a folder the user configured. */
export interface NoteSource {
	/** Shown as the source's name (folder name, or "Bundled notes"). */
	label: string;
	root: vscode.Uri;
	bundled: boolean;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode', '.obsidian', '.trash']);

export function configuredSources(extensionUri: vscode.Uri, config: TilNotesConfig): NoteSource[] {
	const sources: NoteSource[] = [];
	if (config.includeBundledNotes) {
		sources.push({ label: vscode.l10n.t('Bundled notes'), root: vscode.Uri.joinPath(extensionUri, 'notes'), bundled: true });
	}
	for (const folder of config.folders) {
		const root = resolveFolder(folder);
		if (root && !sources.some((s) => s.root.toString() === root.toString())) {
			sources.push({ label: root.path.split('/').filter(Boolean).pop() ?? folder, root, bundled: false });
		}
	}
	return sources;
}

/** Absolute, `~/`, or relative to the first workspace folder (undefined without one). */
export function resolveFolder(folder: string): vscode.Uri | undefined {
	const trimmed = folder.trim();
	if (trimmed === '~' || trimmed.startsWith('~/')) {
		const home = process.env.HOME ?? process.env.USERPROFILE;
		return home ? vscode.Uri.file(home + trimmed.slice(1)) : undefined;
	}
	if (/^([a-zA-Z]:[\\/]|[\\/])/.test(trimmed)) {
		return vscode.Uri.file(trimmed);
	}
	const base = vscode.workspace.workspaceFolders?.[0]?.uri;
	return base ? vscode.Uri.joinPath(base, trimmed) : undefined;
}

/** Every Markdown file under a source, sorted by path, skipping tool folders. */
export async function listMarkdownFiles(root: vscode.Uri): Promise<vscode.Uri[]> {
	const files: vscode.Uri[] = [];
	const walk = async (dir: vscode.Uri): Promise<void> => {
		const entries = await vscode.workspace.fs.readDirectory(dir);
		entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		for (const [name, type] of entries) {
			const uri = vscode.Uri.joinPath(dir, name);
			if (type & vscode.FileType.Directory) {
				if (!SKIPPED_FOLDERS.has(name)) {
					await walk(uri);
				}
			} else if (/\.(md|markdown)$/i.test(name)) {
				files.push(uri);
			}
		}
	};
	await walk(root);
	return files;
}
