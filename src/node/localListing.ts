// Listing a notes folder on this machine's disk with Node's fs, in the parser's worker thread:
// in the extension host, each workspace.fs stat is a promise and a URI through the host's file
// service, and at 10,000 notes the stats alone held its thread for ~0.4 s (bench profile).
// The rules are those of listNoteFiles (src/vscode/index/sources.ts), which lists everywhere
// else (web, remote schemes) and which the watcher's updates use: the same files, the same stamps.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LINKED_FOLDER, NOT_REGULAR_FILE, type ListRequest, type LocalListing } from '../core/parse/fileParser';
import { FileFilter } from '../core/sync/glob';
import { tooLarge } from '../core/parse/noteFile';
import { errorText } from '../vscode/errorText';

/** Stats in flight at once; more gains nothing on a local disk (libuv has four threads). */
const CONCURRENCY = 32;

/** Lists `root`; throws when `root` itself cannot be read (the source is then reported unreadable). */
export async function listLocalNotes({ root, include, exclude, maxBytes }: ListRequest): Promise<LocalListing> {
	const filter = new FileFilter(include, exclude);
	const problems: LocalListing['problems'] = [];
	const candidates: { rel: string; link: boolean }[] = [];
	const walk = async (dir: string, rel: string): Promise<void> => {
		const entries = await readdir(dir, { withFileTypes: true });
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			const path = join(dir, entry.name);
			const relPath = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (!filter.skipsFolder(relPath)) {
					await walk(path, relPath).catch((err: unknown) => problems.push({ rel: relPath, message: errorText(err) }));
				}
			} else if (entry.isSymbolicLink() || entry.isFile()) {
				// A link's kind is its target's: known after the stat below.
				if (entry.isSymbolicLink() || filter.includesFile(relPath)) {
					candidates.push({ rel: relPath, link: entry.isSymbolicLink() });
				}
			} else if (filter.includesFile(relPath)) {
				problems.push({ rel: relPath, message: NOT_REGULAR_FILE });
			}
		}
	};
	await walk(root, '');
	const stamps = new Array<LocalListing['files'][number] | undefined>(candidates.length);
	let next = 0;
	const worker = async () => {
		for (let i = next++; i < candidates.length; i = next++) {
			const { rel, link } = candidates[i];
			try {
				const s = await stat(join(root, ...rel.split('/')));
				if (link && s.isDirectory()) {
					if (!filter.skipsFolder(rel)) {
						problems.push({ rel, message: LINKED_FOLDER });
					}
				} else if (link && !filter.includesFile(rel)) {
					// a link to a file that is not a note
				} else if (!s.isFile()) {
					problems.push({ rel, message: NOT_REGULAR_FILE });
				} else if (s.size > maxBytes) {
					problems.push({ rel, message: tooLarge(s.size, maxBytes) });
				} else {
					stamps[i] = { rel, size: s.size, mtime: s.mtime.getTime() };
				}
			} catch (err) {
				if (!link || filter.includesFile(rel)) {
					problems.push({ rel, message: errorText(err) }); // a broken link to a note, or a note gone since the readdir
				}
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, candidates.length) }, worker));
	return { files: stamps.filter((f) => f !== undefined), problems };
}
