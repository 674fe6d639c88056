import * as vscode from 'vscode';
import type { Note } from '../core/note';

/** Where and how to show a note; defaults follow Explorer's single click (preview, focus). */
export interface OpenNoteOptions {
	viewColumn?: vscode.ViewColumn;
	preview?: boolean;
	preserveFocus?: boolean;
	/** Select the whole note rather than put the cursor on its first line. */
	selectNote?: boolean;
	/** A line of the note's file to put the cursor on (the line quoting an error). */
	line?: number;
}

/** Opens a note's file with the note's first line at the top, used by every surface. */
export async function openNote(note: Pick<Note, 'uri' | 'line' | 'endLine'>, options: OpenNoteOptions = {}): Promise<vscode.TextEditor> {
	const uri = vscode.Uri.parse(note.uri);
	const start = new vscode.Position(note.line, 0);
	const cursor = new vscode.Position(typeof options.line === 'number' && options.line >= note.line ? options.line : note.line, 0);
	const selection = options.selectNote ? new vscode.Range(start, new vscode.Position(note.endLine + 1, 0)) : new vscode.Range(cursor, cursor);
	const editor = await vscode.window.showTextDocument(uri, {
		viewColumn: options.viewColumn,
		preview: options.preview ?? true,
		preserveFocus: options.preserveFocus ?? false,
		selection,
	});
	editor.revealRange(new vscode.Range(start, cursor), vscode.TextEditorRevealType.AtTop);
	return editor;
}
