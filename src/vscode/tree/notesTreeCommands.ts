import * as vscode from 'vscode';
import { dedent } from '../../core/parse/markdownLines';
import { topicSearchQuery, type NoteTreeNode } from '../../core/tree/noteTree';
import { CommandId } from '../commands';
import { errorText } from '../errorText';
import { openNote } from '../openNote';

/**
 * The quick pick's command (src/vscode/searchPick.ts, another surface); it takes the initial
 * query as its first argument. Not in {@link CommandId} here, since that surface contributes it.
 */
const SEARCH_COMMAND = 'tilNotes.search';

type LinesNode = NoteTreeNode & { kind: 'note' | 'subTopic' };

/** The commands of a note's (or sub-topic's, or topic's) context menu in the sidebar. */
export function registerNoteItemCommands(): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerCommand(CommandId.OpenToSide, (node: LinesNode) =>
			openNote(linesOf(node), { viewColumn: vscode.ViewColumn.Beside, preview: false, selectNote: true }),
		),
		vscode.commands.registerCommand(CommandId.CopyNoteAsMarkdown, copyAsMarkdown),
		vscode.commands.registerCommand(CommandId.RevealInExplorer, revealInExplorer),
		vscode.commands.registerCommand(CommandId.SearchInTopic, searchInTopic),
	);
}

function linesOf(node: LinesNode): { uri: string; line: number; endLine: number } {
	return node.kind === 'note' ? node.note : { uri: node.note.uri, line: node.subTopic.line, endLine: node.subTopic.endLine };
}

/** The note as written in its file (from the editor's copy, so unsaved edits come along), dedented. */
async function copyAsMarkdown(node: LinesNode): Promise<void> {
	const { uri, line, endLine } = linesOf(node);
	try {
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
		const last = Math.min(endLine, doc.lineCount - 1);
		const lines = doc.getText(new vscode.Range(line, 0, last, doc.lineAt(last).text.length)).split(/\r?\n/);
		await vscode.env.clipboard.writeText(dedent(lines).join('\n') + '\n');
	} catch (err) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Cannot copy the note: {0}', errorText(err)));
	}
}

/** Explorer can only show files of the open folders; outside them, say so rather than do nothing. */
async function revealInExplorer(node: LinesNode): Promise<void> {
	const uri = vscode.Uri.parse(node.note.uri);
	if (vscode.workspace.getWorkspaceFolder(uri)) {
		await vscode.commands.executeCommand('revealInExplorer', uri);
	} else {
		// {0}: the note file's path
		void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not in an open folder, so the Explorer cannot show it.', uri.fsPath));
	}
}

async function searchInTopic(node: NoteTreeNode): Promise<void> {
	const topic = node.kind === 'topic' ? node.topic : node.kind === 'note' || node.kind === 'subTopic' ? node.note.topic : undefined;
	if (topic === undefined) {
		return;
	}
	try {
		await vscode.commands.executeCommand(SEARCH_COMMAND, topicSearchQuery(topic));
	} catch (err) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open the search: {0}', errorText(err)));
	}
}
