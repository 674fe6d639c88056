import * as assert from 'node:assert';
import { bytesToLines, CACHE_LAYOUT, decodeCache, encodeCache, linesToBytes, type CacheHeader } from '../../src/core/search/indexCache';
import { IndexedNotes, planSync, syncIndex, type FoundFile } from '../../src/core/sync/indexSync';
import { NoteIndex, type IndexChunk } from '../../src/core/search/noteIndex';
import { parseNotesFile } from '../../src/core/parse/noteFile';
import { Pacer } from '../../src/core/sync/pacer';

/** A folder in memory: text and mtime per URI, and a loader that counts what it parses. */
class FakeDisk {
	readonly files = new Map<string, { text: string; mtime: number }>();
	parsed: string[] = [];

	write(name: string, text: string, mtime = 1000): void {
		this.files.set(`file:///notes/${name}`, { text, mtime });
	}

	found(): FoundFile[] {
		return [...this.files].map(([uri, f]) => ({ uri, stamp: { size: Buffer.byteLength(f.text), mtime: f.mtime } }));
	}

	load = async (uri: string) => {
		const file = this.files.get(uri);
		if (!file) {
			return undefined;
		}
		this.parsed.push(uri.slice('file:///notes/'.length));
		return parseNotesFile(file.text, { uri, fileName: uri.split('/').pop()!, folderName: '' });
	};
}

const HEADER: CacheHeader = { layout: CACHE_LAYOUT, extensionVersion: '1.2.3', fingerprint: 'abc' };

async function roundTrip(state: IndexedNotes, header = HEADER): Promise<string[]> {
	const lines: string[] = [];
	for await (const line of encodeCache(state, header, new Pacer())) {
		lines.push(line);
	}
	return lines;
}

function diskWithThreeNotes(): FakeDisk {
	const disk = new FakeDisk();
	disk.write('journal.md', '## 2024-03-01\n- zigzag\n  - `quuxify --frobnicate` rewrites things\n');
	disk.write('wibble.md', '---\ntitle: Wibble Setup\nkeywords: [wibblectl]\n---\nbody\n');
	disk.write('gone.md', '# Soon deleted\nflibbertigibbet\n');
	return disk;
}

suite('index sync and cache', () => {
	test('a warm start re-parses only new and changed files and drops deleted ones', async () => {
		const disk = diskWithThreeNotes();
		const cold = new IndexedNotes();
		await syncIndex(cold, disk.found(), disk.load);
		assert.deepStrictEqual(disk.parsed.sort(), ['gone.md', 'journal.md', 'wibble.md']);

		const decoded = await decodeCache(await roundTrip(cold), HEADER, new Pacer());
		assert.ok('state' in decoded, 'problem' in decoded ? decoded.problem : '');
		const warm = decoded.state;
		assert.strictEqual(warm.index.search('quuxify')[0]?.note.title, 'zigzag');

		disk.parsed = [];
		disk.write('wibble.md', '---\ntitle: Wibble Teardown\n---\nbody\n', 2000); // changed
		disk.write('new.md', '# Brand new\nsnorkelwax\n'); // added
		disk.files.delete('file:///notes/gone.md'); // deleted
		const result = await syncIndex(warm, disk.found(), disk.load);

		assert.deepStrictEqual(disk.parsed.sort(), ['new.md', 'wibble.md']);
		assert.deepStrictEqual({ ...result }, { parsed: 2, dropped: 1, unchanged: 1, failed: 0, cancelled: false });
		assert.deepStrictEqual(
			warm.index
				.notes()
				.map((n) => n.title)
				.sort(),
			['Brand new', 'Wibble Teardown', 'zigzag'],
		);
		assert.strictEqual(warm.index.search('flibbertigibbet').length, 0);
		assert.strictEqual(warm.index.search('snorkelwax')[0]?.note.title, 'Brand new');
		assert.strictEqual(warm.index.search('wibble')[0]?.note.title, 'Wibble Teardown');
		assert.deepStrictEqual([...warm.manifest.keys()].sort(), [...disk.files.keys()].sort());
	});

	test('a sync limited to a scope drops only what is in it', () => {
		const manifest = new Map([
			['file:///n/a.md', { size: 1, mtime: 1 }],
			['file:///n/sub/b.md', { size: 1, mtime: 1 }],
		]);
		const plan = planSync(manifest, [], (uri) => uri.startsWith('file:///n/sub/'));
		assert.deepStrictEqual(plan, { parse: [], drop: ['file:///n/sub/b.md'], unchanged: 0 });
	});

	test('an unreadable file is dropped from the index and retried next time', async () => {
		const disk = diskWithThreeNotes();
		const state = new IndexedNotes();
		await syncIndex(state, disk.found(), disk.load);
		const found = disk.found().map((f) => (f.uri.endsWith('gone.md') ? { ...f, stamp: { size: 1, mtime: 5 } } : f));
		const result = await syncIndex(state, found, async (uri) => (uri.endsWith('gone.md') ? undefined : disk.load(uri)));
		assert.strictEqual(result.failed, 1);
		assert.ok(!state.manifest.has('file:///notes/gone.md'));
		assert.strictEqual(state.index.search('flibbertigibbet').length, 0);
	});

	test('a cancelled sync leaves a manifest that matches the index', async () => {
		const disk = diskWithThreeNotes();
		const state = new IndexedNotes();
		let calls = 0;
		const result = await syncIndex(state, disk.found(), disk.load, { isCancelled: () => ++calls > 1, readAhead: 1 });
		assert.ok(result.cancelled);
		assert.deepStrictEqual([...state.manifest.keys()], state.index.files());
		assert.strictEqual(state.manifest.size, 1);
	});

	test('a cache from another version, other code, or cut short is discarded with a reason', async () => {
		const disk = diskWithThreeNotes();
		const state = new IndexedNotes();
		await syncIndex(state, disk.found(), disk.load);
		const lines = await roundTrip(state);
		const problem = async (input: Iterable<string>, header = HEADER) => {
			const decoded = await decodeCache(input, header, new Pacer());
			return 'problem' in decoded ? decoded.problem : undefined;
		};
		assert.match((await problem(lines, { ...HEADER, extensionVersion: '1.2.4' }))!, /version 1\.2\.3/);
		assert.match((await problem(lines, { ...HEADER, fingerprint: 'other' }))!, /other parsing/);
		assert.match((await problem(lines.slice(0, -2)))!, /cut short/);
		assert.ok(await problem(['{"header":', ...lines.slice(1)]));
		assert.ok(await problem([]));
		assert.strictEqual(await problem(lines), undefined);
	});

	test('the cache survives the trip through bytes, CRLF-free and line by line', async () => {
		const disk = diskWithThreeNotes();
		disk.write('multi.md', '# Line\nbreaks\r\nand "quotes" and \u2028 separators and 한국어\n');
		const state = new IndexedNotes();
		await syncIndex(state, disk.found(), disk.load);
		async function* lines() {
			yield* await roundTrip(state);
		}
		const bytes = await linesToBytes(lines(), new Pacer());
		const decoded = await decodeCache(bytesToLines(bytes), HEADER, new Pacer());
		assert.ok('state' in decoded);
		// JSON drops `date: undefined`, which reads the same.
		assert.deepStrictEqual(decoded.state.index.notes(), JSON.parse(JSON.stringify(state.index.notes())));
		assert.strictEqual(decoded.state.index.search('한국어')[0]?.note.title, 'Line');
	});

	test('index chunks add up to exactly what MiniSearch serializes, after edits', async () => {
		const disk = diskWithThreeNotes();
		const index = new NoteIndex();
		for (const file of disk.found()) {
			index.setFile(file.uri, (await disk.load(file.uri))!.notes);
		}
		index.removeFile('file:///notes/gone.md'); // leaves dirt for the vacuum
		const chunks: IndexChunk[] = [];
		for await (const chunk of index.toChunks(async () => {}, 2)) {
			chunks.push(chunk);
		}
		const rebuilt = await NoteIndex.fromChunks(chunks, async () => {});
		// The term tree iterates in insertion order, so compare terms as a sorted list.
		const plain = (i: NoteIndex) => {
			const json = JSON.parse(JSON.stringify(i.toJSON()));
			json.index.index.sort((a: [string], b: [string]) => (a[0] < b[0] ? -1 : 1));
			return json;
		};
		assert.deepStrictEqual(plain(rebuilt), plain(index));
		assert.deepStrictEqual(
			new IndexedNotes(rebuilt).keywords.all.lookup('wibblectl').map((m) => m.noteId),
			new IndexedNotes(index).keywords.all.lookup('wibblectl').map((m) => m.noteId),
		);
	});
});
