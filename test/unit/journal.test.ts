import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_NOTE_FILES } from '../../src/core/sync/bundledNotes';
import { parseJournal, topicOf } from '../../src/core/journal/journal';
import { decodeText } from '../../src/core/parse/text';
import { SEED } from '../support/nodeNotes';

const seed = readFileSync(join(__dirname, '..', '..', 'notes', 'til-2020-01.md'), 'utf8');
const parse = (text: string) => parseJournal(text, 'file:///j.md');

suite('journal parser', () => {
	test('the seed journal yields its 31 notes with dates, topics and lines', () => {
		const { notes, problems } = parse(seed);
		assert.strictEqual(notes.length, 31);
		assert.deepStrictEqual(problems, []);
		const first = notes[0];
		assert.deepStrictEqual([first.title, first.topic, first.date, first.line], ['logstash', 'logstash', '2020-01-02', 7]);
		const days = new Set(notes.map((n) => n.date));
		assert.deepStrictEqual([...days], ['2020-01-02', '2020-01-10', '2020-01-13', '2020-01-15', '2020-01-28', '2020-01-29', '2020-01-31']);
		const count = (topic: string) => notes.filter((n) => n.topic === topic).length;
		assert.deepStrictEqual([count('linux'), count('php'), count('logstash')], [3, 4, 2]);
	});

	test("the topic is the title's leading name", () => {
		assert.strictEqual(topicOf('scp(Secure Copy)'), 'scp');
		assert.strictEqual(topicOf('WRS(Web Rendering Service): 구글이 사용하는'), 'WRS');
		assert.strictEqual(topicOf('puppeteer(google) vs. playwright(microsoft)'), 'puppeteer');
		assert.strictEqual(topicOf('elastic search'), 'elastic search');
		assert.strictEqual(topicOf('`Fn::Join`'), 'Fn::Join');
	});

	test('tab- and space-indented bodies, mixed in one note, stay with their note', () => {
		const { notes } = parse('## 02.01.2020\n\n- a\n\t- tab child\n\t\t  \t- mixed grandchild\n  - space child\n- b\n    - deep spaces\n');
		assert.deepStrictEqual(
			notes.map((n) => n.title),
			['a', 'b'],
		);
		assert.deepStrictEqual(notes[0].body.split('\n'), ['- tab child', '\t  \t- mixed grandchild', '- space child']);
		assert.strictEqual(notes[0].endLine, 5);
	});

	test('an oddly indented fence hides bullets and headings inside it', () => {
		const text = '## 13.01.2020\n- elk\n\t- config\n\t\t\t\t\t```yml\n- not: a note\n## 14.01.2020\n\t\t\t```\n- next\n';
		const { notes } = parse(text);
		assert.deepStrictEqual(
			notes.map((n) => [n.title, n.date, n.line, n.endLine]),
			[
				['elk', '2020-01-13', 1, 6],
				['next', '2020-01-13', 7, 7],
			],
		);
	});

	test("the seed's oddly indented yml fence is part of the elk docker note", () => {
		const elk = parse(seed).notes.find((n) => n.title === 'elk docker')!;
		assert.match(elk.body, /discovery\.zen\.ping\.unicast\.hosts/);
		assert.match(elk.body, /```\s*$/);
	});

	test('trailing tabs are trimmed from a title', () => {
		const { notes } = parse('## 29.01.2020\n- php\t\t\t\n\t- body\n');
		assert.strictEqual(notes[0].title, 'php');
		const seedPhp = parse(seed).notes.filter((n) => n.date === '2020-01-29' && n.title === 'php');
		assert.strictEqual(seedPhp.length, 3);
	});

	test('a topic bullet with no body is a note of one line', () => {
		const note = parse(seed).notes.find((n) => n.title.startsWith('puppeteer(google)'))!;
		assert.strictEqual(note.body, '');
		assert.strictEqual(note.endLine, note.line);
		assert.strictEqual(note.topic, 'puppeteer');
	});

	test('a file without a final newline keeps its last line', () => {
		assert.ok(!seed.endsWith('\n'));
		const last = parse(seed).notes.at(-1)!;
		assert.match(last.body, /앱을 보다 짧은 주기로 고객에게 제공하는 방법이다\.$/);
		assert.strictEqual(last.endLine, seed.split('\n').length - 1);
	});

	test('CRLF line ends and a BOM read the same as LF', () => {
		const crlf = decodeText(new TextEncoder().encode('\ufeff' + seed.replace(/\n/g, '\r\n'))).text;
		const a = parse(crlf).notes.map((n) => [n.title, n.date, n.line, n.endLine, n.body]);
		const b = parse(seed).notes.map((n) => [n.title, n.date, n.line, n.endLine, n.body]);
		assert.deepStrictEqual(a, b);
	});

	test('other day-heading forms are read', () => {
		for (const heading of ['## 2020-01-02', '## 2020.01.02', '# 02.01.2020', '### 2020/01/02', '## 02.01.2020 (Thu)']) {
			const { notes } = parse(`${heading}\n- topic\n`);
			assert.strictEqual(notes[0]?.date, '2020-01-02', heading);
		}
	});

	test('a heading that is not a valid date ends the day', () => {
		const { notes } = parse('## 02.01.2020\n- a\n## 31.02.2020\n- b\n## Links\n- c\n');
		assert.deepStrictEqual(
			notes.map((n) => n.title),
			['a'],
		);
	});

	test('front matter declares keywords for a note by day and topic, lines unchanged', () => {
		const text = '---\nkeywords:\n  10.01.2020 puppeteer: [waitUntil, page.goto]\n  2020-01-11 nothing: [x]\n---\n## 10.01.2020\n- puppeteer\n';
		const { notes, problems } = parse(text);
		assert.deepStrictEqual(notes[0].keywords, ['waitUntil', 'page.goto']);
		assert.strictEqual(notes[0].line, 6);
		assert.strictEqual(problems.length, 1);
		assert.match(problems[0].message, /2020-01-11 nothing/);
	});

	test('broken front matter is reported and the notes are still read', () => {
		const { notes, problems } = parse('---\nkeywords: [unclosed\n---\n## 02.01.2020\n- a\n');
		assert.strictEqual(notes.length, 1);
		assert.strictEqual(notes[0].line, 4);
		assert.match(problems[0].message, /YAML/);
	});

	test('duplicate topics on one day get distinct ids', () => {
		const { notes } = parse('## 02.01.2020\n- a\n- a\n');
		assert.notStrictEqual(notes[0].id, notes[1].id);
	});
});

suite('bundled notes', () => {
	test('notes/ is the seed journal, text unchanged, with only a front-matter block added', () => {
		const original = readFileSync(SEED, 'utf8');
		assert.ok(seed.startsWith('---\n'));
		assert.strictEqual(seed.slice(seed.indexOf('\n---\n') + 5), original);
	});

	test('BUNDLED_NOTE_FILES (how vscode.dev lists them) names exactly the files in notes/', () => {
		assert.deepStrictEqual([...BUNDLED_NOTE_FILES].sort(), readdirSync(join(__dirname, '..', '..', 'notes')).sort());
	});

	test('the puppeteer note of 10.01.2020 declares waitUntil for hovers', () => {
		const note = parse(seed).notes.find((n) => n.date === '2020-01-10' && n.topic === 'puppeteer')!;
		assert.ok(note.keywords.includes('waitUntil'));
	});
});
