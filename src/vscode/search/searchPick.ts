import * as vscode from 'vscode';
import type { Note } from '../../core/note';
import { recentEntries, searchEntries, withOpened, type SearchEntry } from '../../core/search/searchEntries';
import { CommandId } from '../commands';
import { errorText } from '../errorText';
import type { NotesService } from '../index/notesService';
import { openNote } from '../openNote';
import { literalIcons } from './pickText';

/** Where the recently opened notes are kept between sessions (note ids, most recent first). */
const RECENT_KEY = 'tilNotes.search.recent';
/** Moving through the list fast should not open an editor for every row passed. */
const PREVIEW_DELAY_MS = 60;
/** What a keystroke may spend building the bridges' lists while the first index is built (see SearchOptions.listBudgetMs). */
const LIST_BUDGET_WHILE_INDEXING_MS = 4;
/** A selection longer than this is not a query; the word under the cursor is used instead. */
const MAX_PREFILL = 100;
/** A compound as the tokenizer reads it (`fs.inotify.max_user_watches`, `Fn::Join`), for the word under the cursor. */
const WORD_AT_CURSOR = /[\p{L}\p{N}_$]+(?:(?:::|[.:-])[\p{L}\p{N}_$]+)*/u;

export interface SearchPickItem extends vscode.QuickPickItem {
	note?: Note;
}

/**
 * `TIL: Search Notes` and `TIL: Search Notes for Selection`: a quick pick that searches the
 * index on every keystroke, previews the active note, and restores the editor on Escape.
 * `tilNotes.search` takes an optional initial query, so the sidebar and hovers can open it.
 */
export function registerSearchPick(notes: NotesService, memento: vscode.Memento): vscode.Disposable {
	let active: SearchPick | undefined;
	const show = (initial?: unknown) => {
		const query = typeof initial === 'string' ? initial : '';
		if (active) {
			active.quickPick.value = query; // one pick at a time: asking again changes its query
			return;
		}
		const shown = new SearchPick(notes, memento, query);
		active = shown;
		shown.onDidClose(() => active === shown && (active = undefined));
	};
	return vscode.Disposable.from(
		vscode.commands.registerCommand(CommandId.Search, show),
		vscode.commands.registerCommand(CommandId.SearchSelection, () => show(selectionOrWord(vscode.window.activeTextEditor))),
		vscode.commands.registerCommand(CommandId.SearchPickInternals, () => active?.quickPick),
		{ dispose: () => active?.dispose() },
	);
}

/** The selection when it is short and on one line, else the word under the cursor. */
function selectionOrWord(editor: vscode.TextEditor | undefined): string {
	if (!editor) {
		return '';
	}
	const { document, selection } = editor;
	const selected = document.getText(selection).trim();
	if (selected && selection.isSingleLine && selected.length <= MAX_PREFILL) {
		return selected;
	}
	const word = document.getWordRangeAtPosition(selection.active, WORD_AT_CURSOR);
	return word ? document.getText(word) : '';
}

/** The editor the user was in, to go back to when the pick is dismissed. */
interface EditorState {
	editor: vscode.TextEditor | undefined;
	selections: readonly vscode.Selection[];
	top: vscode.Range | undefined;
	/** Every tab open before the pick (see {@link tabKey}), so a preview tab it opened can be closed again. */
	tabs: Set<string>;
}

type Outcome = { kind: 'open'; note: Note } | { kind: 'side'; note: Note } | { kind: 'cancel' };

class SearchPick implements vscode.Disposable {
	readonly quickPick = vscode.window.createQuickPick<SearchPickItem>();
	private readonly disposables: vscode.Disposable[] = [this.quickPick];
	private readonly closed = new vscode.EventEmitter<void>();
	readonly onDidClose = this.closed.event;
	private readonly before: EditorState;
	private readonly highlight = vscode.window.createTextEditorDecorationType({
		isWholeLine: true,
		backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
	});
	private readonly sideButton: vscode.QuickInputButton = {
		iconPath: new vscode.ThemeIcon('split-horizontal'),
		tooltip: vscode.l10n.t('Open to the Side'),
	};
	private outcome: Outcome = { kind: 'cancel' };
	private previewTimer: ReturnType<typeof setTimeout> | undefined;
	/** The preview being opened: closing waits for it, or it would land after the editor is restored. */
	private previewing: Promise<void> = Promise.resolve();
	private previewed: vscode.TextEditor | undefined;
	private hidden = false;

	constructor(
		private readonly notes: NotesService,
		private readonly memento: vscode.Memento,
		initial: string,
	) {
		const editor = vscode.window.activeTextEditor;
		this.before = {
			editor,
			selections: editor?.selections ?? [],
			top: editor?.visibleRanges[0],
			tabs: new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map(tabKey)),
		};
		const pick = this.quickPick;
		pick.placeholder = vscode.l10n.t('Search notes: words, "a phrase", topic:name, date:2020-01');
		// The index ranks; the pick must neither hide nor reorder its hits. Every item is
		// alwaysShow (no hiding), description and detail are not matched, and sortByLabel stops
		// the pick moving items whose label matches the typed text to the top (a proposed API
		// that VS Code honours at run time, the workaround given in microsoft/vscode#73904).
		// VS Code still highlights where the typed text appears in a title: the stable API lets
		// an extension set no highlights of its own.
		pick.matchOnDescription = false;
		pick.matchOnDetail = false;
		try {
			(pick as { sortByLabel?: boolean }).sortByLabel = false;
		} catch {
			// A VS Code that gates the proposal: hits whose title matches then move up, nothing worse.
		}
		pick.value = initial;
		this.disposables.push(
			this.highlight,
			this.closed,
			pick.onDidChangeValue(() => this.update()),
			pick.onDidChangeActive(([item]) => this.schedulePreview(item?.note)),
			pick.onDidAccept(() => this.close(pick.activeItems[0]?.note, 'open')),
			pick.onDidTriggerItemButton(({ item }) => this.close(item.note, 'side')),
			pick.onDidHide(() => void this.finish()),
			notes.onDidChangeNotes(() => this.update()),
		);
		// Search answers from what is indexed so far; `busy` says more is coming (and is what
		// update() reads to plan within a budget), and onDidChangeNotes refreshes the items then.
		pick.busy = true;
		this.update();
		pick.show();
		const idle = () => {
			pick.busy = false;
			if (!this.hidden) {
				this.update(); // now with the bridges a keystroke while indexing may have gone without
			}
		};
		notes.ready.then(idle, idle);
	}

	/** Runs on every keystroke: the query's items from the index, synchronously. */
	private update(): void {
		const pick = this.quickPick;
		const index = this.notes.index;
		if (pick.value.trim()) {
			// While indexing, a keystroke must not wait for lists every new file makes stale.
			const options = pick.busy ? { listBudgetMs: LIST_BUDGET_WHILE_INDEXING_MS } : {};
			pick.items = searchEntries(index, pick.value, options).map((e) => this.toItem(e));
			return;
		}
		const { kind, entries } = recentEntries(index, this.memento.get<string[]>(RECENT_KEY, []));
		const heading: SearchPickItem = {
			label: kind === 'recent' ? vscode.l10n.t('recently opened') : vscode.l10n.t('latest notes'),
			kind: vscode.QuickPickItemKind.Separator,
		};
		pick.items = entries.length ? [heading, ...entries.map((e) => this.toItem(e))] : [];
	}

	private toItem(entry: SearchEntry): SearchPickItem {
		return {
			label: literalIcons(entry.label),
			description: literalIcons(entry.description),
			detail: entry.detail ? literalIcons(entry.detail) : undefined,
			alwaysShow: true,
			buttons: [this.sideButton],
			note: entry.note,
		};
	}

	// --- preview, like Go to Symbol: the editor follows the active item without taking focus

	private schedulePreview(note: Note | undefined): void {
		clearTimeout(this.previewTimer);
		if (note && !this.hidden) {
			this.previewTimer = setTimeout(() => {
				this.previewing = this.previewing.then(() => this.preview(note));
			}, PREVIEW_DELAY_MS);
		}
	}

	private async preview(note: Note): Promise<void> {
		if (this.hidden || this.quickPick.activeItems[0]?.note !== note) {
			return; // the user moved on while an earlier preview opened
		}
		try {
			const editor = await openNote(note, { preview: true, preserveFocus: true, viewColumn: this.before.editor?.viewColumn });
			this.previewed?.setDecorations(this.highlight, []);
			editor.setDecorations(this.highlight, [new vscode.Range(note.line, 0, note.endLine, 0)]);
			this.previewed = editor;
		} catch {
			// A note whose file is gone cannot be previewed; the list still works.
		}
	}

	// --- closing

	private close(note: Note | undefined, kind: 'open' | 'side'): void {
		if (note) {
			this.outcome = { kind, note };
			this.quickPick.hide();
		}
	}

	private async finish(): Promise<void> {
		this.hidden = true;
		clearTimeout(this.previewTimer);
		await this.previewing;
		this.previewed?.setDecorations(this.highlight, []);
		const outcome = this.outcome;
		try {
			if (outcome.kind !== 'open') {
				await this.restoreEditor().catch(() => undefined); // best effort: that editor may be gone by now
			}
			if (outcome.kind !== 'cancel') {
				await this.memento.update(RECENT_KEY, withOpened(this.memento.get<string[]>(RECENT_KEY, []), outcome.note.id));
				await openNote(outcome.note, {
					preview: false,
					viewColumn: outcome.kind === 'side' ? vscode.ViewColumn.Beside : this.before.editor?.viewColumn,
				});
			}
		} catch (err) {
			// {0}: why the file could not be opened
			void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open the note: {0}', errorText(err)));
		} finally {
			this.dispose();
		}
	}

	/** Closes the preview tabs the pick opened and puts the user back where they were. */
	private async restoreEditor(): Promise<void> {
		const opened = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.isPreview && !this.before.tabs.has(tabKey(t)));
		if (opened.length) {
			await vscode.window.tabGroups.close(opened, true);
		}
		const { editor, selections, top } = this.before;
		if (editor && !editor.document.isClosed) {
			const restored = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
			restored.selections = [...selections];
			if (top) {
				restored.revealRange(top, vscode.TextEditorRevealType.AtTop);
			}
		}
	}

	dispose(): void {
		clearTimeout(this.previewTimer);
		this.closed.fire();
		vscode.Disposable.from(...this.disposables.splice(0)).dispose();
	}
}

/** A tab by group and file: tab objects are not guaranteed to keep their identity across reads. */
function tabKey(tab: vscode.Tab): string {
	const input = tab.input;
	const uri = input instanceof vscode.TabInputText ? input.uri.toString() : tab.label;
	return `${tab.group.viewColumn}:${uri}`;
}
