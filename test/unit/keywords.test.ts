import * as assert from 'node:assert';
import { candidatesAt, KeywordDictionary } from '../../src/core/hover/keywords';
import type { Note } from '../../src/core/note';
import { BUNDLED_NOTES, indexFolder } from '../support/nodeNotes';

const { index } = indexFolder(BUNDLED_NOTES);
const dictionary = new KeywordDictionary({ documentFrequency: (t) => index.documentFrequency(t) });
for (const note of index.notes()) {
	dictionary.addNote(note);
}
/** "date topic" of the best note for a word at the middle of its first occurrence in `line`. */
function hoverAt(line: string, word: string): string | undefined {
	const m = dictionary.lookupAt(line, line.indexOf(word) + Math.floor(word.length / 2));
	const note = m && index.get(m.mentions[0].noteId);
	return note && `${note.date} ${note.topic}`;
}

suite('keyword dictionary on the seed', () => {
	test('command names and identifiers in fenced code are keywords', () => {
		assert.strictEqual(hoverAt('sudo sysctl -p', 'sysctl'), '2020-01-02 linux');
		assert.strictEqual(hoverAt('x = fs.inotify.max_user_watches', 'inotify'), '2020-01-02 linux');
		assert.strictEqual(hoverAt('var_dump($x);', 'var_dump'), '2020-01-29 php');
	});

	test('inline code spans are keywords, whole and with their sigils', () => {
		assert.strictEqual(hoverAt("{ waitUntil: 'networkidle0' }", 'networkidle0'), '2020-01-10 puppeteer');
		assert.strictEqual(hoverAt('aws s3 cp x s3://b --acl public-read', '--acl'), '2020-01-10 aws-cli');
		assert.strictEqual(hoverAt('aws s3 cp x s3://b --acl public-read', 'public-read'), '2020-01-10 aws-cli');
		assert.strictEqual(hoverAt('echo __DIR__;', '__DIR__'), '2020-01-28 php');
		assert.strictEqual(hoverAt('Value: !Join [a, b]', 'Join'), '2020-01-10 cloud formation');
		assert.strictEqual(hoverAt('Fn::Join: [a, b]', 'Join'), '2020-01-10 cloud formation');
	});

	test('sub-bullet heads that name a tool are keywords', () => {
		assert.strictEqual(hoverAt("use: 'ts-loader'", 'ts-loader'), '2020-01-10 typescript');
		assert.strictEqual(hoverAt("require('webpack-node-externals')", 'webpack-node-externals'), '2020-01-10 webpack');
	});

	test('a one-word head being defined is a keyword; a plain one-word heading is not', () => {
		assert.strictEqual(hoverAt('image: kibana:8.1', 'kibana'), '2020-01-31 elastic');
		assert.strictEqual(hoverAt('read STDIN here', 'STDIN'), '2020-01-15 linux');
		assert.strictEqual(hoverAt('const options = {}', 'options'), undefined);
	});

	test('a note whose topic is the word comes before notes that only mention it', () => {
		assert.strictEqual(hoverAt('pipeline: logstash', 'logstash')?.endsWith('logstash'), true);
	});

	test('front matter declares keywords without touching the journal', () => {
		assert.strictEqual(hoverAt("page.goto(url, { waitUntil: 'load' })", 'waitUntil'), '2020-01-10 puppeteer');
	});

	test('the longest candidate wins: race inside Promise.race(tasks) is Promise.race', () => {
		const m = dictionary.lookupAt('await Promise.race(tasks)', 'await Promise.race(tasks)'.indexOf('race') + 1);
		assert.strictEqual(m?.text, 'Promise.race');
	});

	test('noise: language keywords, everyday shell commands, builtins and plain English stay silent', () => {
		for (const [line, word] of [
			['const page = 1', 'const'],
			['async function f() {}', 'function'],
			['return x', 'return'],
			['async function f() {}', 'async'],
			['cat /etc/hosts', 'cat'],
			['echo done', 'echo'],
			['echo done', 'done'],
			['sudo ls', 'sudo'],
			['set -e', 'set'],
			['array(1, 2)', 'array'],
			['the text of it', 'text'],
			['Outputs:', 'Outputs'],
		]) {
			assert.strictEqual(hoverAt(line, word), undefined, word);
		}
	});

	test("the user's ignored words are silent too", () => {
		const d = new KeywordDictionary({ ignoredWords: ['SYSCTL'] });
		for (const note of index.notes()) {
			d.addNote(note);
		}
		assert.strictEqual(d.lookupAt('sudo sysctl -p', 7), undefined);
	});

	test('a word in more notes than the limit identifies none of them', () => {
		const d = new KeywordDictionary();
		const note = (i: number): Note => ({
			id: `n${i}`,
			uri: 'u',
			line: 0,
			endLine: 0,
			title: 't',
			topic: 't',
			keywords: [],
			tags: [],
			body: '`frobctl` and `n' + i + 'only`',
			bodyLine: 1,
		});
		for (let i = 0; i < 20; i++) {
			d.addNote(note(i));
		}
		assert.deepStrictEqual(d.lookup('frobctl'), []);
		assert.strictEqual(d.lookup('n3only').length, 1);
	});
});

suite('hover candidates', () => {
	test('longest first, at word boundaries, keeping sigils', () => {
		const texts = (line: string, at: number) => candidatesAt(line, at).map((c) => c.text);
		assert.deepStrictEqual(texts('git rev-parse --show-toplevel)', 17), ['--show-toplevel', 'show-toplevel']);
		assert.deepStrictEqual(texts('Fn::Join: x', 5), ['Fn::Join', 'Join']);
		assert.deepStrictEqual(texts('  !Join [a]', 4), ['!Join', 'Join']);
		assert.deepStrictEqual(texts('a  b', 2), []);
	});

	test('a hyphen joins one name; a member path offers its tail or the word, not a head that stops short', () => {
		const texts = (line: string, at: number) => candidatesAt(line, at).map((c) => c.text);
		assert.deepStrictEqual(texts('    persist-credentials: false', 16), ['persist-credentials']);
		assert.deepStrictEqual(texts('    runs-on: x', 5), ['runs-on']);
		assert.deepStrictEqual(texts('${{ github.event.pull_request.head }}', 12), ['github.event.pull_request.head', 'event.pull_request.head', 'event']);
		assert.deepStrictEqual(texts('x = a - b', 6), []);
		assert.deepStrictEqual(texts('foo- bar', 1), ['foo']);
	});
});
