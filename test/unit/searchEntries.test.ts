import * as assert from 'node:assert';
import type { Note } from '../../src/core/note';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { recentEntries, RECENT_LIMIT, searchEntries, withOpened } from '../../src/core/search/searchEntries';
import { BUNDLED_NOTES, indexFolder } from '../support/nodeNotes';
import { makeNote } from '../support/notes';

function note(id: string, title: string, body: string, date?: string): Note {
	return makeNote({ id, uri: `file:///n/${id}.md`, title, topic: title.split(' ')[0], date, body });
}

suite('search entries: what the pick shows per keystroke', () => {
	const seed = indexFolder(BUNDLED_NOTES).index;

	test('a Korean query: title, date as description, the matching line as detail', () => {
		const [first] = searchEntries(seed, '인코딩');
		assert.deepStrictEqual([first.label, first.description], ['logstash', '2020-01-10']);
		assert.match(first.detail, /한글 인코딩은 `utf-8`이/);
	});

	test('an English query: the snippet is cut around the match', () => {
		const [first] = searchEntries(seed, 'inotify');
		assert.strictEqual(first.label, 'linux');
		assert.match(first.detail, /^….*`inotify`설정값이/);
	});

	test('the topic is described when it is not the title itself', () => {
		const entries = searchEntries(seed, 'scp');
		assert.strictEqual(entries[0].description, '2020-01-02 · scp');
	});

	test('at most `limit` rows', () => {
		assert.strictEqual(searchEntries(seed, 'topic:linux', { limit: 2 }).length, 2);
	});
});

suite('search entries: several words narrow the results', () => {
	const index = new NoteIndex();
	index.setFile('file:///n/a.md', [
		note('both', 'docker encoding', 'docker containers need utf-8 encoding'),
		note('docker', 'docker volumes', 'docker volumes persist data'),
		note('encoding', 'encoding basics', 'utf-8 encoding explained'),
	]);
	const ids = (q: string) => searchEntries(index, q).map((e) => e.note.id);

	test('the index alone ranks the note with both words first but keeps the others', () => {
		assert.deepStrictEqual(index.search('docker encoding').map((h) => h.note.id)[0], 'both');
		assert.strictEqual(index.search('docker encoding').length, 3);
	});

	test('two words keep only the notes with both, also while the last is being typed', () => {
		assert.deepStrictEqual(ids('docker encoding'), ['both']);
		assert.deepStrictEqual(ids('docker enc'), ['both']);
		assert.deepStrictEqual(ids('docker encoding '), ['both']);
	});

	test('when no note has every word, any word will do (OR)', () => {
		assert.deepStrictEqual(new Set(ids('volumes explained')), new Set(['docker', 'encoding']));
	});

	test('a typo does not narrow the results away', () => {
		assert.ok(ids('docker encodnig').includes('both'));
	});

	test('one word is passed through as the index ranked it', () => {
		assert.deepStrictEqual(
			ids('docker'),
			index.search('docker').map((h) => h.note.id),
		);
	});
});

suite('search entries: the empty query', () => {
	const index = new NoteIndex();
	index.setFile('file:///n/a.md', [note('old', 'old note', 'x', '2020-01-01'), note('new', 'new note', 'y', '2021-05-01'), note('undated', 'undated', 'z')]);

	test('recently opened notes come first, most recent first, skipping notes that are gone', () => {
		const recent = withOpened(withOpened(['gone'], 'old'), 'new');
		assert.deepStrictEqual(recent, ['new', 'old', 'gone']);
		const shown = recentEntries(index, recent);
		assert.strictEqual(shown.kind, 'recent');
		assert.deepStrictEqual(
			shown.entries.map((e) => e.note.id),
			['new', 'old'],
		);
	});

	test('opening a note again moves it to the front; the list is capped', () => {
		let recent: string[] = [];
		for (let i = 0; i < RECENT_LIMIT + 5; i++) {
			recent = withOpened(recent, `n${i}`);
		}
		recent = withOpened(recent, 'n10');
		assert.strictEqual(recent.length, RECENT_LIMIT);
		assert.deepStrictEqual(recent.slice(0, 2), ['n10', `n${RECENT_LIMIT + 4}`]);
		assert.strictEqual(recent.filter((id) => id === 'n10').length, 1);
	});

	test('with no history, the newest notes by date', () => {
		const shown = recentEntries(index, []);
		assert.strictEqual(shown.kind, 'latest');
		assert.deepStrictEqual(
			shown.entries.map((e) => e.note.id),
			['new', 'old'],
		);
	});
});
