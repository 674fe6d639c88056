import * as vscode from 'vscode';
import type { ErrorMatch, ErrorNotes } from '../../core/errors/errorNotes';
import { codeBlock, escapeMarkdown } from '../../core/hover/hoverText';
import type { Note } from '../../core/note';
import type { NoteIndex } from '../../core/search/noteIndex';
import { CommandId, commandUri, EDITOR_DOCUMENTS } from '../commands';
import { SECTION } from '../config';

/** The index and its quoted errors as they are now (the service swaps both on a rebuild). */
export interface ErrorNotesNow {
	readonly index: NoteIndex;
	readonly errors: ErrorNotes;
}

/** Diagnostics matched ahead, per change: a change may bring hundreds; the rest wait for a hover. */
const WARM_PER_CHANGE = 500;
/** Terminal output kept per command, from its end: an error is printed last. */
const MAX_OUTPUT_CHARS = 64 * 1024;
/** Lines from the end of a failed command's output that are matched. */
const TERMINAL_TAIL_LINES = 60;

interface ErrorSettings {
	enabled: boolean;
	terminal: boolean;
}

function readErrorSettings(): ErrorSettings {
	const c = vscode.workspace.getConfiguration(`${SECTION}.errors`);
	return { enabled: c.get<boolean>('enabled', true), terminal: c.get<boolean>('terminal', true) };
}

/** `TIL: <title> (<date>)`: how the light bulb and the terminal name a note. */
function noteLabel(note: Note): string {
	// {0}: the note's title, {1}: its date or topic
	return vscode.l10n.t('TIL: {0} ({1})', note.title, note.date ?? note.topic);
}

/**
 * The notes about the errors VS Code shows: in a diagnostic's hover and as a code action, for
 * diagnostics of any extension or language server. Matching is a lookup of the message's error
 * signature among the errors notes quote (core/errors), cached by message.
 */
export class DiagnosticNotes implements vscode.HoverProvider, vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.QuickFix];

	constructor(
		private readonly notes: ErrorNotesNow,
		private readonly settings: () => ErrorSettings,
	) {}

	private matches(diagnostic: vscode.Diagnostic): { note: Note; match: ErrorMatch }[] {
		const { index, errors } = this.notes;
		return errors
			.match(diagnostic.message)
			.map((match) => ({ note: index.get(match.noteId)!, match }))
			.filter(({ note }) => note !== undefined);
	}

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		if (!this.settings().enabled) {
			return undefined;
		}
		const markdown = new vscode.MarkdownString();
		markdown.isTrusted = { enabledCommands: [CommandId.OpenNote] };
		markdown.supportHtml = false;
		let range: vscode.Range | undefined;
		for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
			if (!diagnostic.range.contains(position)) {
				continue;
			}
			for (const { note, match } of this.matches(diagnostic)) {
				range = range ? range.union(diagnostic.range) : diagnostic.range;
				markdown.appendMarkdown(`**${escapeMarkdown(noteLabel(note))}**\n\n${escapeMarkdown(vscode.l10n.t('Your note quotes this error:'))}\n\n`);
				markdown.appendMarkdown(codeBlock(match.quoted, 'text'));
				markdown.appendMarkdown(`[${vscode.l10n.t('Open note')}](${commandUri(CommandId.OpenNote, [note.id, { line: match.line }])})\n\n`);
			}
		}
		return range ? new vscode.Hover(markdown, range) : undefined;
	}

	provideCodeActions(_document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
		if (!this.settings().enabled) {
			return [];
		}
		const actions: vscode.CodeAction[] = [];
		for (const diagnostic of context.diagnostics) {
			for (const { note, match } of this.matches(diagnostic)) {
				const action = new vscode.CodeAction(noteLabel(note), vscode.CodeActionKind.QuickFix);
				action.diagnostics = [diagnostic];
				action.command = { command: CommandId.OpenNote, title: noteLabel(note), arguments: [note.id, { line: match.line }] };
				actions.push(action);
			}
		}
		return actions;
	}

	/** Matches the messages of changed diagnostics ahead of a hover (the cache keeps them). */
	warm(uris: readonly vscode.Uri[]): void {
		// Background work never forces the extraction the idle slices are doing.
		if (!this.settings().enabled || !this.notes.errors.complete) {
			return;
		}
		let budget = WARM_PER_CHANGE;
		for (const uri of uris) {
			for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
				if (budget-- <= 0) {
					return;
				}
				this.notes.errors.match(diagnostic.message);
			}
		}
	}
}

/** What the terminal offered, for the integration tests: one entry per offer. */
export interface TerminalOffer {
	noteId: string;
	quoted: string;
}

/**
 * When a command run with shell integration exits non-zero and its output ends with an error a
 * note quotes, offers the note once per error in this window. Without shell integration VS Code
 * fires no execution events, and nothing happens.
 */
export class TerminalErrorNotes implements vscode.Disposable {
	private readonly outputs = new WeakMap<vscode.TerminalShellExecution, Promise<string>>();
	private readonly offered = new Set<string>();
	/** What was offered, and how many failed commands were looked at: the tests wait on it. */
	readonly seen: { offers: TerminalOffer[]; failedCommands: number } = { offers: [], failedCommands: 0 };
	private readonly disposables: vscode.Disposable[];

	constructor(
		private readonly notes: ErrorNotesNow,
		settings: () => ErrorSettings,
	) {
		this.disposables = [
			vscode.window.onDidStartTerminalShellExecution((e) => {
				if (settings().enabled && settings().terminal) {
					this.outputs.set(e.execution, collect(e.execution.read()));
				}
			}),
			vscode.window.onDidEndTerminalShellExecution((e) => void this.ended(e)),
		];
	}

	private async ended(e: vscode.TerminalShellExecutionEndEvent): Promise<void> {
		const output = this.outputs.get(e.execution);
		if (!output || e.exitCode === undefined || e.exitCode === 0) {
			return;
		}
		const tail = (await output).split('\n').slice(-TERMINAL_TAIL_LINES).join('\n');
		const { index, errors } = this.notes;
		const offer = errors.match(tail).find((match) => index.get(match.noteId) && !this.offered.has(`${match.noteId}\n${match.quoted}`));
		if (offer) {
			this.offered.add(`${offer.noteId}\n${offer.quoted}`);
			this.seen.offers.push({ noteId: offer.noteId, quoted: offer.quoted });
			void this.offerNote(index.get(offer.noteId)!, offer.line);
		}
		this.seen.failedCommands++;
	}

	/** One unobtrusive notification per error; the note opens only if asked. */
	private async offerNote(note: Note, line: number): Promise<void> {
		const open = vscode.l10n.t('Open note');
		// {0}: how the note is named, `TIL: <title> (<date>)`
		const choice = await vscode.window.showInformationMessage(vscode.l10n.t('A note covers this error: {0}', noteLabel(note)), open);
		if (choice === open) {
			await vscode.commands.executeCommand(CommandId.OpenNote, note.id, { line });
		}
	}

	dispose(): void {
		vscode.Disposable.from(...this.disposables).dispose();
	}
}

/** A command's output as text, its last {@link MAX_OUTPUT_CHARS} characters. */
async function collect(stream: AsyncIterable<string>): Promise<string> {
	let text = '';
	for await (const data of stream) {
		text = (text + data).slice(-MAX_OUTPUT_CHARS);
	}
	return text;
}

/** Registers the diagnostic hover and code action for every document, and the terminal offer. */
export function registerErrorNotes(notes: ErrorNotesNow): vscode.Disposable {
	// Read once and again on change, not per hover or code action: both are on the typing path.
	let settings = readErrorSettings();
	const get = () => settings;
	const diagnostics = new DiagnosticNotes(notes, get);
	const terminal = new TerminalErrorNotes(notes, get);
	return vscode.Disposable.from(
		vscode.languages.registerHoverProvider(EDITOR_DOCUMENTS, diagnostics),
		vscode.languages.registerCodeActionsProvider(EDITOR_DOCUMENTS, diagnostics, { providedCodeActionKinds: DiagnosticNotes.kinds }),
		vscode.languages.onDidChangeDiagnostics((e) => setTimeout(() => diagnostics.warm(e.uris), 0)),
		terminal,
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (e.affectsConfiguration(`${SECTION}.errors`)) {
				settings = readErrorSettings();
			}
		}),
		vscode.commands.registerCommand(CommandId.TerminalOffers, () => terminal.seen),
	);
}
