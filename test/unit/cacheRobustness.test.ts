// The persisted index is derived data read at every start: a cut-short, corrupted or foreign
// file must be recognised and give way to a rebuild, never be half-loaded or throw.
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import { bytesToLines, CACHE_LAYOUT, decodeCache, encodeCache, linesToBytes, type CacheHeader } from '../../src/core/search/indexCache';
import { IndexedNotes, syncIndex } from '../../src/core/sync/indexSync';
import { parseNotesFile } from '../../src/core/parse/noteFile';
import { Pacer } from '../../src/core/sync/pacer';

const HEADER: CacheHeader = { layout: CACHE_LAYOUT, extensionVersion: '1.2.3', fingerprint: 'abc' };

async function cacheBytes(): Promise<{ bytes: Uint8Array; state: IndexedNotes }> {
	const files = new Map([
		['file:///n/journal.md', '## 2024-03-01\n- zigzag\n  - `quuxify --frobnicate` rewrites things\n- 한국어 노트\n  - 설명\n'],
		['file:///n/a.md', '---\ntitle: Wibble\nkeywords: [wibblectl]\n---\nbody "quoted" \\ back\n'],
		['file:///n/b.md', '# B\nplinthwork\n'],
	]);
	const state = new IndexedNotes();
	await syncIndex(
		state,
		[...files].map(([uri, text]) => ({ uri, stamp: { size: text.length, mtime: 1 } })),
		async (uri) => parseNotesFile(files.get(uri)!, { uri, fileName: uri.split('/').pop()!, folderName: '' }),
	);
	return { bytes: await linesToBytes(encodeCache(state, HEADER, new Pacer()), new Pacer()), state };
}

const decode = (bytes: Uint8Array, header = HEADER) => decodeCache(bytesToLines(bytes), header, new Pacer());

suite('index cache: corrupt, cut short or foreign', () => {
	test('cut short at any byte: discarded, never half-loaded', async () => {
		const { bytes } = await cacheBytes();
		const endLine = bytes.lastIndexOf(10, bytes.length - 2) + 1; // where `{"end":n}` starts
		for (let cut = 0; cut < bytes.length - 1; cut++) {
			const decoded = await decode(bytes.subarray(0, cut));
			assert.ok('problem' in decoded || cut >= bytes.length - 1, `cut at ${cut} of ${bytes.length} (end line at ${endLine}) was loaded`);
		}
		assert.ok('state' in (await decode(bytes)));
	});

	test('corrupted bytes: decoding never throws, and what it accepts is consistent', async () => {
		const { bytes } = await cacheBytes();
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
				const copy = Uint8Array.from(bytes);
				for (const [at, value] of flips) {
					copy[at % copy.length] = value;
				}
				const decoded = await decode(copy);
				if ('state' in decoded) {
					assert.deepStrictEqual([...decoded.state.manifest.keys()].sort(), decoded.state.index.files().sort());
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('lines dropped, repeated or swapped: discarded', async () => {
		const { bytes } = await cacheBytes();
		const lines = [...bytesToLines(bytes)].filter(Boolean);
		assert.ok(lines.length >= 4);
		const variants = [
			lines.filter((_, i) => i !== 1), // a manifest piece gone
			lines.filter((_, i) => i !== 2), // an index piece gone
			[...lines.slice(0, 2), lines[1], ...lines.slice(2)], // a piece twice
			[...lines, lines[1]], // data after the end
			[lines[1], lines[0], ...lines.slice(2)], // header not first
		];
		for (const [i, variant] of variants.entries()) {
			const decoded = await decodeCache(variant, HEADER, new Pacer());
			assert.ok('problem' in decoded, `variant ${i} was loaded`);
		}
	});

	test('written by another layout, version or build: discarded with a reason naming it', async () => {
		const { bytes } = await cacheBytes();
		const problem = async (header: CacheHeader) => {
			const decoded = await decode(bytes, header);
			return 'problem' in decoded ? decoded.problem : '';
		};
		assert.match(await problem({ ...HEADER, layout: CACHE_LAYOUT + 1 }), /layout/);
		assert.match(await problem({ ...HEADER, extensionVersion: '9.9.9' }), /version 1\.2\.3/);
		assert.match(await problem({ ...HEADER, fingerprint: 'other' }), /other parsing/);
		assert.match(await decode(new TextEncoder().encode('not json at all\n')).then((d) => ('problem' in d ? d.problem : '')), /JSON|Unexpected/);
		assert.ok('problem' in (await decode(Uint8Array.from([0xff, 0xfe, 0x00, 0x0a]))), 'bytes that are not UTF-8');
	});
});
