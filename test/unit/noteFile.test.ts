import * as assert from 'node:assert';
import { parseNotesFile } from '../../src/core/parse/noteFile';
import { decodeText } from '../../src/core/parse/text';

const file = (fileName: string, folderName = 'postgres') => ({ uri: `file:///n/${folderName}/${fileName}`, fileName, folderName });

suite('one-note-per-file parser', () => {
	test('title from the first # heading, topic from the folder, body after the title', () => {
		const { notes } = parseNotesFile('# Get The Size Of A Table\n\nUse `pg_relation_size`.\n', file('get-size.md'));
		assert.strictEqual(notes.length, 1);
		assert.deepStrictEqual(
			[notes[0].title, notes[0].topic, notes[0].line, notes[0].body],
			['Get The Size Of A Table', 'postgres', 0, 'Use `pg_relation_size`.'],
		);
	});

	test('front matter wins: title, topic, date, keywords and aliases, tags', () => {
		const text =
			'---\ntitle: Citext\ntopic: databases\ndate: 2021-03-04\nkeywords: [citext, email]\naliases: case-insensitive text\ntags: [pg]\n---\n# Heading\nbody\n';
		const [note] = parseNotesFile(text, file('x.md')).notes;
		assert.deepStrictEqual(
			[note.title, note.topic, note.date, note.keywords, note.tags],
			['Citext', 'databases', '2021-03-04', ['citext', 'email', 'case-insensitive text'], ['pg']],
		);
	});

	test('without a heading the title comes from the file name, the date from its prefix', () => {
		const [note] = parseNotesFile('just text\n', file('2021-05-06-rename-a-column.md', '')).notes;
		assert.deepStrictEqual([note.title, note.date, note.topic], ['Rename a column', '2021-05-06', '']);
	});

	test('a file with day headings is a journal, whatever its name', () => {
		const { notes } = parseNotesFile('# My notes\n\n## 2020-01-02\n- git\n  - rebase\n- vim\n', file('README.md'));
		assert.deepStrictEqual(
			notes.map((n) => [n.title, n.date]),
			[
				['git', '2020-01-02'],
				['vim', '2020-01-02'],
			],
		);
	});

	test('a day heading inside a code block does not make a journal', () => {
		const { notes } = parseNotesFile('# Dates\n```\n## 2020-01-02\n- x\n```\n', file('dates.md'));
		assert.deepStrictEqual(
			notes.map((n) => n.title),
			['Dates'],
		);
	});

	test('bad front matter is a problem, not a lost note', () => {
		const { notes, problems } = parseNotesFile('---\ntitle: [oops\n---\n# Still Here\n', file('bad.md'));
		assert.strictEqual(notes[0].title, 'Still Here');
		assert.match(problems[0].message, /YAML/);
	});

	test('a table of contents linking many notes is skipped with a reason', () => {
		const links = Array.from({ length: 30 }, (_, i) => `- [Note ${i}](git/note-${i}.md)`).join('\n');
		const result = parseNotesFile(`# TIL\n\n${links}\n`, file('README.md', ''));
		assert.strictEqual(result.notes.length, 0);
		assert.ok(result.skipped);
	});

	test('bytes that are not UTF-8 are still read, with a warning', () => {
		const decoded = decodeText(Uint8Array.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9]));
		assert.strictEqual(decoded.text, '# Café');
		assert.ok(decoded.warning);
	});
});

suite('front matter safety', () => {
	test('a ---js front matter block is never evaluated (gray-matter would run it as JavaScript)', () => {
		const g = globalThis as { tilNotesPwned?: boolean };
		const text = '---js\n{ title: (globalThis.tilNotesPwned = true, "x") }\n---\n# Plain Title\n';
		const { notes } = parseNotesFile(text, file('js.md'));
		assert.strictEqual(g.tilNotesPwned, undefined);
		assert.strictEqual(notes[0].title, 'Plain Title');
	});
});
