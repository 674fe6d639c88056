import * as assert from 'node:assert';
import { parseQuery } from '../../src/core/search/query';
import { BUNDLED_NOTES, CORPUS, indexFolder } from '../support/nodeNotes';

suite('search', () => {
	const seed = indexFolder(BUNDLED_NOTES).index;
	const titles = (q: string, n = 3) => seed.search(q, { limit: n }).map((h) => `${h.note.date} ${h.note.title}`);

	test('a Korean word without its particle finds the word with it', () => {
		assert.deepStrictEqual(titles('인코딩', 1), ['2020-01-10 logstash']);
		assert.deepStrictEqual(titles('설정값', 1), ['2020-01-02 linux']);
		assert.deepStrictEqual(titles('파일을', 1).length, 1);
	});

	test('identifiers are found whole and by their parts', () => {
		for (const q of ['Fn::Join', 'fs.inotify.max_user_watches', 'max_user_watches', 'inotify', 'public-read', '__DIR__', 'networkidle0', 'Promise.race']) {
			assert.ok(seed.search(q).length > 0, q);
		}
		assert.deepStrictEqual(titles('Fn::Join', 1), ['2020-01-10 cloud formation']);
		assert.deepStrictEqual(titles('__DIR__', 1), ['2020-01-28 php']);
	});

	test('as you type: a prefix of the last word, and a typo', () => {
		assert.ok(titles('puppe').includes('2020-01-10 puppeteer'));
		assert.deepStrictEqual(titles('webpak', 1), ['2020-01-10 webpack']);
	});

	test('topic and date filters narrow the results', () => {
		const hits = seed.search('topic:linux');
		assert.strictEqual(hits.length, 3);
		assert.ok(seed.search('date:2020-01-28 php').every((h) => h.note.date === '2020-01-28'));
	});

	test('a quoted phrase must appear as written', () => {
		assert.ok(seed.search('"saturation point"').length === 1);
		assert.strictEqual(seed.search('"point saturation"').length, 0);
	});

	test('query syntax is read into words, phrases and filters', () => {
		const q = parseQuery('topic:php "strict mode" date:2020.01 decl');
		assert.deepStrictEqual([q.topic, q.datePrefix, q.phrases, q.lastIsPartial], ['php', '2020-01', ['strict mode'], true]);
	});

	test('backticked commands are indexed without their backticks', () => {
		const corpus = indexFolder(CORPUS).index;
		assert.ok(corpus.documentFrequency('psql') >= 40, String(corpus.documentFrequency('psql')));
	});
});
