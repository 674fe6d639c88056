import * as vscode from 'vscode';
import { plainInline } from '../../core/parse/markdownLines';
import { notePreview } from '../../core/tree/notePreview';
import type { NoteTree, NoteTreeNode } from '../../core/tree/noteTree';

/**
 * `contextValue`s the manifest's menus match: a note or sub-topic in one of the user's folders
 * also has `userFile` (Reveal in Explorer makes no sense for the extension's own journal).
 */
export const enum ItemContext {
	Source = 'source',
	Topic = 'topic',
	Period = 'period',
	Note = 'note',
	SubTopic = 'subTopic',
	UserFile = 'userFile',
}

/** How a node looks in the view; the tooltip of a note comes later, in {@link resolveTooltip}. */
export function treeItemFor(node: NoteTreeNode, tree: NoteTree): vscode.TreeItem {
	const collapsed = tree.hasChildren(node) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
	let item: vscode.TreeItem;
	switch (node.kind) {
		case 'source':
			item = new vscode.TreeItem(node.source.label, node.count > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
			item.description = String(node.count);
			item.iconPath = new vscode.ThemeIcon(node.source.bundled ? 'book' : 'root-folder');
			item.tooltip = node.source.bundled ? vscode.l10n.t('The journal that ships with TIL Notes') : vscode.Uri.parse(node.source.root).fsPath;
			item.contextValue = ItemContext.Source;
			break;
		case 'topic':
			item = new vscode.TreeItem(node.topic, collapsed);
			item.description = String(node.count);
			item.tooltip = noteCount(node.count);
			item.iconPath = new vscode.ThemeIcon('tag');
			item.contextValue = ItemContext.Topic;
			break;
		case 'year':
		case 'month':
		case 'day':
			item = new vscode.TreeItem(periodLabel(node.kind, node.period), collapsed);
			item.description = String(node.count);
			item.tooltip = noteCount(node.count);
			item.iconPath = new vscode.ThemeIcon('calendar');
			item.contextValue = ItemContext.Period;
			break;
		case 'undated':
			item = new vscode.TreeItem(vscode.l10n.t('No date'), collapsed);
			item.description = String(node.count);
			item.iconPath = new vscode.ThemeIcon('circle-slash');
			item.contextValue = ItemContext.Period;
			break;
		case 'note':
			item = new vscode.TreeItem(plainInline(node.note.title), collapsed);
			item.description = node.note.date;
			item.iconPath = new vscode.ThemeIcon('note');
			item.command = openCommand(node.note.uri, node.note.line, node.note.endLine);
			item.contextValue = withUserFile(ItemContext.Note, node);
			break;
		case 'subTopic':
			item = new vscode.TreeItem(node.subTopic.title, vscode.TreeItemCollapsibleState.None);
			item.iconPath = new vscode.ThemeIcon('symbol-string'); // what Outline shows for Markdown sections
			item.command = openCommand(node.note.uri, node.subTopic.line, node.subTopic.endLine);
			item.contextValue = withUserFile(ItemContext.SubTopic, node);
			break;
	}
	item.id = node.id;
	return item;
}

/** A note's tooltip: its first lines as Markdown, made only when the user hovers. */
export function resolveTooltip(item: vscode.TreeItem, node: NoteTreeNode): vscode.TreeItem {
	if (node.kind === 'note') {
		const markdown = new vscode.MarkdownString(notePreview(node.note));
		markdown.baseUri = vscode.Uri.parse(node.note.uri); // relative links and images resolve next to the note
		item.tooltip = markdown;
	}
	return item;
}

/**
 * Opens through `vscode.open` rather than our own command: for that command only, the workbench
 * passes the tree's open event along, so a single click opens a preview editor and a double
 * click pins it, as in Explorer. The whole range is selected, which also reveals it.
 */
function openCommand(uri: string, line: number, endLine: number): vscode.Command {
	const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(line, 0, endLine + 1, 0) };
	return { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [vscode.Uri.parse(uri), options] };
}

function withUserFile(value: ItemContext, node: { source?: { bundled: boolean } }): string {
	return node.source && !node.source.bundled ? `${value} ${ItemContext.UserFile}` : value;
}

function noteCount(count: number): string {
	return count === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', count);
}

/** `2020`, `January 2020`, `Jan 2, 2020` in the display language, falling back to ISO text. */
function periodLabel(kind: 'year' | 'month' | 'day', period: string): string {
	if (kind === 'year') {
		return period;
	}
	const [year, month, day] = period.split('-').map(Number);
	const options: Intl.DateTimeFormatOptions = kind === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
	try {
		return new Intl.DateTimeFormat(vscode.env.language, options).format(Date.UTC(year, month - 1, day || 1));
	} catch {
		return period; // a locale tag Intl does not know
	}
}
