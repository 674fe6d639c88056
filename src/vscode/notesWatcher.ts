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
	/** Per watched root (by URI string): its recursive watcher, and the watcher of its parent. */
	private readonly roots = new Map<string, { inside: vscode.Disposable; parent: vscode.Disposable | undefined }>();
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
		const roots = new Map(sources.filter((s) => !s.bundled).map((s) => [s.root.toString(), s.root]));
		for (const [key, watched] of this.roots) {
			if (!roots.has(key)) {
				watched.inside.dispose();
				watched.parent?.dispose();
				this.roots.delete(key);
			}
		}
		for (const [key, root] of roots) {
			if (!this.roots.has(key)) {
				this.roots.set(key, { inside: this.watchInside(root), parent: this.watchParent(root) });
			}
		}
	}

	/** `**`, not the include glob: deleting or moving a folder reports only the folder. */
	private watchInside(root: vscode.Uri): vscode.Disposable {
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**'));
		return vscode.Disposable.from(
			watcher,
			watcher.onDidCreate((uri) => this.notify(uri)),
			watcher.onDidChange((uri) => this.notify(uri)),
			watcher.onDidDelete((uri) => this.notify(uri)),
		);
	}

	/**
	 * The notes folder itself being deleted, renamed, or coming back is seen from its parent:
	 * the watcher inside it may not outlive the folder, so it is started again when the folder
	 * reappears, and the folder is then listed anew.
	 */
	private watchParent(root: vscode.Uri): vscode.Disposable | undefined {
		const parent = vscode.Uri.joinPath(root, '..');
		if (parent.path === root.path) {
			return undefined; // the root of a disk
		}
		const key = root.toString();
		const rootPath = root.path.replace(/\/+$/, '');
		const isRoot = (uri: vscode.Uri) => uri.path.replace(/\/+$/, '') === rootPath;
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(parent, '*'));
		const back = (uri: vscode.Uri) => {
			if (!isRoot(uri)) {
				return;
			}
			const watched = this.roots.get(key);
			if (watched) {
				watched.inside.dispose();
				watched.inside = this.watchInside(root);
			}
			this.notify(root);
		};
		return vscode.Disposable.from(
			watcher,
			watcher.onDidCreate(back),
			watcher.onDidDelete((uri) => isRoot(uri) && this.notify(root)),
		);
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

	dispose(): void {
		clearTimeout(this.timer);
		for (const watched of this.roots.values()) {
			watched.inside.dispose();
			watched.parent?.dispose();
		}
		this.roots.clear();
		this.saveListener.dispose();
	}
}
