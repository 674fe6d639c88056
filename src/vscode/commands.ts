/** Every command id in one place; the manifest test checks them against package.json. */
export const enum CommandId {
	Reindex = 'tilNotes.reindex',
	ShowLog = 'tilNotes.showLog',
	ToggleHover = 'tilNotes.toggleHover',
	/** `(word: string)`: adds the word to `tilNotes.hover.ignoredWords` (the hover's "Don't show for this word"). */
	IgnoreWord = 'tilNotes.ignoreWord',
	/** `(args?: { topic?: string })`: see src/vscode/addEntry.ts. */
	AddEntry = 'tilNotes.addEntry',
	/** Internal, for the integration tests: returns the live "Notes for This File" provider. */
	FileNotesInternals = '_tilNotes.fileNotesInternals',
	/** Internal, for the benchmark: `{ activateMs, readyMs }` since the bundle was loaded. */
	Timings = '_tilNotes.timings',
	/** Internal, for the integration tests: the log's recent lines (`level message`), oldest first. */
	RecentLog = '_tilNotes.recentLog',
	/** Internal, for the integration tests: `(trusted?: boolean)` → the settings as the running extension reads them. */
	ReadConfig = '_tilNotes.readConfig',
	/** Internal, for the integration tests: `{ offers: { noteId, quoted }[], failedCommands }` of the terminal. */
	TerminalOffers = '_tilNotes.terminalOffers',
	/** Internal (tree items, hover links): `(noteId: string, options?: OpenNoteOptions)`. */
	OpenNote = '_tilNotes.openNote',
	// --- sidebar (src/vscode/notesTree.ts)
	GroupByTopic = 'tilNotes.groupByTopic',
	GroupByDate = 'tilNotes.groupByDate',
	Reveal = 'tilNotes.reveal',
	AddFolder = 'tilNotes.addFolder',
	OpenToSide = 'tilNotes.openToSide',
	CopyNoteAsMarkdown = 'tilNotes.copyNoteAsMarkdown',
	RevealInExplorer = 'tilNotes.revealInExplorer',
	SearchInTopic = 'tilNotes.searchInTopic',
	/** Internal, for the integration tests: returns the live `{ provider, view }` (the suite's bundle cannot import ours). */
	NotesTreeInternals = '_tilNotes.notesTreeInternals',
	// --- search (src/vscode/searchPick.ts)
	/** `(query?: string)`: opens the search pick, prefilled with `query`. */
	Search = 'tilNotes.search',
	SearchSelection = 'tilNotes.searchSelection',
	/** Internal, for the integration tests: returns the open search `QuickPick`, or undefined. */
	SearchPickInternals = '_tilNotes.searchPickInternals',
}

/** A `command:` link for trusted Markdown (hovers), running `command` with `args`. */
export function commandUri(command: CommandId, args: unknown[]): string {
	return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The documents our hovers and code actions serve: files on disk or remote, and untitled ones. */
export const EDITOR_DOCUMENTS = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }];
