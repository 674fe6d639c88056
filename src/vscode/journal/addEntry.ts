import * as vscode from 'vscode';
import { fenceLanguage, journalEntry } from '../../core/journal/journalEntry';
import type { Log } from '../../core/log';
import { CommandId } from '../commands';
import { readConfig, SECTION } from '../config';
import type { NotesService } from '../index/notesService';
import { literalIcons } from '../search/pickText';
import { resolveFolder } from '../index/sources';

/** Arguments for keybindings and tests; without them, the command asks. */
export interface AddEntryArgs {
	topic?: string;
}

/**
 * `TIL: Add Today's Entry`: asks for a topic and appends `- topic` under today's heading of
 * the user's journal, with the editor's selection as a fenced code block.
 *
 * The entry goes in as a `WorkspaceEdit` and the journal is left unsaved (dirty), as VS Code's
 * own edits are (refactorings, quick fixes): the user sees the change, goes on typing the note
 * under the bullet, undoes it in one step, and decides when to save; nothing is written to disk
 * on their behalf. The index picks the note up on save.
 */
export function registerAddEntry(notes: NotesService, log: Log): vscode.Disposable {
	return vscode.commands.registerCommand(CommandId.AddEntry, async (args?: AddEntryArgs) => {
		try {
			await addEntry(notes, args ?? {});
		} catch (err) {
			log.error(`${CommandId.AddEntry}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
			void vscode.window.showErrorMessage(vscode.l10n.t("Could not add today's entry: {0}", err instanceof Error ? err.message : String(err)));
		}
	});
}

async function addEntry(notes: NotesService, args: AddEntryArgs): Promise<void> {
	// Taken before any picker moves the focus.
	const editor = vscode.window.activeTextEditor;
	const code = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : undefined;
	const language = code ? fenceLanguage(editor?.document.languageId) : undefined;

	const journal = await journalUri(notes);
	if (!journal) {
		return;
	}
	const topic = args.topic?.trim() || (await pickTopic(notes));
	if (!topic) {
		return;
	}
	const doc = await vscode.workspace.openTextDocument(journal);
	const entry = journalEntry(doc.getText(), {
		today: localIsoDate(new Date()),
		topic,
		code,
		language,
		defaultEol: doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
	});
	const edit = new vscode.WorkspaceEdit();
	edit.insert(journal, new vscode.Position(entry.line, entry.character), entry.text);
	if (!(await vscode.workspace.applyEdit(edit))) {
		throw new Error(vscode.l10n.t('the editor refused the edit'));
	}
	const cursor = new vscode.Position(entry.bulletLine, entry.bulletCharacter);
	const shown = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(cursor, cursor), preview: false });
	shown.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** `tilNotes.journal`, or asked for on first use and remembered in the user settings. */
async function journalUri(notes: NotesService): Promise<vscode.Uri | undefined> {
	const configured = readConfig().journal;
	if (configured) {
		const uri = resolveFolder(configured);
		if (uri && (await exists(uri))) {
			return uri;
		}
		void vscode.window.showWarningMessage(vscode.l10n.t('The journal {0} (setting tilNotes.journal) was not found; choose another.', configured));
	}
	const chosen = await chooseJournal(notes);
	if (chosen) {
		await vscode.workspace.getConfiguration(SECTION).update('journal', chosen.fsPath, vscode.ConfigurationTarget.Global);
	}
	return chosen;
}

async function chooseJournal(notes: NotesService): Promise<vscode.Uri | undefined> {
	type Item = vscode.QuickPickItem & { uri?: vscode.Uri; action?: 'open' | 'new' };
	// Journals already indexed: files whose notes have day-and-title ids (`uri#date/title`).
	const journals = new Map<string, number>();
	for (const note of notes.index.notes()) {
		if (note.id !== note.uri && !notes.sourceList().some((s) => s.bundled && note.uri.startsWith(s.root.toString()))) {
			journals.set(note.uri, (journals.get(note.uri) ?? 0) + 1);
		}
	}
	const items: Item[] = [...journals].map(([uri, count]) => {
		const parsed = vscode.Uri.parse(uri);
		return {
			label: parsed.path.split('/').pop() ?? uri,
			description: vscode.workspace.asRelativePath(parsed),
			detail: vscode.l10n.t('{0} notes', count),
			uri: parsed,
		};
	});
	items.push(
		{ label: vscode.l10n.t('$(folder-opened) Choose a Markdown File...'), action: 'open', alwaysShow: true },
		{ label: vscode.l10n.t('$(new-file) Create a New Journal...'), action: 'new', alwaysShow: true },
	);
	const picked = await vscode.window.showQuickPick(items, {
		title: vscode.l10n.t("Journal for Today's Entries"),
		placeHolder: vscode.l10n.t('Where new entries go (saved in the setting tilNotes.journal)'),
	});
	if (!picked) {
		return undefined;
	}
	if (picked.uri) {
		return picked.uri;
	}
	const defaultUri = notes.sourceList().find((s) => !s.bundled)?.root;
	if (picked.action === 'open') {
		const files = await vscode.window.showOpenDialog({
			canSelectMany: false,
			defaultUri,
			filters: { [vscode.l10n.t('Markdown')]: ['md', 'markdown'] },
			openLabel: vscode.l10n.t('Use as Journal'),
		});
		return files?.[0];
	}
	const target = await vscode.window.showSaveDialog({
		defaultUri: defaultUri && vscode.Uri.joinPath(defaultUri, 'til.md'),
		filters: { [vscode.l10n.t('Markdown')]: ['md'] },
		saveLabel: vscode.l10n.t('Create Journal'),
	});
	if (target && !(await exists(target))) {
		await vscode.workspace.fs.writeFile(target, new Uint8Array());
	}
	return target;
}

interface TopicItem extends vscode.QuickPickItem {
	/** The topic as written (the label may have escapes). */
	topic: string;
}

/** The topics of the user's notes, most recently used first; a typed topic that is new is offered too. */
async function pickTopic(notes: NotesService): Promise<string | undefined> {
	const latest = new Map<string, string>();
	for (const note of notes.index.notes()) {
		const seen = latest.get(note.topic);
		if (note.topic && (seen === undefined || (note.date ?? '') > seen)) {
			latest.set(note.topic, note.date ?? '');
		}
	}
	const topics: TopicItem[] = [...latest]
		.sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]))
		.map(([topic, date]) => ({ label: literalIcons(topic), description: date, topic }));
	const pick = vscode.window.createQuickPick<TopicItem>();
	pick.title = vscode.l10n.t("Today's Entry: Topic");
	pick.placeholder = vscode.l10n.t('A topic of your notes, or type a new one');
	pick.items = topics;
	const disposables: vscode.Disposable[] = [pick];
	try {
		return await new Promise<string | undefined>((resolve) => {
			disposables.push(
				pick.onDidChangeValue((value) => {
					const typed = value.trim();
					const isNew = typed && !latest.has(typed);
					// The typed topic first, so Enter takes what was typed rather than the first match.
					pick.items = isNew ? [{ label: literalIcons(typed), description: vscode.l10n.t('new topic'), alwaysShow: true, topic: typed }, ...topics] : topics;
				}),
				pick.onDidAccept(() => resolve(pick.selectedItems[0]?.topic ?? (pick.value.trim() || undefined))),
				pick.onDidHide(() => resolve(undefined)),
			);
			pick.show();
		});
	} finally {
		for (const d of disposables) {
			d.dispose();
		}
	}
}

function localIsoDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}
