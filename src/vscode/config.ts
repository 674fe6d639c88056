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
	/** Larger files are not read. */
	maxFileSizeKB: number;
}

export const DEFAULT_MAX_FILE_SIZE_KB = 5120;

/**
 * Settings that decide which files are read or written. A repository someone else made can
 * carry `.vscode/settings.json`: in an untrusted workspace only the user's own values count.
 * package.json declares the same list (`capabilities.untrustedWorkspaces.restrictedConfigurations`),
 * so VS Code itself withholds the workspace's values; reading them here the same way keeps that
 * true whatever the host does.
 */
export const RESTRICTED_SETTINGS = ['folders', 'include', 'journal', 'maxFileSizeKB'] as const;

/** The settings, without workspace values of {@link RESTRICTED_SETTINGS} unless the workspace is trusted. */
export function readConfig(trusted: boolean = vscode.workspace.isTrusted): TilNotesConfig {
	const all = vscode.workspace.getConfiguration(SECTION);
	const c: Pick<vscode.WorkspaceConfiguration, 'get'> = trusted
		? all
		: {
				get: <T>(key: string, fallback?: T): T | undefined => {
					if (!(RESTRICTED_SETTINGS as readonly string[]).includes(key)) {
						return all.get<T>(key, fallback as T);
					}
					const values = all.inspect<T>(key);
					return values?.globalValue ?? values?.defaultValue ?? fallback;
				},
			};
	const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
	const include = c.get<unknown>('include', '**/*.md');
	return {
		folders: strings(c.get<unknown>('folders', [])),
		includeBundledNotes: c.get<boolean>('includeBundledNotes', true),
		include: typeof include === 'string' && include.trim() ? include : '**/*.md',
		exclude: strings(c.get<unknown>('exclude', DEFAULT_EXCLUDE)),
		journal: String(c.get<unknown>('journal', '') ?? '').trim(),
		maxFileSizeKB: positive(c.get<unknown>('maxFileSizeKB', DEFAULT_MAX_FILE_SIZE_KB)) ?? DEFAULT_MAX_FILE_SIZE_KB,
	};
}

function positive(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Calls `listener` when one of the settings that decide which files are notes changes, and only then. */
export function onSourcesConfigChange(listener: () => void): vscode.Disposable {
	const keys = ['folders', 'includeBundledNotes', 'include', 'exclude', 'maxFileSizeKB'].map((k) => `${SECTION}.${k}`);
	return vscode.workspace.onDidChangeConfiguration((e) => {
		if (keys.some((k) => e.affectsConfiguration(k))) {
			listener();
		}
	});
}
