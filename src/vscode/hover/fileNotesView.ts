import * as vscode from 'vscode';
import type { Note } from '../../core/note';
import { relatedNotes } from '../../core/search/relatedNotes';
import { CommandId } from '../commands';
import type { HoverSettings, NotesNow } from './keywordHover';

/** How long the editor must be still before the list is recomputed: never on the typing path. */
const SETTLE_MS = 400;
/** Enough of a file to know what it is about; a huge file is not read to its end on each edit. */
const MAX_CHARS = 200_000;
const MAX_ITEMS = 50;
const MAX_RELATED = 10;

interface FileNote {
	note: Note;
	mentions: number;
	keywords: string[];
	/** Set when the open file is a notes file: a note close to the one under the cursor. */
	related?: { shared: string[]; bridges: string[] };
}

/**
 * "Notes for This File": notes whose keywords occur in the active editor, most mentions first.
 * In a notes file, the notes closest to the note under the cursor instead, in both languages.
 */
export class FileNotesProvider implements vscode.TreeDataProvider<FileNote>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;
	private items: FileNote[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly disposables: vscode.Disposable[] = [];
	/** Whether the list is of related notes (the active editor is a notes file). */
	private inNotesFile = false;

	constructor(
		private readonly notes: NotesNow,
		private readonly hoverSettings: () => HoverSettings,
		onDidChangeNotes: vscode.Event<void>,
	) {
		this.disposables.push(
			this.changed,
			vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
			vscode.workspace.onDidChangeTextDocument((e) => {
				if (e.document === vscode.window.activeTextEditor?.document) {
					this.schedule();
				}
			}),
			onDidChangeNotes(() => this.schedule()),
			vscode.window.onDidChangeTextEditorSelection((e) => {
				// In a notes file the list follows the note under the cursor.
				if (e.textEditor === vscode.window.activeTextEditor && this.inNotesFile) {
					this.schedule();
				}
			}),
		);
		this.schedule();
	}

	/** The list as it stands now (tests and the view title use it). */
	current(): readonly FileNote[] {
		return this.items;
	}

	/** Recomputes now; the view calls the debounced version. */
	refresh(): void {
		const document = vscode.window.activeTextEditor?.document;
		const { index } = this.notes;
		const keywords = this.notes.keywords.ifComplete;
		if (!keywords) {
			// Keywords are still being extracted in the background; forcing them here would
			// hold the extension host for the whole collection.
			this.schedule();
			return;
		}
		this.items = [];
		this.inNotesFile = false;
		const editor = vscode.window.activeTextEditor;
		const here = document?.uri.toString();
		const ownNotes = here ? index.notesOf(here) : [];
		if (editor && ownNotes.length > 0) {
			this.inNotesFile = true;
			const line = editor.selection.active.line;
			const current = ownNotes.find((n) => line >= n.line && line <= n.endLine);
			for (const found of current ? relatedNotes(index, current, MAX_RELATED) : []) {
				this.items.push({ note: found.note, mentions: 0, keywords: found.shared, related: { shared: found.shared, bridges: found.bridges } });
			}
			this.changed.fire();
			return;
		}
		if (document) {
			const text = document.getText().slice(0, MAX_CHARS);
			for (const found of keywords.notesMentionedIn(text, this.hoverSettings().ignoredWords)) {
				const note = index.get(found.noteId);
				// A notes file mentions its own notes' keywords; listing them would say nothing.
				if (note && note.uri !== here) {
					this.items.push({ note, mentions: found.mentions, keywords: found.keywords });
					if (this.items.length >= MAX_ITEMS) {
						break;
					}
				}
			}
		}
		this.changed.fire();
	}

	private schedule(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.refresh(), SETTLE_MS);
	}

	getChildren(element?: FileNote): FileNote[] {
		return element ? [] : this.items;
	}

	getTreeItem(item: FileNote): vscode.TreeItem {
		const tree = new vscode.TreeItem(item.note.title, vscode.TreeItemCollapsibleState.None);
		tree.id = item.note.id;
		// {0}: the note's date or topic, {1}: how many times its keywords occur in the file
		const where = item.note.date ?? item.note.topic;
		if (item.related) {
			const why = [...item.related.bridges, ...item.related.shared].slice(0, 3).join(', ');
			// {0}: the note's date or topic, {1}: the words it shares with the note under the cursor
			tree.description = vscode.l10n.t('{0} · related: {1}', where, why);
			tree.tooltip = vscode.l10n.t('Close to the note under the cursor: {0}', [...item.related.bridges, ...item.related.shared].join(', '));
		} else {
			tree.description = item.mentions === 1 ? vscode.l10n.t('{0} · 1 mention', where) : vscode.l10n.t('{0} · {1} mentions', where, item.mentions);
			tree.tooltip = vscode.l10n.t('Mentioned here: {0}', item.keywords.join(', '));
		}
		tree.iconPath = new vscode.ThemeIcon('note');
		tree.contextValue = 'fileNote';
		tree.command = { command: CommandId.OpenNote, title: vscode.l10n.t('Open note'), arguments: [item.note.id] };
		return tree;
	}

	dispose(): void {
		clearTimeout(this.timer);
		vscode.Disposable.from(...this.disposables).dispose();
	}
}

export function registerFileNotesView(notes: NotesNow & { onDidChangeNotes: vscode.Event<void> }, hoverSettings: () => HoverSettings): vscode.Disposable {
	const provider = new FileNotesProvider(notes, hoverSettings, notes.onDidChangeNotes);
	const view = vscode.window.createTreeView('tilNotes.fileNotes', { treeDataProvider: provider });
	const updateMessage = () => {
		view.message = provider.current().length === 0 ? vscode.l10n.t('No notes mention words in this file.') : undefined;
	};
	return vscode.Disposable.from(
		provider,
		view,
		provider.onDidChangeTreeData(updateMessage),
		vscode.commands.registerCommand(CommandId.FileNotesInternals, () => provider),
	);
}
