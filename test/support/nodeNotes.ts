// Reads notes from disk with Node's fs, for unit tests, the eval and the benchmark
// (the extension reads through vscode.workspace.fs instead).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { readNotesFile, type FileInfo } from '../../src/core/parse/noteFile';
import type { Note } from '../../src/core/note';
import { sharedDir } from './sharedDir';

export const SHARED = sharedDir(join(__dirname, '..', '..'));
export const CORPUS = join(SHARED, 'corpora', 'jbranchaud-til');
export const SEED = join(SHARED, 'seed', 'til-2020-01.md');
export const BUNDLED_NOTES = join(__dirname, '..', '..', 'notes');

export function listMarkdown(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
					walk(path);
				}
			} else if (entry.name.endsWith('.md')) {
				out.push(path);
			}
		}
	};
	walk(root);
	return out;
}

export function parseFile(path: string, root: string): Note[] {
	return parseBytes(readFileSync(path), path, root);
}

/** A file's notes from its bytes, placed as the extension places it (folder name below `root`). */
export function parseBytes(bytes: Uint8Array, path: string, root: string): Note[] {
	return readNotesFile(bytes, fileInfoOf(path, root)).notes;
}

/** Where the extension places a file: its URI, name, and folder name below `root`. */
export function fileInfoOf(path: string, root: string): FileInfo {
	const folder = dirname(path) === root ? '' : basename(dirname(path));
	return { uri: pathToFileURL(path).toString(), fileName: basename(path), folderName: folder };
}

/** Adds every Markdown file below `root` to `index`, placed as the extension places it. */
export function addFolder(index: NoteIndex, root: string): NoteIndex {
	for (const path of listMarkdown(root)) {
		index.setFile(pathToFileURL(path).toString(), parseFile(path, root));
	}
	return index;
}

export function indexFolder(root: string): { index: NoteIndex; relPath: (note: Note) => string } {
	const index = addFolder(new NoteIndex(), root);
	const rootUri = pathToFileURL(root).toString() + '/';
	return { index, relPath: (note) => decodeURIComponent(note.uri.slice(rootUri.length)) };
}
