import type { Note } from '../note';
import { ErrorNotes } from '../errors/errorNotes';
import { HoverKeywords } from '../hover/hoverKeywords';
import { NoteIndex } from '../search/noteIndex';
import { Pacer } from './pacer';

/**
 * Keeping the index in step with the files on disk, by comparing stamps rather than contents:
 * a warm start, a settings change and a watcher event all become "these files exist now, in
 * this scope" and re-parse only files that are new or whose size or mtime changed.
 */

/** What a file looked like when its notes were indexed. */
export interface FileStamp {
	size: number;
	/** Modification time in ms since the epoch. */
	mtime: number;
}

/** A note file found on disk now. `uri` is the string form the index keys files by. */
export interface FoundFile {
	uri: string;
	stamp: FileStamp;
}

/** One file's notes, and per note its fields tokenized elsewhere when they were (see NoteIndex.setFile). */
export interface LoadedNotes {
	notes: readonly Note[];
	fieldTokens?: readonly (string | undefined)[];
}

/** Reads and parses one file; undefined when it cannot be read (the loader logs why). */
export type LoadNotes = (uri: string) => Promise<LoadedNotes | undefined>;

/**
 * The index, the hover keywords beside it, and the stamps of the files in it: what the cache
 * stores and a sync compares.
 */
export class IndexedNotes {
	readonly keywords: HoverKeywords;
	/** The error lines the notes quote, for diagnostics and the terminal. */
	readonly errors = new ErrorNotes();

	constructor(
		readonly index = new NoteIndex(),
		readonly manifest = new Map<string, FileStamp>(),
	) {
		this.keywords = new HoverKeywords((term, cap) => index.documentFrequency(term, cap));
		index.observe(this.keywords);
		index.observe(this.errors);
	}

	/**
	 * The work deferred until the index is ready, for up to `budgetMs`: the hover keywords first
	 * (a hover waits for them), then compacting the term index. True when nothing is left; the
	 * indexing service runs it in idle slices after each change.
	 */
	settle(budgetMs: number): boolean {
		return this.keywords.flush(budgetMs) && this.index.minedPairs.flush(budgetMs) && this.errors.flush(budgetMs) && this.index.compact(budgetMs);
	}
}

export interface SyncPlan {
	/** New or changed files, in the order found. */
	parse: FoundFile[];
	/** Indexed files in scope that are gone (deleted, renamed, excluded, or their source removed). */
	drop: string[];
	unchanged: number;
}

/**
 * Compares what is indexed with what was found. Only manifest entries `inScope` can be dropped,
 * so a watcher batch over a few paths leaves the rest of the index alone.
 */
export function planSync(manifest: ReadonlyMap<string, FileStamp>, found: readonly FoundFile[], inScope: (uri: string) => boolean = () => true): SyncPlan {
	const parse: FoundFile[] = [];
	const seen = new Set<string>();
	let unchanged = 0;
	for (const file of found) {
		if (seen.has(file.uri)) {
			continue; // overlapping sources list a file twice
		}
		seen.add(file.uri);
		const known = manifest.get(file.uri);
		if (known && known.size === file.stamp.size && known.mtime === file.stamp.mtime) {
			unchanged++;
		} else {
			parse.push(file);
		}
	}
	const drop: string[] = [];
	for (const uri of manifest.keys()) {
		if (!seen.has(uri) && inScope(uri)) {
			drop.push(uri);
		}
	}
	return { parse, drop, unchanged };
}

export interface SyncOptions {
	/** Which indexed files the `found` list speaks for; default: all of them. */
	inScope?: (uri: string) => boolean;
	pacer?: Pacer;
	/** Checked between files; a superseded sync stops early, leaving a consistent, partial state. */
	isCancelled?: () => boolean;
	onProgress?: (done: number, total: number) => void;
	/** Files read ahead of the one being indexed, so disk latency overlaps indexing. */
	readAhead?: number;
}

/**
 * Each workspace.fs call is a round trip to the process that owns the disk (about 5 ms in a
 * remote or web window), so reads must overlap: 1,873 reads take 10.7 s one after another and
 * 0.4 s all at once. The benchmark's Node reads use the same default.
 */
export const DEFAULT_READ_AHEAD = 64;

export interface SyncResult {
	parsed: number;
	dropped: number;
	unchanged: number;
	/** Files that could not be read; their old notes are dropped and they are retried next time. */
	failed: number;
	cancelled: boolean;
}

/**
 * Brings `target` in step with `found`: drops vanished files, re-parses new and changed ones
 * through `load`, and keeps the rest as they are. The manifest is updated file by file, so
 * after a cancellation it still describes exactly what the index holds.
 */
export async function syncIndex(target: IndexedNotes, found: readonly FoundFile[], load: LoadNotes, options: SyncOptions = {}): Promise<SyncResult> {
	const pacer = options.pacer ?? new Pacer();
	const plan = planSync(target.manifest, found, options.inScope);
	const result: SyncResult = { parsed: 0, dropped: 0, unchanged: plan.unchanged, failed: 0, cancelled: false };
	for (const uri of plan.drop) {
		target.index.removeFile(uri);
		target.manifest.delete(uri);
		result.dropped++;
		await pacer.pause();
	}
	const readAhead = Math.max(1, options.readAhead ?? DEFAULT_READ_AHEAD);
	const pending: Promise<LoadedNotes | undefined>[] = [];
	const start = (i: number) => {
		if (i < plan.parse.length) {
			// A loader that throws counts as unreadable, like one that returns undefined.
			pending[i] = load(plan.parse[i].uri).catch(() => undefined);
		}
	};
	for (let i = 0; i < readAhead; i++) {
		start(i);
	}
	for (let i = 0; i < plan.parse.length; i++) {
		if (options.isCancelled?.()) {
			result.cancelled = true;
			break;
		}
		const file = plan.parse[i];
		const loaded = await pending[i];
		delete pending[i];
		start(i + readAhead);
		if (loaded) {
			target.index.setFile(file.uri, loaded.notes, loaded.fieldTokens);
			target.manifest.set(file.uri, file.stamp);
			result.parsed++;
		} else {
			target.index.removeFile(file.uri);
			target.manifest.delete(file.uri);
			result.failed++;
		}
		options.onProgress?.(i + 1, plan.parse.length);
		await pacer.pause();
	}
	return result;
}
