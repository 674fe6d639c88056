import * as vscode from 'vscode';
import { NoteIndex } from '../core/noteIndex';
import { parseNotesFile } from '../core/noteFile';
import { decodeText } from '../core/text';
import { listMarkdownFiles, type NoteSource } from './sources';

/** How long indexing may hold the extension host before it yields to other work. */
const SLICE_MS = 15;

/**
 * Owns the index and its lifecycle: builds it from the sources, rebuilds when they change,
 * and tells the views through one event. Building yields to the event loop every
 * {@link SLICE_MS}, so search works on what is indexed so far and the editor stays responsive.
 */
export class NotesService implements vscode.Disposable {
	private current = new NoteIndex();
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeNotes = this.changed.event;
	private sources: NoteSource[] = [];
	private generation = 0;
	private firstBuild: Promise<void> | undefined;
	private latestBuild: Promise<void> = Promise.resolve();
	private firstBuildDone = false;

	constructor(
		private readonly log: vscode.LogOutputChannel,
		private readonly getSources: () => NoteSource[],
	) {}

	/**
	 * The index to read now. Read it afresh on each use: a rebuild swaps in a new index when it
	 * is complete, so search and hovers keep answering from the old one meanwhile.
	 */
	get index(): NoteIndex {
		return this.current;
	}

	/** Resolves once the first index over every source is built. */
	get ready(): Promise<void> {
		return (this.firstBuild ??= this.rebuild());
	}

	sourceList(): readonly NoteSource[] {
		return this.sources;
	}

	/** Re-reads every source; a rebuild started later supersedes this one, which then waits for it. */
	rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.latestBuild = this.build(generation);
		return this.latestBuild;
	}

	private async build(generation: number): Promise<void> {
		const started = Date.now();
		this.sources = this.getSources();
		// The first build fills the live index, so search works on what is indexed so far;
		// later ones build aside and swap.
		const target = this.firstBuildDone ? new NoteIndex() : this.current;
		let files = 0;
		let sliceStart = Date.now();
		for (const source of this.sources) {
			let uris: vscode.Uri[];
			try {
				uris = await listMarkdownFiles(source.root);
			} catch (err) {
				this.log.error(vscode.l10n.t('Cannot read notes folder {0}: {1}', source.root.fsPath, errorText(err)));
				continue;
			}
			for (const uri of uris) {
				if (generation !== this.generation) {
					return this.latestBuild;
				}
				await this.indexFile(target, uri, source);
				files++;
				if (Date.now() - sliceStart > SLICE_MS) {
					await yieldToEventLoop();
					sliceStart = Date.now();
				}
			}
		}
		this.current = target;
		this.firstBuildDone = true;
		this.log.info(
			vscode.l10n.t('Indexed {0} notes from {1} files in {2} ms', target.size, files, Date.now() - started),
		);
		this.changed.fire();
	}

	private async indexFile(target: NoteIndex, uri: vscode.Uri, source: NoteSource): Promise<void> {
		try {
			const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
			if (decoded.warning) {
				this.log.warn(`${uri.fsPath}: ${decoded.warning}`);
			}
			const segments = uri.path.split('/');
			const folderName = uri.path.startsWith(source.root.path + '/') && segments.length - 1 > source.root.path.split('/').length ? segments[segments.length - 2] : '';
			const result = parseNotesFile(decoded.text, { uri: uri.toString(), fileName: segments[segments.length - 1], folderName });
			for (const p of result.problems) {
				this.log.warn(`${uri.fsPath}:${p.line + 1}: ${p.message}`);
			}
			if (result.skipped) {
				this.log.info(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, result.skipped));
			}
			target.setFile(uri.toString(), result.notes);
		} catch (err) {
			this.log.error(vscode.l10n.t('Skipped {0}: {1}', uri.fsPath, errorText(err)));
		}
	}

	dispose(): void {
		this.generation++;
		this.changed.dispose();
	}
}

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export function errorText(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
