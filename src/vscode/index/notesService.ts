import * as vscode from 'vscode';
import { FileFilter } from '../../core/sync/glob';
import { IndexedNotes, syncIndex, type LoadNotes, type SyncResult } from '../../core/sync/indexSync';
import type { Log } from '../../core/log';
import type { ErrorNotes } from '../../core/errors/errorNotes';
import type { HoverKeywords } from '../../core/hover/hoverKeywords';
import type { NoteIndex } from '../../core/search/noteIndex';
import { IN_THREAD, type NotesReader } from '../../core/parse/fileParser';
import { OperationQueue } from '../../core/sync/operationQueue';
import { Pacer } from '../../core/sync/pacer';
import { errorText } from '../errorText';
import { withIndexingProgress } from './progress';
import type { IndexCacheStore } from './cacheStore';
import { fileInfo, fromLocalListing, listChangedPaths, listNoteFiles, type ListedFile, type NoteSource, type SourceSettings } from './sources';

/**
 * How long indexing may hold the extension host before it yields to other work. Short, because a
 * young-generation GC pause (20-30 ms in a busy host) can land inside any slice, and the host
 * should never be held 50 ms; yielding more often cost no measurable time (bench, 50,000 notes).
 */
const SLICE_MS = 8;
/** The cache is written this long after a full sync, and after edits once they have settled. */
const SAVE_DELAY_MS = 2000;
const SAVE_AFTER_EDITS_MS = 30_000;
/** How long after a folder starts being watched it is listed once more (see recheckOnceWatched). */
const RECHECK_AFTER_WATCH_MS = 1000;
/** How often a notes folder that could not be read is looked for again. */
const MISSING_CHECK_MS = 2000;

type FullKind = 'start' | 'refresh' | 'recheck' | 'rebuild';

/**
 * Owns the index and its lifecycle: start (load the cache, then re-parse only what changed),
 * re-sync when the settings change, rebuild on demand, incremental updates from the watcher,
 * and a delayed save of the cache. All of it runs one operation at a time, so the index never
 * changes under a sync or a save, and yields to the event loop every {@link SLICE_MS}, so
 * search works on what is indexed so far and the editor stays responsive.
 */
export class NotesService implements vscode.Disposable {
	private state = new IndexedNotes();
	private sources: NoteSource[] = [];
	private filter = new FileFilter('**/*.md', []);
	private maxFileBytes = Infinity;
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeNotes = this.changed.event;
	private readonly sourcesChanged = new vscode.EventEmitter<readonly NoteSource[]>();
	/** Fires when the list of sources is read anew (the watcher follows it). */
	readonly onDidChangeSources = this.sourcesChanged.event;
	private readonly settledEmitter = new vscode.EventEmitter<void>();
	/** Fires when the deferred work after a change (see {@link settleWhenIdle}) is all done. */
	readonly onDidSettle = this.settledEmitter.event;
	/** Bumped by each full sync; a running one stops when it is no longer the latest. */
	private generation = 0;
	private readonly operations = new OperationQueue((err) => this.log.error(vscode.l10n.t('Indexing failed: {0}', errorText(err))));
	private latestFull: Promise<void> | undefined;
	private started: Promise<void> | undefined;
	private saveTimer: ReturnType<typeof setTimeout> | undefined;
	private settleTimer: ReturnType<typeof setTimeout> | undefined;
	private missingTimer: ReturnType<typeof setTimeout> | undefined;
	private recheckTimer: ReturnType<typeof setTimeout> | undefined;
	private disposed = false;
	/**
	 * A full sync is running: the deferred work waits for its end (it would compete with the
	 * sync for the thread, and the sync's changes would make it do part of its work twice).
	 */
	private fullSyncing = false;

	constructor(
		private readonly log: Log,
		private readonly getSettings: () => SourceSettings,
		private readonly cache: Promise<IndexCacheStore | undefined> = Promise.resolve(undefined),
		private readonly reader: NotesReader = IN_THREAD,
	) {
		this.changed.event(() => {
			if (!this.fullSyncing) {
				this.settleWhenIdle();
			}
		});
	}

	/**
	 * The index to read now. Read it afresh on each use: a rebuild swaps in a new index when it
	 * is complete, so search and hovers keep answering from the old one meanwhile.
	 */
	get index(): NoteIndex {
		return this.state.index;
	}

	/** The error lines the notes of {@link index} quote; read afresh on each use, like it. */
	get errors(): ErrorNotes {
		return this.state.errors;
	}

	/** The hover keywords of {@link index}; read afresh on each use, like it. */
	get keywords(): HoverKeywords {
		return this.state.keywords;
	}

	/**
	 * Runs the index's deferred work (hover keywords, then compacting the term index; see
	 * IndexedNotes.settle) in slices of {@link SLICE_MS} after each change, so the index is
	 * ready sooner and the first hover finds the dictionary built.
	 */
	private settleWhenIdle(): void {
		clearTimeout(this.settleTimer);
		const step = () => {
			if (this.disposed) {
				this.settleTimer = undefined;
			} else if (this.state.settle(SLICE_MS)) {
				this.settleTimer = undefined;
				this.settledEmitter.fire();
			} else {
				this.settleTimer = setTimeout(step, 0);
			}
		};
		this.settleTimer = setTimeout(step, 0);
	}

	/** Resolves once the first index over every source is built (from the cache and the files). */
	get ready(): Promise<void> {
		return (this.started ??= this.full('start'));
	}

	sourceList(): readonly NoteSource[] {
		return this.sources;
	}

	/** Settings changed: re-lists the sources and re-parses only files not indexed as they are. */
	refresh(): Promise<void> {
		return this.started ? this.full('refresh') : this.ready;
	}

	/** `TIL: Reindex Notes`: re-reads every file into a new index, swapped in when complete. */
	rebuild(): Promise<void> {
		return this.started ? this.full('rebuild') : this.ready;
	}

	/** Files or folders changed (watcher events, saves): re-examines just those paths. */
	updatePaths(uris: readonly vscode.Uri[]): Promise<void> {
		return this.enqueue(() => this.update(uris));
	}

	// --- operations, one at a time

	private full(kind: FullKind): Promise<void> {
		const generation = ++this.generation;
		const op = this.enqueue(async () => {
			this.fullSyncing = true;
			try {
				await (kind === 'rebuild' ? this.rebuildAside(generation) : this.syncAll(generation, kind));
			} finally {
				this.fullSyncing = false;
				this.settleWhenIdle();
			}
		});
		this.latestFull = op;
		return this.settled(op);
	}

	/** Waits for `op`, then for any full sync that superseded it, so `ready` means up to date. */
	private async settled(op: Promise<void>): Promise<void> {
		await op;
		while (this.latestFull && this.latestFull !== op) {
			op = this.latestFull;
			await op;
		}
	}

	private enqueue(work: () => Promise<void>): Promise<void> {
		return this.operations.enqueue(work);
	}

	private async syncAll(generation: number, kind: Exclude<FullKind, 'rebuild'>): Promise<void> {
		if (generation !== this.generation) {
			return; // superseded before it started
		}
		const started = performance.now();
		const pacer = new Pacer(SLICE_MS);
		const first = kind === 'start';
		let fromCache = false;
		// Listing runs in the worker where there is one: it overlaps loading the cache here.
		const listing = this.listAll(pacer);
		listing.catch(() => undefined); // awaited below; this only keeps an early throw from going unhandled
		if (first) {
			const cached = await (await this.cache)?.load(pacer);
			if (cached) {
				this.state = cached;
				fromCache = true;
				this.log.info(vscode.l10n.t('Loaded {0} notes from the index cache in {1} ms', cached.index.size, Math.round(performance.now() - started)));
				this.changed.fire();
			}
		}
		const result = await this.sync(this.state, await listing, pacer, generation);
		if (result.cancelled) {
			return;
		}
		this.logSync(first ? (fromCache ? 'warm start' : 'cold start') : kind === 'recheck' ? 're-check once watched' : 'settings', result, started, pacer);
		this.changed.fire();
		if ((first && !fromCache) || changedAnything(result)) {
			this.scheduleSave();
		}
	}

	private async rebuildAside(generation: number): Promise<void> {
		if (generation !== this.generation) {
			return;
		}
		const started = performance.now();
		const pacer = new Pacer(SLICE_MS);
		const target = new IndexedNotes();
		const result = await this.sync(target, await this.listAll(pacer), pacer, generation);
		if (result.cancelled) {
			return;
		}
		this.state = target;
		this.logSync('rebuild', result, started, pacer);
		this.changed.fire();
		this.scheduleSave();
	}

	private async update(uris: readonly vscode.Uri[]): Promise<void> {
		const started = performance.now();
		const pacer = new Pacer(SLICE_MS);
		const onError = (uri: vscode.Uri, err: unknown) => this.log.warn(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, errorText(err)));
		const { found, inScope } = await listChangedPaths(uris, {
			sources: this.sources,
			filter: this.filter,
			maxFileBytes: this.maxFileBytes,
			isIndexed: (key) => this.state.manifest.has(key),
			onError,
			pause: () => pacer.pause(),
		});
		const result = await this.sync(this.state, found, pacer, undefined, inScope);
		if (changedAnything(result)) {
			this.logSync('update', result, started, pacer);
			this.changed.fire();
			// Rewriting a large cache after every save of a note is waste; if the window closes
			// first, the next start re-parses just these files.
			this.scheduleSave(SAVE_AFTER_EDITS_MS);
		}
	}

	// --- steps

	/** Reads the settings and lists every source (a source that cannot be read is logged and skipped). */
	private async listAll(pacer: Pacer): Promise<ListedFile[]> {
		const { sources, filter, maxFileBytes } = this.getSettings();
		this.sources = sources;
		this.filter = filter;
		this.maxFileBytes = maxFileBytes;
		this.sourcesChanged.fire(sources);
		this.recheckOnceWatched(sources);
		const listed: ListedFile[] = [];
		const missing: vscode.Uri[] = [];
		const onError = (uri: vscode.Uri, err: unknown) => this.log.warn(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, errorText(err)));
		for (const source of sources) {
			try {
				const local =
					source.root.scheme === 'file' ? await this.reader.listLocal?.({ root: source.root.fsPath, ...filter.patterns, maxBytes: maxFileBytes }) : undefined;
				listed.push(
					...(local
						? await fromLocalListing(source, local, onError, () => pacer.pause())
						: await listNoteFiles(source, filter, onError, source.root, maxFileBytes)),
				);
			} catch (err) {
				this.log.error(vscode.l10n.t('Cannot read notes folder {0}: {1}', source.root.fsPath, errorText(err)));
				missing.push(source.root);
			}
		}
		this.watchForMissing(missing);
		return listed;
	}

	/**
	 * Lists the sources once more {@link RECHECK_AFTER_WATCH_MS} after a folder starts being
	 * watched. The watcher is set up by VS Code in the background and says nothing when it is
	 * ready: a file changed in between (right after a folder is added, while it is indexed) sent
	 * no event, and with the worker listing a folder in milliseconds that window was the usual
	 * case (the integration tests' edits right after indexing went unseen). The second listing
	 * re-parses only what changed.
	 */
	private recheckOnceWatched(sources: readonly NoteSource[]): void {
		const roots = sources.filter((s) => !s.bundled).map((s) => s.root.toString());
		const added = roots.some((r) => !this.watchedRoots.has(r));
		this.watchedRoots = new Set(roots);
		if (added && !this.disposed) {
			clearTimeout(this.recheckTimer);
			// After the sync running now: starting a full sync would cancel it.
			this.recheckTimer = setTimeout(() => void this.settled(this.latestFull ?? Promise.resolve()).then(() => this.full('recheck')), RECHECK_AFTER_WATCH_MS);
		}
	}

	private watchedRoots = new Set<string>();

	/**
	 * Looks for folders that could not be read every {@link MISSING_CHECK_MS}, and indexes one
	 * once it can be: the watcher sees a folder made later only if it was watching already, and a
	 * folder made just after the setting can come before the watcher is (VS Code says nothing
	 * when it is), or on a file system whose watcher cannot watch a path that does not exist.
	 */
	private watchForMissing(missing: vscode.Uri[]): void {
		clearTimeout(this.missingTimer);
		this.missingTimer = undefined;
		if (missing.length === 0 || this.disposed) {
			return;
		}
		this.missingTimer = setTimeout(async () => {
			const still: vscode.Uri[] = [];
			const found: vscode.Uri[] = [];
			for (const root of missing) {
				try {
					await vscode.workspace.fs.stat(root);
					found.push(root);
				} catch {
					still.push(root);
				}
			}
			if (found.length > 0) {
				void this.updatePaths(found);
			}
			this.watchForMissing(still);
		}, MISSING_CHECK_MS);
	}

	private async sync(
		target: IndexedNotes,
		listed: readonly ListedFile[],
		pacer: Pacer,
		generation: number | undefined,
		inScope?: (uri: string) => boolean,
	): Promise<SyncResult> {
		// Built between pauses: one `new Map(listed.map(…))` of 50,000 files held the thread 60 ms.
		const byUri = new Map<string, ListedFile>();
		for (const f of listed) {
			byUri.set(f.uri, f);
			await pacer.pause();
		}
		const isCancelled = () => this.disposed || (generation !== undefined && generation !== this.generation);
		return withIndexingProgress((report) => syncIndex(target, listed, this.loader(byUri), { pacer, isCancelled, inScope, onProgress: report }));
	}

	/**
	 * Reads, decodes and parses one file; what went wrong goes to the log, naming the file, and
	 * the file is never written. A file that is not text gives no notes (kept in the manifest, so
	 * it is not read again until it changes); one that cannot be read is retried next time.
	 */
	private loader(byUri: ReadonlyMap<string, ListedFile>): LoadNotes {
		const maxBytes = this.maxFileBytes;
		return async (key) => {
			const file = byUri.get(key)!;
			const uri = file.resource;
			try {
				const info = fileInfo(file.source, uri);
				const result =
					(uri.scheme === 'file' ? await this.reader.readLocal?.(uri.fsPath, info, { maxBytes }) : undefined) ??
					(await this.reader.parse(await vscode.workspace.fs.readFile(uri), info, { maxBytes }));
				if (result.unreadable) {
					this.log.warn(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, result.unreadable));
				}
				if (result.warning) {
					this.log.warn(`${uri.fsPath}: ${result.warning}`);
				}
				for (const p of result.problems) {
					this.log.warn(`${uri.fsPath}:${p.line + 1}: ${p.message}`);
				}
				if (result.skipped) {
					this.log.info(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, result.skipped));
				}
				return result;
			} catch (err) {
				this.log.error(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, errorText(err)));
				return undefined;
			}
		};
	}

	private logSync(what: string, result: SyncResult, started: number, pacer: Pacer): void {
		this.log.info(
			vscode.l10n.t(
				'Indexed {0} notes from {1} files ({2}): {3} parsed, {4} unchanged, {5} dropped, {6} unreadable, in {7} ms; longest slice {8} ms',
				this.state.index.size,
				this.state.manifest.size,
				what,
				result.parsed,
				result.unchanged,
				result.dropped,
				result.failed,
				Math.round(performance.now() - started),
				Math.round(pacer.finish()),
			),
		);
	}

	// --- cache

	private scheduleSave(delay = SAVE_DELAY_MS): void {
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => {
			this.saveTimer = undefined;
			void this.enqueue(() => this.save());
		}, delay);
	}

	private async save(): Promise<void> {
		const cache = await this.cache;
		if (!cache) {
			return;
		}
		const started = performance.now();
		const pacer = new Pacer(SLICE_MS);
		try {
			const bytes = await cache.save(this.state, pacer);
			this.log.info(
				vscode.l10n.t(
					'Saved the index cache ({0} notes, {1} MB) in {2} ms; longest slice {3} ms',
					this.state.index.size,
					(bytes / 1e6).toFixed(1),
					Math.round(performance.now() - started),
					Math.round(pacer.finish()),
				),
			);
		} catch (err) {
			this.log.warn(vscode.l10n.t('Cannot save the index cache: {0}', errorText(err)));
		}
	}

	/** Writes the cache now if a save is pending (tests, and a clean shutdown). */
	async flushCache(): Promise<void> {
		if (this.saveTimer) {
			clearTimeout(this.saveTimer);
			this.saveTimer = undefined;
			await this.enqueue(() => this.save());
		}
	}

	dispose(): void {
		this.disposed = true;
		this.operations.stop();
		clearTimeout(this.settleTimer);
		clearTimeout(this.missingTimer);
		clearTimeout(this.recheckTimer);
		this.generation++;
		clearTimeout(this.saveTimer);
		this.changed.dispose();
		this.sourcesChanged.dispose();
		this.settledEmitter.dispose();
	}
}

function changedAnything(result: SyncResult): boolean {
	return result.parsed + result.dropped + result.failed > 0;
}
