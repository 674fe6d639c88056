import * as vscode from 'vscode';
import { NoteTree, type Grouping, type NoteNode, type NoteTreeNode } from '../../core/tree/noteTree';
import { registerAddFolder } from '../index/addFolder';
import { CommandId } from '../commands';
import { SECTION } from '../config';
import type { NotesService } from '../index/notesService';
import { registerNoteItemCommands } from './notesTreeCommands';
import { resolveTooltip, treeItemFor } from './notesTreeItems';

export const VIEW_ID = 'tilNotes.notes';
/** Context keys the manifest's `when` clauses read. */
const GROUPING_CONTEXT = 'tilNotes.notesTree.grouping';
const NO_NOTES_CONTEXT = 'tilNotes.noNotes';
const GROUPING_STATE = 'tilNotes.notesTree.grouping';
const AUTO_REVEAL = 'sidebar.autoReveal';

/** What the integration tests reach through {@link CommandId.NotesTreeInternals}. */
export interface NotesTreeInternals {
	provider: NotesTreeProvider;
	view: vscode.TreeView<NoteTreeNode>;
}

/** The sidebar: the view, its title-bar and context-menu commands, and following the editor. */
export function registerNotesTree(context: vscode.ExtensionContext, notes: NotesService): vscode.Disposable {
	const grouping = new GroupingState(context.globalState);
	const provider = new NotesTreeProvider(notes, grouping);
	const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
	const describeGrouping = () => (view.description = grouping.value === 'date' ? vscode.l10n.t('by date') : vscode.l10n.t('by topic'));
	describeGrouping();
	const autoReveal = () => vscode.workspace.getConfiguration(SECTION).get<boolean>(AUTO_REVEAL, true);
	return vscode.Disposable.from(
		provider,
		view,
		grouping,
		grouping.onDidChange(describeGrouping),
		notes.onDidChangeNotes(() => void vscode.commands.executeCommand('setContext', NO_NOTES_CONTEXT, notes.index.size === 0)),
		vscode.commands.registerCommand(CommandId.GroupByTopic, () => grouping.set('topic')),
		vscode.commands.registerCommand(CommandId.GroupByDate, () => grouping.set('date')),
		vscode.commands.registerCommand(CommandId.Reveal, () => revealActiveNote(view, provider, true)),
		vscode.commands.registerCommand(CommandId.NotesTreeInternals, (): NotesTreeInternals => ({ provider, view })),
		registerNoteItemCommands(),
		registerAddFolder(),
		followActiveEditor(view, provider, autoReveal),
	);
}

// --- tree data

export class NotesTreeProvider implements vscode.TreeDataProvider<NoteTreeNode>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;
	private tree: NoteTree | undefined;
	private readonly subscriptions: vscode.Disposable[];

	constructor(
		private readonly notes: NotesService,
		private readonly grouping: GroupingState,
	) {
		this.subscriptions = [this.changed, notes.onDidChangeNotes(() => this.refresh()), grouping.onDidChange(() => this.refresh())];
	}

	/**
	 * The notes as of the last finished build. Taken when the build finishes, not when VS Code next
	 * asks, so a rebuild that has just started (and emptied the index) is not shown half done.
	 */
	current(): NoteTree {
		return (this.tree ??= this.snapshot());
	}

	/** The note node under an editor's cursor, if the cursor is in a note. */
	nodeAtCursor(editor: vscode.TextEditor | undefined): NoteNode | undefined {
		if (!editor) {
			return undefined;
		}
		const tree = this.current();
		const note = tree.noteAt(editor.document.uri.toString(), editor.selection.active.line);
		return note && tree.nodeOf(note.id);
	}

	async getChildren(node?: NoteTreeNode): Promise<NoteTreeNode[]> {
		if (!node) {
			await this.notes.ready.catch(() => undefined); // the log has the reason; the view shows what there is
		}
		return this.current().children(node);
	}

	getTreeItem(node: NoteTreeNode): vscode.TreeItem {
		return treeItemFor(node, this.current());
	}

	resolveTreeItem(item: vscode.TreeItem, node: NoteTreeNode): vscode.TreeItem {
		return resolveTooltip(item, node);
	}

	getParent(node: NoteTreeNode): NoteTreeNode | undefined {
		return node.parent;
	}

	private refresh(): void {
		this.tree = this.snapshot();
		this.changed.fire();
	}

	private snapshot(): NoteTree {
		const sources = this.notes.sourceList().map((s) => ({ label: s.label, root: s.root.toString(), bundled: s.bundled }));
		return new NoteTree(this.notes.index.notes(), sources, this.grouping.value);
	}

	dispose(): void {
		vscode.Disposable.from(...this.subscriptions).dispose();
	}
}

/** By topic or by date, kept in global state (notes are not tied to a workspace) and mirrored in a context key for the title-bar button. */
class GroupingState implements vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<Grouping>();
	readonly onDidChange = this.changed.event;

	constructor(private readonly memento: vscode.Memento) {
		void this.publish();
	}

	get value(): Grouping {
		return this.memento.get<Grouping>(GROUPING_STATE) === 'date' ? 'date' : 'topic';
	}

	async set(value: Grouping): Promise<void> {
		if (value !== this.value) {
			await this.memento.update(GROUPING_STATE, value);
			await this.publish();
			this.changed.fire(value);
		}
	}

	private async publish(): Promise<void> {
		await vscode.commands.executeCommand('setContext', GROUPING_CONTEXT, this.value);
	}

	dispose(): void {
		this.changed.dispose();
	}
}

// --- following the editor

/** How long the cursor rests before the view follows it: moving through a file should not scroll the tree on every key. */
const FOLLOW_DELAY_MS = 150;

/**
 * Like Explorer's `explorer.autoReveal`: while the view is visible and the setting is on, the
 * note under the cursor is selected in the tree. It never takes focus, and it leaves the
 * selection alone when what is selected already covers the cursor (a sub-topic the user clicked).
 */
function followActiveEditor(view: vscode.TreeView<NoteTreeNode>, provider: NotesTreeProvider, enabled: () => boolean): vscode.Disposable {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (enabled() && view.visible) {
				void revealActiveNote(view, provider, false);
			}
		}, FOLLOW_DELAY_MS);
	};
	return vscode.Disposable.from(
		vscode.window.onDidChangeActiveTextEditor(schedule),
		vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && schedule()),
		view.onDidChangeVisibility((e) => e.visible && schedule()),
		{ dispose: () => clearTimeout(timer) },
	);
}

/** Selects the note under the cursor; by command (`explicit`) it also focuses the view and says when there is none. */
async function revealActiveNote(view: vscode.TreeView<NoteTreeNode>, provider: NotesTreeProvider, explicit: boolean): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (explicit) {
		await provider.getChildren(); // the first build, when the view has not been shown yet
	}
	const node = provider.nodeAtCursor(editor);
	if (!node) {
		if (explicit) {
			void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not in one of your notes.'));
		}
		return;
	}
	const line = editor!.selection.active.line;
	const selected = view.selection[0];
	if (!explicit && selected && (selected.kind === 'note' || selected.kind === 'subTopic') && selected.note.id === node.note.id && covers(selected, line)) {
		return;
	}
	try {
		await view.reveal(node, { select: true, focus: explicit, expand: false });
	} catch {
		// The tree was refreshed under us; the next cursor move reveals again.
	}
}

function covers(node: NoteTreeNode & { kind: 'note' | 'subTopic' }, line: number): boolean {
	const [start, end] = node.kind === 'note' ? [node.note.line, node.note.endLine] : [node.subTopic.line, node.subTopic.endLine];
	return start <= line && line <= end;
}
