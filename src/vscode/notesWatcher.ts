import * as vscode from 'vscode';
import { sourceOf, type NoteSource } from './sources';

/** Quiet time after the last event before an update runs: a save or a `git checkout` is a burst. */
const DEBOUNCE_MS = 250;
/** An endless stream of events still updates this often. */
const MAX_WAIT_MS = 2000;

/**
 * Turns file events in the sources into batches of changed paths: one watcher per user folder
 * (a `RelativePattern` on the folder works outside the workspace too), plus saves of open
 * documents in any source. Paths are collected and handed over once things are quiet, so a
 * burst of thousands of events is one update. Which paths are notes is decided by the
 * receiver, which re-lists folders and stats files: events say *where* to look, not what changed.
 */
export class NotesWatcher implements vscode.Disposable {
	private watchers: vscode.Disposable[] = [];
	private watchedRoots = '';
	private sources: readonly NoteSource[] = [];
	private pending = new Map<string, vscode.Uri>();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private firstPendingAt = 0;
	private readonly saveListener: vscode.Disposable;

	constructor(private readonly onPaths: (uris: vscode.Uri[]) => void) {
		this.saveListener = vscode.workspace.onDidSaveTextDocument((doc) => this.notify(doc.uri));
	}

	/** Watches these sources from now on (the bundled journal only through saves: it is not the user's folder). */
	watch(sources: readonly NoteSource[]): void {
		this.sources = sources;
		const roots = sources.filter((s) => !s.bundled).map((s) => s.root);
		const key = roots.map((r) => r.toString()).join('\n');
		if (key === this.watchedRoots) {
			return;
		}
		this.disposeWatchers();
		this.watchedRoots = key;
		for (const root of roots) {
			// `**`, not the include glob: deleting or moving a folder reports only the folder.
			const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**'));
			this.watchers.push(
				watcher,
				watcher.onDidCreate((uri) => this.notify(uri)),
				watcher.onDidChange((uri) => this.notify(uri)),
				watcher.onDidDelete((uri) => this.notify(uri)),
			);
		}
	}

	/** Something changed at `uri` (a file or a folder); ignored when it is in no source. */
	notify(uri: vscode.Uri): void {
		if (!sourceOf(this.sources, uri)) {
			return;
		}
		if (this.pending.size === 0) {
			this.firstPendingAt = Date.now();
		}
		this.pending.set(uri.toString(), uri);
		clearTimeout(this.timer);
		const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - Date.now()));
		this.timer = setTimeout(() => this.flush(), wait);
	}

	private flush(): void {
		this.timer = undefined;
		const uris = [...this.pending.values()];
		this.pending.clear();
		if (uris.length > 0) {
			this.onPaths(uris);
		}
	}

	private disposeWatchers(): void {
		for (const d of this.watchers) {
			d.dispose();
		}
		this.watchers = [];
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.disposeWatchers();
		this.saveListener.dispose();
	}
}
