import * as assert from 'node:assert';
import { DocFrequencies, FieldPostings } from '../../src/core/search/engine/compactPostings';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { IndexedNotes } from '../../src/core/sync/indexSync';
import { prng } from '../../bench/corpora';
import { CORPUS, listMarkdown, parseFile } from '../support/nodeNotes';

const files = listMarkdown(CORPUS).slice(0, 120);

function corpusIndex(): NoteIndex {
	const index = new NoteIndex();
	for (const file of files) {
		index.setFile(file, parseFile(file, CORPUS));
	}
	return index;
}

/** Search results to compare: ids, scores and matched terms, for queries of every kind. */
function results(index: NoteIndex) {
	const queries = ['git', 'com', 'rebase interactive', 'serch', 'topic:vim buffer', 'react hoo'];
	return queries.map((q) => index.search(q, { limit: 20 }).map((h) => [h.note.id, h.score, h.terms]));
}

suite('compact postings', () => {
	test('the cache form of postings (document gaps) reads back to the same entries, and a bad one is refused', () => {
		const map = new Map<number, number>([
			[40, 3],
			[2, 1],
			[17, 2_000_000],
		]);
		const saved = DocFrequencies.gapsOf(map);
		assert.deepStrictEqual(saved, [2, 1, 15, 2_000_000, 23, 3], 'ascending, as gaps');
		assert.deepStrictEqual([...DocFrequencies.fromGaps(saved).entries()], [...new DocFrequencies(map).entries()]);
		const fields = FieldPostings.fromSaved(FieldPostings.saved([[4, new DocFrequencies(map)]]).saved);
		assert.deepStrictEqual([...fields.get(4)!.entries()], [...new DocFrequencies(map).entries()]);
		for (const bad of [[1], [1, 0], [3, 1, 0, 2], [1.5, 1], ['1', 1], {}, null]) {
			assert.throws(() => DocFrequencies.fromGaps(bad as number[]), /postings/, JSON.stringify(bad));
		}
		assert.throws(() => FieldPostings.fromSaved([99, [1, 1]]), /field/);
		assert.throws(() => FieldPostings.fromSaved([{ 1: 1 }] as never), /postings/);
	});

	test('DocFrequencies answers like a Map through random sets, deletes and lookups', () => {
		const random = prng(5);
		const map = new Map<number, number>([
			[3, 1],
			[10, 2],
			[7, 5],
		]);
		const compact = new DocFrequencies(map);
		for (let step = 0; step < 2000; step++) {
			const doc = Math.floor(random() * 60);
			const op = random();
			if (op < 0.4) {
				const tf = 1 + Math.floor(random() * 1000);
				map.set(doc, tf);
				compact.set(doc, tf);
			} else if (op < 0.6) {
				assert.strictEqual(compact.delete(doc), map.delete(doc));
			} else {
				assert.strictEqual(compact.get(doc), map.get(doc));
				assert.strictEqual(compact.has(doc), map.has(doc));
			}
			assert.strictEqual(compact.size, map.size);
		}
		const sorted = [...map].sort((a, b) => a[0] - b[0]);
		assert.deepStrictEqual([...compact], sorted);
		const seen: [number, number][] = [];
		compact.forEach((tf, doc) => seen.push([doc, tf]));
		assert.deepStrictEqual(seen, sorted);
		assert.deepStrictEqual(Object.fromEntries(compact), Object.fromEntries(sorted));
	});

	test('deleting while iterating visits every entry, as with a Map (MiniSearch vacuum does it)', () => {
		const all = Array.from({ length: 100 }, (_, i): [number, number] => [i * 3, 1 + (i % 7)]);
		const compact = new DocFrequencies(all);
		const visited: [number, number][] = [];
		for (const [doc, tf] of compact) {
			visited.push([doc, tf]);
			if (doc % 2 === 0 || doc > 150) {
				compact.delete(doc); // past half the entries, the marks are dropped mid-iteration
			}
		}
		assert.deepStrictEqual(visited, all);
		const kept = all.filter(([doc]) => doc % 2 === 1 && doc <= 150);
		assert.strictEqual(compact.size, kept.length);
		assert.deepStrictEqual([...compact], kept);
		compact.set(6, 2); // a deleted entry comes back
		assert.strictEqual(compact.get(6), 2);
		assert.ok(compact.trim());
		assert.deepStrictEqual([...compact].length, kept.length + 1);
	});

	test('appends (indexing order) then trim: same entries, and a second trim has nothing to do', () => {
		const compact = DocFrequencies.of(2, 1);
		for (const doc of [5, 9, 14]) {
			compact.set(doc, doc);
		}
		compact.set(7, 3); // out of order still lands in place
		const before = [...compact];
		assert.deepStrictEqual(before, [
			[2, 1],
			[5, 5],
			[7, 3],
			[9, 9],
			[14, 14],
		]);
		assert.ok(compact.trim());
		assert.ok(!compact.trim());
		assert.deepStrictEqual([...compact], before);
		const fields = new FieldPostings([]);
		fields.set(4, compact);
		assert.ok(fields.trim());
		assert.ok(!fields.trim());
		assert.deepStrictEqual([...fields.keys()], [4]);
	});

	test('FieldPostings keeps fields by id and counts only present ones', () => {
		const fields = new FieldPostings([
			[4, new Map([[1, 1]])],
			[0, new Map([[2, 3]])],
		]);
		assert.strictEqual(fields.size, 2);
		assert.deepStrictEqual([...fields.keys()], [0, 4]);
		fields.delete(4);
		assert.strictEqual(fields.size, 1);
		assert.ok(!fields.has(4));
	});

	test('a settled (compacted) index serializes, searches and updates exactly like one that is not', async () => {
		const plain = corpusIndex();
		const compact = corpusIndex();
		assert.ok(compact.compact(Infinity));
		assert.deepStrictEqual(compact.toJSON(), plain.toJSON());
		assert.deepStrictEqual(results(compact), results(plain));

		// Changes after compaction: a file replaced, one removed, one added back.
		for (const index of [plain, compact]) {
			index.setFile(files[0], parseFile(files[1], CORPUS));
			index.removeFile(files[2]);
			index.setFile(files[2], parseFile(files[2], CORPUS));
			index.removeFile(files[3]);
		}
		assert.deepStrictEqual(results(compact), results(plain));
		assert.ok(compact.compact(Infinity));
		assert.deepStrictEqual(results(compact), results(plain));
		// Serializing in chunks first vacuums the removed notes out of the postings.
		const chunks = async (index: NoteIndex) => {
			const all = [];
			for await (const chunk of index.toChunks(async () => undefined)) {
				all.push(chunk);
			}
			return all;
		};
		assert.deepStrictEqual(await chunks(compact), await chunks(plain));
		assert.deepStrictEqual(results(compact), results(plain));
	});
});

suite('index from chunks', () => {
	test('a rebuilt index is the same index: serialized form, search results, and later edits', async () => {
		const original = corpusIndex();
		original.removeFile(files[5]); // leaves a discarded document for the chunks to vacuum
		const chunks = [];
		for await (const chunk of original.toChunks(async () => undefined, 50)) {
			chunks.push(JSON.parse(JSON.stringify(chunk)));
		}
		const rebuilt = await NoteIndex.fromChunks(chunks, async () => undefined);
		// The term tree's order follows insertion order, so terms are compared sorted.
		const normalized = (index: NoteIndex) => {
			const json = JSON.parse(JSON.stringify(index.toJSON())) as { index: { index: [string, unknown][] } };
			json.index.index.sort((a, b) => (a[0] < b[0] ? -1 : 1));
			return json;
		};
		assert.deepStrictEqual(normalized(rebuilt), normalized(original));
		assert.deepStrictEqual(results(rebuilt), results(original));
		for (const index of [original, rebuilt]) {
			index.setFile(files[0], parseFile(files[1], CORPUS));
			index.removeFile(files[2]);
		}
		assert.deepStrictEqual(results(rebuilt), results(original));
		const keywordsOf = (index: NoteIndex) => new IndexedNotes(index).keywords.all;
		assert.deepStrictEqual(keywordsOf(rebuilt).lookup('git').length, keywordsOf(original).lookup('git').length);
	});
});
