import * as vscode from 'vscode';
import { BUNDLED_NOTE_FILES } from '../../core/sync/bundledNotes';
import { FileFilter } from '../../core/sync/glob';
import { mapConcurrently } from '../../core/sync/operationQueue';
import type { FoundFile } from '../../core/sync/indexSync';
import { tooLarge, type FileInfo } from '../../core/parse/noteFile';
import { LINKED_FOLDER, NOT_REGULAR_FILE, type LocalListing } from '../../core/parse/fileParser';
import type { TilNotesConfig } from '../config';

/** A place notes come from: the bundled journal, or a folder the user configured. */
export interface NoteSource {
	/** Shown as the source's name (folder name, or "Bundled notes"). */
	label: string;
	root: vscode.Uri;
	bundled: boolean;
}

/** The sources and the filter that says which of their files are notes. */
export interface SourceSettings {
	sources: NoteSource[];
	filter: FileFilter;
	/** Larger files are left out (and said so in the log) without being read. */
	maxFileBytes: number;
}

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

export function sourceSettings(extensionUri: vscode.Uri, config: TilNotesConfig): SourceSettings {
	return {
		sources: configuredSources(extensionUri, config),
		filter: new FileFilter(config.include, config.exclude),
		maxFileBytes: config.maxFileSizeKB * 1024,
	};
}

/** Absolute, `~/`, or relative to the first workspace folder (undefined without one). Files too. */
export function resolveFolder(folder: string): vscode.Uri | undefined {
	const trimmed = folder.trim();
	if (trimmed === '~' || trimmed.startsWith('~/')) {
		// The web worker extension host has no `process` (and no home folder to speak of).
		// eslint-disable-next-line no-restricted-globals -- guarded by the typeof
		const home = typeof process === 'undefined' ? undefined : (process.env.HOME ?? process.env.USERPROFILE);
		return home ? vscode.Uri.file(home + trimmed.slice(1)) : undefined;
	}
	if (/^([a-zA-Z]:[\\/]|[\\/])/.test(trimmed)) {
		return vscode.Uri.file(trimmed);
	}
	const base = vscode.workspace.workspaceFolders?.[0]?.uri;
	return base ? vscode.Uri.joinPath(base, trimmed) : undefined;
}

/** The path of `uri` below `root`, `/`-separated; undefined when it is not below it. */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
	if (uri.scheme !== root.scheme || uri.authority !== root.authority) {
		return undefined;
	}
	const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
	return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

/** The source holding `uri`, deepest root first when sources nest. */
export function sourceOf(sources: readonly NoteSource[], uri: vscode.Uri): NoteSource | undefined {
	let best: NoteSource | undefined;
	for (const source of sources) {
		if (
			(relativePath(source.root, uri) !== undefined || source.root.toString() === uri.toString()) &&
			(!best || source.root.path.length > best.root.path.length)
		) {
			best = source;
		}
	}
	return best;
}

/** Where a file sits, as the parsers need it: its name and its folder's (none at the root). */
export function fileInfo(source: NoteSource, uri: vscode.Uri): FileInfo {
	const segments = uri.path.split('/');
	const rel = relativePath(source.root, uri) ?? '';
	return { uri: uri.toString(), fileName: segments[segments.length - 1], folderName: rel.includes('/') ? segments[segments.length - 2] : '' };
}

/** A note file found by {@link listNoteFiles}, with its URI as VS Code needs it. */
export interface ListedFile extends FoundFile {
	resource: vscode.Uri;
	source: NoteSource;
}

/**
 * At most this many `stat` calls in flight: each is a round trip to the process that owns the
 * disk, so enough to hide latency, and few enough for a network drive.
 */
export const STAT_CONCURRENCY = 64;

/**
 * Every note file under `dir` (the source's root, or a folder below it), sorted by path, with
 * size and mtime; excluded folders are not entered. A file or folder that cannot be read (a
 * broken link, no permission, over the size limit, not a regular file) is reported through
 * `onError` and left out; only an unreadable `dir` itself makes the listing fail.
 *
 * A link to a folder is not followed: it may lead back into the folder (a loop that would never
 * end), and the web extension host has no way to tell where a link leads. The folder it points
 * to can be added to `tilNotes.folders` instead.
 */
export async function listNoteFiles(
	source: NoteSource,
	filter: FileFilter,
	onError: (uri: vscode.Uri, err: unknown) => void,
	dir: vscode.Uri = source.root,
	maxFileBytes = Infinity,
): Promise<ListedFile[]> {
	// Folders are read in parallel (each read is a round trip to the disk's process), and their
	// files put back in path order.
	const walk = async (folder: vscode.Uri): Promise<vscode.Uri[]> => {
		const entries = await readFolder(source, folder);
		entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		const found = await Promise.all(
			entries.map(async ([name, type]): Promise<vscode.Uri[]> => {
				const uri = vscode.Uri.joinPath(folder, name);
				const rel = relativePath(source.root, uri) ?? name;
				if (type & vscode.FileType.Directory) {
					if (filter.skipsFolder(rel)) {
						return [];
					}
					if (type & vscode.FileType.SymbolicLink) {
						onError(uri, new Error(LINKED_FOLDER));
						return [];
					}
					try {
						return await walk(uri);
					} catch (err) {
						onError(uri, err); // one unreadable folder leaves the rest listed
						return [];
					}
				}
				return filter.includesFile(rel) ? [uri] : [];
			}),
		);
		return found.flat();
	};
	const candidates = await walk(dir);
	const listed = await mapConcurrently(candidates, STAT_CONCURRENCY, (uri) => statNoteFile(source, uri, onError, maxFileBytes));
	return listed.filter((f): f is ListedFile => f !== undefined);
}

/**
 * The files of a listing made off the extension host's thread (the Node host's worker lists
 * local folders with Node's fs, src/node/localListing.ts), as {@link listNoteFiles} gives them.
 */
export async function fromLocalListing(
	source: NoteSource,
	listing: LocalListing,
	onError: (uri: vscode.Uri, err: unknown) => void,
	pause: () => Promise<void>,
): Promise<ListedFile[]> {
	// Uri.with, not joinPath: the paths come from readdir (no `.` or `..` to normalise), and
	// joinPath for 10,000 files held the thread 110 ms (bench profile); paused between files too.
	const base = source.root.path.endsWith('/') ? source.root.path : `${source.root.path}/`;
	const at = (rel: string) => (rel ? source.root.with({ path: base + rel }) : source.root);
	for (const { rel, message } of listing.problems) {
		onError(at(rel), new Error(message));
	}
	const files: ListedFile[] = new Array(listing.files.length);
	for (const [i, { rel, size, mtime }] of listing.files.entries()) {
		const resource = at(rel);
		files[i] = { uri: resource.toString(), resource, source, stamp: { size, mtime } };
		await pause();
	}
	return files;
}

/**
 * A folder's entries. The bundled notes' folder cannot be listed when VS Code for the Web
 * fetches the extension over https (vscode.dev): its files are known, so those are listed.
 */
async function readFolder(source: NoteSource, folder: vscode.Uri): Promise<[string, vscode.FileType][]> {
	try {
		return await vscode.workspace.fs.readDirectory(folder);
	} catch (err) {
		if (source.bundled && folder.toString() === source.root.toString()) {
			return BUNDLED_NOTE_FILES.map((name) => [name, vscode.FileType.File]);
		}
		throw err;
	}
}

/**
 * One file's stamp; undefined when it is not a note to read: a folder (silently), or (with
 * `onError`) a file that cannot be stat'ed, is larger than `maxFileBytes`, or is not a regular
 * file (reading a named pipe would wait forever).
 */
export async function statNoteFile(
	source: NoteSource,
	uri: vscode.Uri,
	onError: (uri: vscode.Uri, err: unknown) => void,
	maxFileBytes = Infinity,
): Promise<ListedFile | undefined> {
	try {
		const stat = await vscode.workspace.fs.stat(uri);
		return stat.type & vscode.FileType.Directory ? undefined : listedFile(source, uri, stat, maxFileBytes);
	} catch (err) {
		onError(uri, err);
		return undefined;
	}
}

/** A file's listing from its stat; throws the reason when it is not a note to read. */
export function listedFile(source: NoteSource, uri: vscode.Uri, stat: vscode.FileStat, maxFileBytes: number): ListedFile {
	// The bundled notes are known files (served over https on vscode.dev, where a stat may not say File).
	if (!(stat.type & vscode.FileType.File) && !source.bundled) {
		throw new Error(NOT_REGULAR_FILE);
	}
	if (stat.size > maxFileBytes) {
		throw new Error(tooLarge(stat.size, maxFileBytes));
	}
	return { uri: uri.toString(), resource: uri, source, stamp: { size: stat.size, mtime: stat.mtime } };
}

/** What a listing of changed paths needs: the sources and their filter, and what is indexed. */
export interface ChangedPathsContext extends SourceSettings {
	/** Whether a file (by URI string) is in the index now. */
	isIndexed: (key: string) => boolean;
	onError: (uri: vscode.Uri, err: unknown) => void;
	/** Awaited between paths, to yield to the event loop. */
	pause: () => Promise<void>;
}

/**
 * The note files among changed paths (watcher events, saves), and the scope the listing speaks
 * for: these files, and everything under these folders (a deleted folder is reported by its
 * own path only). One stat per path, many in flight: a `git checkout` reports thousands of
 * paths, and one round trip after another would take minutes.
 */
export async function listChangedPaths(
	uris: readonly vscode.Uri[],
	context: ChangedPathsContext,
): Promise<{ found: ListedFile[]; inScope: (uri: string) => boolean }> {
	const { sources, filter, maxFileBytes, isIndexed, onError, pause } = context;
	const found: ListedFile[] = [];
	const files = new Set<string>();
	const folders: string[] = [];
	const stats = await mapConcurrently(uris, STAT_CONCURRENCY, async (uri): Promise<vscode.FileStat | undefined> => {
		try {
			return sourceOf(sources, uri) ? await vscode.workspace.fs.stat(uri) : undefined;
		} catch {
			return undefined; // gone
		}
	});
	for (const [i, uri] of uris.entries()) {
		const source = sourceOf(sources, uri);
		if (!source) {
			continue;
		}
		const key = uri.toString();
		const rel = relativePath(source.root, uri) ?? '';
		const stat = stats[i];
		if (stat && stat.type & vscode.FileType.Directory) {
			folders.push(`${key}/`);
			if (stat.type & vscode.FileType.SymbolicLink && key !== source.root.toString()) {
				onError(uri, new Error(LINKED_FOLDER)); // a link made in the folder, reported by its own path
			} else if (!filter.skipsFolder(rel)) {
				found.push(...(await listNoteFiles(source, filter, onError, uri, maxFileBytes).catch(() => [])));
			}
		} else if (stat) {
			files.add(key);
			if (filter.includesFile(rel)) {
				try {
					found.push(listedFile(source, uri, stat, maxFileBytes));
				} catch (err) {
					onError(uri, err);
				}
			}
		} else {
			// Gone: a file we indexed, or a folder (deleting a folder reports only the folder).
			files.add(key);
			if (!isIndexed(key)) {
				folders.push(`${key}/`);
			}
		}
		await pause();
	}
	return { found, inScope: (uri: string) => files.has(uri) || folders.some((f) => uri.startsWith(f)) };
}
