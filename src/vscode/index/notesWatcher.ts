import * as vscode from 'vscode';
import { ChangeBatcher } from '../../core/sync/changeBatcher';
import type { Log } from '../../core/log';
import { sourceOf, type NoteSource } from './sources';

const BATCHING = {
	/** Quiet time after the last event before an update runs: a save or a `git checkout` is a burst. */
	debounceMs: 250,
	/** An endless stream of events still updates this often. */
	maxWaitMs: 2000,
	/** A `git checkout` or a sync tool rewriting a folder; one save is a handful of events. */
	burstSize: 200,
	recheckAfterMs: 1500,
	maxRecheckWaitMs: 15_000,
};

/**
 * Turns file events in the sources into batches of changed paths: one watcher per user folder
 * (a `RelativePattern` on the folder works outside the workspace too), plus saves of open
 * documents in any source. Paths are collected and handed over once things are quiet, so a
 * burst of thousands of events is one update. Which paths are notes is decided by the
 * receiver, which re-lists folders and stats files: events say *where* to look, not what changed.
 * After a burst, the whole folder is handed over again once it is quiet: watchers drop
 * events in bursts, silently (see {@link ChangeBatcher}).
 */
export class NotesWatcher implements vscode.Disposable {
	/** Per watched root (by URI string): its recursive watcher, and the watcher of its parent. */
	private readonly roots = new Map<string, { inside: vscode.Disposable; parent: vscode.Disposable | undefined }>();
	private sources: readonly NoteSource[] = [];
	private readonly batcher: ChangeBatcher<vscode.Uri>;
	private readonly saveListener: vscode.Disposable;

	constructor(
		onPaths: (uris: vscode.Uri[]) => void,
		private readonly log?: Log,
	) {
		this.batcher = new ChangeBatcher(onPaths, (roots) => onPaths(roots.map((root) => this.recheck(root))), BATCHING);
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
		const source = sourceOf(this.sources, uri);
		if (source) {
			this.batcher.add(uri.toString(), uri, source.root.toString());
		}
	}

	private recheck(root: string): vscode.Uri {
		const uri = vscode.Uri.parse(root);
		this.log?.info(vscode.l10n.t('Re-checking {0} after a burst of changes: watchers can drop events in a burst', uri.fsPath));
		return uri;
	}

	dispose(): void {
		this.batcher.dispose();
		for (const watched of this.roots.values()) {
			watched.inside.dispose();
			watched.parent?.dispose();
		}
		this.roots.clear();
		this.saveListener.dispose();
	}
}
