import * as vscode from 'vscode';
import { fileFactsOf, hoverAt, type FileFacts, type HoverDocument, type MatchReason } from '../../core/hover/hoverDecision';
import { renderHover } from '../../core/hover/hoverText';
import { normalizeWords, type MentionKind } from '../../core/hover/keywords';
import type { HoverKeywords } from '../../core/hover/hoverKeywords';
import type { NoteIndex } from '../../core/search/noteIndex';
import { CommandId, commandUri, EDITOR_DOCUMENTS } from '../commands';
import { SECTION } from '../config';

/** The hover settings, read when asked so a change applies at once. */
export interface HoverSettings {
	enabled: boolean;
	maxNotes: number;
	excludedLanguages: string[];
	ignoredWords: ReadonlySet<string>;
}

export function readHoverSettings(): HoverSettings {
	const c = vscode.workspace.getConfiguration(`${SECTION}.hover`);
	return {
		enabled: c.get<boolean>('enabled', true),
		maxNotes: Math.max(1, Math.min(10, c.get<number>('maxNotes', 3))),
		excludedLanguages: c.get<string[]>('excludedLanguages', []),
		ignoredWords: normalizeWords(c.get<string[]>('ignoredWords', [])),
	};
}

/** The index and its hover keywords as they are now (the service swaps both on a rebuild). */
export interface NotesNow {
	readonly index: NoteIndex;
	readonly keywords: HoverKeywords;
}

/** The only commands a hover may run: opening a note, searching the notes, silencing a word. */
export const TRUSTED_HOVER_COMMANDS = [CommandId.OpenNote, CommandId.Search, CommandId.IgnoreWord];

/**
 * Shows the notes that cover the keyword under the cursor, in any file. A dictionary lookup of
 * the text around the position (never a full-text search), so it is silent unless a note is
 * about that word.
 */
export class KeywordHoverProvider implements vscode.HoverProvider {
	constructor(
		private readonly notes: NotesNow,
		private readonly settings: () => HoverSettings,
	) {}

	/** What each open document says of its ecosystem, by version: read once, not per hover. */
	private readonly facts = new WeakMap<vscode.TextDocument, { version: number; facts: FileFacts }>();

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		const settings = this.settings();
		if (!settings.enabled || settings.excludedLanguages.includes(document.languageId)) {
			return undefined;
		}
		const { index, keywords } = this.notes;
		const doc = hoverDocument(document);
		const match = hoverAt(keywords.all, doc, position.line, position.character, { ignored: settings.ignoredWords, file: this.factsOf(document, doc) });
		if (!match) {
			return undefined;
		}
		const here = document.uri.toString();
		const shown = match.mentions
			.map((m) => ({ note: index.get(m.noteId)!, line: m.line, why: whyLine(match.text, m.reason) }))
			// Hovering a word inside the very note that defines it would only repeat it.
			.filter(({ note }) => note && !(note.uri === here && position.line >= note.line && position.line <= note.endLine))
			.slice(0, settings.maxNotes);
		if (shown.length === 0) {
			return undefined;
		}
		const markdown = new vscode.MarkdownString(
			renderHover(
				match.text,
				shown,
				{
					open: (note) => commandUri(CommandId.OpenNote, [note.id]),
					search: (keyword) => commandUri(CommandId.Search, [keyword]),
					ignore: (keyword) => commandUri(CommandId.IgnoreWord, [keyword]),
				},
				{
					open: vscode.l10n.t('Open note'),
					// {0}: the keyword under the cursor
					search: vscode.l10n.t('Search notes for "{0}"', match.text),
					ignore: vscode.l10n.t("Don't show for this word"),
				},
			),
		);
		markdown.isTrusted = { enabledCommands: TRUSTED_HOVER_COMMANDS };
		markdown.supportHtml = false;
		return new vscode.Hover(markdown, new vscode.Range(position.line, match.start, position.line, match.end));
	}

	private factsOf(document: vscode.TextDocument, doc: HoverDocument): FileFacts {
		const cached = this.facts.get(document);
		if (cached && cached.version === document.version) {
			return cached.facts;
		}
		const facts = fileFactsOf(doc);
		this.facts.set(document, { version: document.version, facts });
		return facts;
	}
}

/** The core's view of a VS Code document: language, path and lines, read only as asked. */
function hoverDocument(document: vscode.TextDocument): HoverDocument {
	return {
		languageId: document.languageId,
		path: document.uri.path,
		lineCount: document.lineCount,
		lineAt: (n) => (n >= 0 && n < document.lineCount ? document.lineAt(n).text : ''),
	};
}

/** One short line saying why a note is shown: `python · os.stat in a code block`. */
function whyLine(keyword: string, reason: MatchReason): string {
	const how = mentionPhrase(keyword, reason.kind);
	return reason.ecosystem ? `${reason.ecosystem} · ${how}` : how;
}

function mentionPhrase(keyword: string, kind: MentionKind): string {
	switch (kind) {
		case 'declared':
			// {0}: the keyword
			return vscode.l10n.t('{0} declared in its keywords', keyword);
		case 'topic':
			// {0}: the keyword
			return vscode.l10n.t('{0} is its topic', keyword);
		case 'title':
			// {0}: the keyword
			return vscode.l10n.t('{0} in its title', keyword);
		case 'code':
			// {0}: the keyword
			return vscode.l10n.t('{0} quoted as code', keyword);
		case 'heading':
			// {0}: the keyword
			return vscode.l10n.t('{0} heads a sub-bullet', keyword);
		case 'fence':
			// {0}: the keyword
			return vscode.l10n.t('{0} in a code block', keyword);
	}
}

/** The hover settings, read once and again on change, not per hover: hovers are on the typing path. */
export function watchHoverSettings(): vscode.Disposable & { get: () => HoverSettings } {
	let settings = readHoverSettings();
	const listener = vscode.workspace.onDidChangeConfiguration((e) => {
		if (e.affectsConfiguration(`${SECTION}.hover`)) {
			settings = readHoverSettings();
		}
	});
	return { get: () => settings, dispose: () => listener.dispose() };
}

/** Registers the hover for every file and untitled document, its toggle, and "Don't show for this word". */
export function registerKeywordHover(notes: NotesNow, settings: () => HoverSettings): vscode.Disposable {
	const provider = new KeywordHoverProvider(notes, settings);
	return vscode.Disposable.from(
		vscode.commands.registerCommand(CommandId.IgnoreWord, (word: unknown) => ignoreWord(word)),
		vscode.languages.registerHoverProvider(EDITOR_DOCUMENTS, provider),
		vscode.commands.registerCommand(CommandId.ToggleHover, async () => {
			const config = vscode.workspace.getConfiguration(SECTION);
			const enabled = !config.get<boolean>('hover.enabled', true);
			await config.update('hover.enabled', enabled, vscode.ConfigurationTarget.Global);
			vscode.window.setStatusBarMessage(enabled ? vscode.l10n.t('TIL hover hints on') : vscode.l10n.t('TIL hover hints off'), 3000);
		}),
	);
}

/** Adds a word to `tilNotes.hover.ignoredWords` in the user settings, once. */
async function ignoreWord(word: unknown): Promise<void> {
	if (typeof word !== 'string' || !word.trim()) {
		return;
	}
	const config = vscode.workspace.getConfiguration(SECTION);
	const current = config.inspect<string[]>('hover.ignoredWords')?.globalValue ?? [];
	if (!normalizeWords(current).has(word.trim().toLowerCase())) {
		await config.update('hover.ignoredWords', [...current, word.trim()], vscode.ConfigurationTarget.Global);
	}
	// {0}: the word
	vscode.window.setStatusBarMessage(vscode.l10n.t('TIL hovers will not show for "{0}"', word.trim()), 3000);
}
