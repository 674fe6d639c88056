// Each bad input the extension may meet in a notes folder, read the way the extension reads it
// (bytes in, notes out): what it gets, and the reason it gives the log when it gets less.
import * as assert from 'node:assert';
import type { Note } from '../../src/core/note';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { IndexedNotes } from '../../src/core/sync/indexSync';
import { readNotesFile } from '../../src/core/parse/noteFile';
import { excerptAt } from '../../src/core/hover/excerpt';
import { renderHover } from '../../src/core/hover/hoverText';
import { notePreview } from '../../src/core/tree/notePreview';
import { bodySnippet } from '../../src/core/search/snippet';
import { subTopicsOf } from '../../src/core/tree/subTopics';
import { bigJournal, deepNesting, encodeEucKr, pngBytes } from '../support/badNotes';

const file = (fileName: string) => ({ uri: `file:///n/bad/${fileName}`, fileName, folderName: 'bad' });
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (bytes: Uint8Array, name = 'x.md', maxBytes?: number) => readNotesFile(bytes, file(name), { maxBytes });
const indexOf = (notes: readonly Note[]) => {
	const index = new NoteIndex();
	index.setFile('file:///n/bad/x.md', notes);
	return index;
};
/** The titles a search for `query` finds among `notes`, indexed on their own. */
const titlesFound = (notes: readonly Note[], query: string) =>
	indexOf(notes)
		.search(query)
		.map((h) => h.note.title);

suite('bad inputs: what a bad file gets', () => {
	test('malformed YAML front matter: reported with the reason, the note indexed from its body', () => {
		const result = read(utf8('---\ntitle: [unclosed\ntags: {a: \n---\n# Body Title\nfound by quokkaphrase\n'));
		assert.match(result.problems[0].message, /front matter is not valid YAML/);
		assert.strictEqual(result.notes[0].title, 'Body Title');
		assert.deepStrictEqual(titlesFound(result.notes, 'quokkaphrase'), ['Body Title']);
	});

	test('front matter that is never closed: reported, the whole file is the body', () => {
		const result = read(utf8('---\ntitle: x\n# Heading\nwombatword\n'));
		assert.match(result.problems[0].message, /never closed/);
		assert.strictEqual(result.notes[0].title, 'Heading');
	});

	test('a binary file with a .md name: not indexed, and said why', () => {
		const result = read(pngBytes(), 'image.md');
		assert.deepStrictEqual(result.notes, []);
		assert.match(result.unreadable!, /binary/);
	});

	test('a file over the size limit: not decoded or parsed, and said why with the setting to change', () => {
		// Bytes that throw when read: the limit must be applied from the length alone.
		const bytes = new Proxy(new Uint8Array(20 * 1024 * 1024), {
			get: (target, key) => (key === 'length' ? target.length : assert.fail(`the bytes were read (${String(key)})`)),
		});
		const result = read(bytes, 'dump.md', 5120 * 1024);
		assert.deepStrictEqual(result.notes, []);
		assert.strictEqual(result.unreadable, '20.0 MB, larger than the 5120 KB limit (setting tilNotes.maxFileSizeKB)');
	});

	test('EUC-KR text: decoded, found by its Korean words, and the guess is said', () => {
		const text = '## 2019-03-04\n- 도커(docker)\n  - 컨테이너 이미지를 빌드한다\n';
		const bytes = encodeEucKr(text);
		assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is not UTF-8');
		const result = read(bytes);
		assert.match(result.warning!, /EUC-KR/);
		assert.deepStrictEqual(
			result.notes.map((n) => n.title),
			['도커(docker)'],
		);
		assert.ok(result.notes[0].body.includes('컨테이너 이미지를 빌드한다'));
		assert.deepStrictEqual(titlesFound(result.notes, '컨테이너'), ['도커(docker)']);
	});

	test('CP949 text with syllables beyond EUC-KR: decoded whole where the runtime can, else left out with a reason; never garbled', () => {
		const bytes = encodeEucKr('# 똠방각하\n펲 뷁 같은 글자도 있다\n');
		assert.deepStrictEqual([...bytes.subarray(2, 4)], [0x8c, 0x63], '똠 is 0x8C63 in CP949');
		const result = read(bytes);
		if (result.notes.length > 0) {
			assert.strictEqual(result.notes[0].title, '똠방각하');
			assert.strictEqual(result.notes[0].body, '펲 뷁 같은 글자도 있다');
		} else {
			assert.match(result.unreadable!, /convert it to UTF-8/);
		}
	});

	test('invalid UTF-8 sequences in UTF-8 text: the text kept, the bad bytes replaced and counted', () => {
		const good = utf8('# 한글 제목\n인코딩 설명 ');
		const bytes = Uint8Array.from([...good, 0xed, 0x95, 0x0a, 0xff, ...utf8('끝\n')]); // a cut-off syllable, a stray byte
		const result = read(bytes);
		assert.strictEqual(result.warning, '2 invalid UTF-8 sequences replaced by U+FFFD');
		assert.strictEqual(result.notes[0].title, '한글 제목');
		assert.ok(!/[ÃÂí]/.test(result.notes[0].body), `no mojibake: ${result.notes[0].body}`);
	});

	test('Windows-1252 text: read as such, with a warning', () => {
		const result = read(Uint8Array.from([...utf8('# Caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me\n')]));
		assert.strictEqual(result.notes[0].title, 'Café crème');
		assert.match(result.warning!, /Windows-1252/);
	});

	test('double-byte text in an encoding we cannot tell (Shift-JIS): left out with a reason, never mojibake', () => {
		// 「日本語のメモ」 in Shift-JIS
		const result = read(Uint8Array.from([0x23, 0x20, 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x81, 0x83, 0x82, 0x0a]));
		assert.deepStrictEqual(result.notes, []);
		assert.match(result.unreadable!, /convert it to UTF-8/);
	});

	test('CRLF, lone CR and a BOM leave no trace in titles, topics or bodies; lines stay those of the file', () => {
		for (const [name, bytes] of [
			['CRLF + BOM', utf8('\ufeff---\r\ntopic: crtopic\r\n---\r\n# CR Title\r\nbody\r\n')],
			['lone CR', utf8('---\rtopic: crtopic\r---\r# CR Title\rbody\r')],
			['UTF-16LE + BOM', Uint8Array.from([0xff, 0xfe, ...[...'---\r\ntopic: crtopic\r\n---\r\n# CR Title\r\nbody\r\n'].flatMap((c) => [c.charCodeAt(0), 0])])],
		] as const) {
			const { notes, problems } = read(bytes);
			assert.deepStrictEqual(problems, [], name);
			assert.deepStrictEqual([notes[0].title, notes[0].topic, notes[0].line, notes[0].body], ['CR Title', 'crtopic', 3, 'body'], name);
		}
		const journal = read(utf8('\ufeff## 2020-01-02\r\n- crlf topic\r\n  - sub\r\n- lone\r- cr\r')).notes;
		assert.deepStrictEqual(
			journal.map((n) => [n.title, n.line, n.endLine]),
			[
				['crlf topic', 1, 2],
				['lone', 3, 3],
				['cr', 4, 4],
			],
		);
		assert.ok(journal.every((n) => !/[\r\ufeff]/.test(n.title + n.body)));
	});

	// How long it takes is the bench's to say (npm run bench), not a test's.
	test('a 50,000-line journal: every note read and indexed', () => {
		const text = bigJournal(50_000);
		const { notes } = read(utf8(text), 'big.md');
		const index = indexOf(notes);
		assert.strictEqual(notes.length, text.split('\n').filter((l) => l.startsWith('- ')).length);
		assert.ok(notes.length > 8000, `${notes.length} notes`);
		assert.deepStrictEqual(
			index
				.search('topic1234x3')
				.map((h) => h.note.title)
				.slice(0, 1),
			['topic1234x3(note 3 of day 1234)'],
		);
	});

	test('1,000-deep nesting of bullets, quotes and brackets: one note, and every surface copes', () => {
		const { notes } = read(utf8(deepNesting(1000)));
		assert.deepStrictEqual(
			notes.map((n) => [n.title, n.line, n.endLine]),
			[['deepnest', 1, 1003]],
		);
		const [note] = notes;
		const index = indexOf(notes);
		new IndexedNotes(index).keywords.flush(Infinity);
		assert.strictEqual(index.search('deepquote')[0]?.note.title, 'deepnest');
		assert.ok(notePreview(note).split('\n').length < 20);
		assert.ok(bodySnippet(note, ['deepword']).length <= 121);
		assert.strictEqual(subTopicsOf(note).length, 1);
		const excerpt = excerptAt(note, 700);
		renderHover('deepword', [{ note, line: 700 }], { open: () => 'command:a', search: () => 'command:b' }, { open: 'o', search: 's' });
		assert.ok(excerpt.text.split('\n').length <= 12);
	});
});
