import * as vscode from 'vscode';

export const SECTION = 'tilNotes';

/** The default of `tilNotes.exclude`, also in package.json: tool and version-control folders. */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/.vscode/**', '**/.obsidian/**', '**/.trash/**'];

/** The settings as typed values; read fresh each time so a change applies without a reload. */
export interface TilNotesConfig {
	folders: string[];
	includeBundledNotes: boolean;
	/** Glob of note files, relative to each folder. */
	include: string;
	exclude: string[];
	/** The journal `TIL: Add Today's Entry` writes to; '' until chosen. */
	journal: string;
}

export function readConfig(): TilNotesConfig {
	const c = vscode.workspace.getConfiguration(SECTION);
	const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
	const include = c.get<unknown>('include', '**/*.md');
	return {
		folders: strings(c.get<unknown>('folders', [])),
		includeBundledNotes: c.get<boolean>('includeBundledNotes', true),
		include: typeof include === 'string' && include.trim() ? include : '**/*.md',
		exclude: strings(c.get<unknown>('exclude', DEFAULT_EXCLUDE)),
		journal: String(c.get<unknown>('journal', '') ?? '').trim(),
	};
}

/** Calls `listener` when one of the settings that decide which files are notes changes, and only then. */
export function onSourcesConfigChange(listener: () => void): vscode.Disposable {
	const keys = ['folders', 'includeBundledNotes', 'include', 'exclude'].map((k) => `${SECTION}.${k}`);
	return vscode.workspace.onDidChangeConfiguration((e) => {
		if (keys.some((k) => e.affectsConfiguration(k))) {
			listener();
		}
	});
}
