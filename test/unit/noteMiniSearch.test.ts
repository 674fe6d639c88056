import * as assert from 'node:assert';
import MiniSearch, { type Options } from 'minisearch';
import type { FieldPostings } from '../../src/core/search/engine/compactPostings';
import { engineMismatch, NoteMiniSearch } from '../../src/core/search/engine/noteMiniSearch';
import type { Note } from '../../src/core/note';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { INDEX_OPTIONS } from '../../src/core/search/schema';
import { BUNDLED_NOTES, CORPUS, listMarkdown, parseFile } from '../support/nodeNotes';

/** The index MiniSearch.add builds from `docs`, serialized. */
function builtByAdd(options: Options<Note>, docs: Note[]): string {
	const mini = new MiniSearch<Note>(options);
	mini.addAll(docs);
	return JSON.stringify(mini);
}

/** The index addCounted builds from `docs` (with a term cache when given), serialized. */
function builtByAddCounted(options: Options<Note>, docs: Note[], terms?: Map<string, FieldPostings>): string {
	const mini = new NoteMiniSearch<Note>(options);
	for (const doc of docs) {
		mini.addCounted(doc, terms);
	}
	return JSON.stringify(mini);
}

suite('the engine: MiniSearch with counted adds', () => {
	test('the installed MiniSearch has the internals the engine was written for', () => {
		assert.strictEqual(engineMismatch(new MiniSearch({ fields: ['title'] })), undefined);
	});

	test('a MiniSearch without them is named, with what is missing, before any index is built', () => {
		const renamed = new MiniSearch({ fields: ['title'] }) as unknown as Record<string, unknown>;
		renamed._docIds = renamed._documentIds;
		delete renamed._documentIds;
		const problem = engineMismatch(renamed as unknown as MiniSearch);
		assert.match(problem ?? '', /built for MiniSearch 7\.2\.0.*lacks _documentIds: install exactly 7\.2\.0/);
	});

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
		const theirs = builtByAdd(INDEX_OPTIONS, notes);
		assert.strictEqual(builtByAddCounted(INDEX_OPTIONS, notes), theirs);
		assert.strictEqual(builtByAddCounted(INDEX_OPTIONS, notes, new Map()), theirs);
		const ours = new NoteMiniSearch<Note>(INDEX_OPTIONS);
		ours.addCounted(notes[0]);
		assert.throws(() => ours.addCounted(notes[0]), /duplicate ID/);
	});

	test('a processTerm that merges or drops tokens gives the counts MiniSearch.add gives', () => {
		const options = {
			...INDEX_OPTIONS,
			tokenize: (text: string) => text.split(/\s+/).filter(Boolean),
			processTerm: (term: string) => (term === 'the' ? null : term.toLowerCase()),
		};
		const docs = [
			{ id: 'a', title: 'Keep keep KEEP the', topic: 'x', keywords: [], tags: [], body: 'one One two the' },
			{ id: 'b', title: 'keep', topic: 'the', keywords: [], tags: [], body: 'two TWO two' },
		] as unknown as Note[];
		assert.strictEqual(builtByAddCounted(options, docs), builtByAdd(options, docs));
	});

	test('a NoteIndex through edits, discards and vacuums holds what MiniSearch.add and discard build', async () => {
		const files = listMarkdown(CORPUS).slice(0, 80);
		const index = new NoteIndex();
		const reference = new MiniSearch<Note>(INDEX_OPTIONS);
		const idsOf = new Map<string, string[]>();
		const put = (uri: string, notes: Note[]) => {
			for (const id of idsOf.get(uri) ?? []) {
				reference.discard(id);
			}
			reference.addAll(notes);
			idsOf.set(
				uri,
				notes.map((n) => n.id),
			);
			index.setFile(uri, notes);
		};
		const vacuumBoth = async () => {
			await reference.vacuum();
			const chunks = index.toChunks(async () => undefined); // vacuums before the first chunk
			while (!(await chunks.next()).done) {
				// drained: only the vacuum matters here
			}
		};
		files.forEach((file) => put(file, parseFile(file, CORPUS)));
		// Replace a few files with other files' notes (new ids), vacuum, and add more after.
		for (const [i, file] of files.slice(0, 30).entries()) {
			put(
				file,
				parseFile(files[(i + 40) % files.length], CORPUS).map((n) => ({ ...n, id: `${n.id}#v2` })),
			);
		}
		await vacuumBoth();
		for (const file of listMarkdown(CORPUS).slice(80, 120)) {
			put(file, parseFile(file, CORPUS));
		}
		await vacuumBoth();
		const sorted = (json: unknown) => {
			const j = JSON.parse(JSON.stringify(json)) as { index: [string, unknown][] };
			j.index.sort((a, b) => (a[0] < b[0] ? -1 : 1));
			return j;
		};
		assert.deepStrictEqual(sorted(index.toJSON().index), sorted(reference.toJSON()));
	});
});
