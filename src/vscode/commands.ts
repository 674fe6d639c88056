/** Every command id in one place; the manifest test checks them against package.json. */
export const enum CommandId {
	Reindex = 'tilNotes.reindex',
	ShowLog = 'tilNotes.showLog',
	ToggleHover = 'tilNotes.toggleHover',
	/** Internal (tree items, hover links): `(noteId: string, options?: OpenNoteOptions)`. */
	OpenNote = '_tilNotes.openNote',
}
