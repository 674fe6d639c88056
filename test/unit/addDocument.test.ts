import * as assert from 'node:assert';
import MiniSearch from 'minisearch';
import { addDocument } from '../../src/core/addDocument';
import type { Note } from '../../src/core/note';
import { INDEX_OPTIONS } from '../../src/core/noteIndex';
import { BUNDLED_NOTES, CORPUS, listMarkdown, parseFile } from '../support/nodeNotes';

suite('addDocument', () => {
	test('builds exactly the index MiniSearch.add builds, entry for entry and in the same order', () => {
		const notes: Note[] = [];
		for (const [root, files] of [
			[BUNDLED_NOTES, listMarkdown(BUNDLED_NOTES)],
			[CORPUS, listMarkdown(CORPUS).slice(0, 150)],
		] as const) {
			for (const file of files) {
				notes.push(...parseFile(file, root));
			}
		}
		const theirs = new MiniSearch<Note>(INDEX_OPTIONS);
		theirs.addAll(notes);
		const ours = new MiniSearch<Note>(INDEX_OPTIONS);
		for (const note of notes) {
			addDocument(ours, INDEX_OPTIONS, note);
		}
		assert.strictEqual(JSON.stringify(ours), JSON.stringify(theirs));
		assert.throws(() => addDocument(ours, INDEX_OPTIONS, notes[0]), /duplicate ID/);
	});
});
