import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJournal } from '../../src/core/journal/journal';
import type { Note } from '../../src/core/note';
import { notePreview } from '../../src/core/tree/notePreview';
import { NoteTree, topicSearchQuery, type NoteTreeNode, type TreeSource } from '../../src/core/tree/noteTree';
import { parseQuery } from '../../src/core/search/query';
import { subTopicsOf } from '../../src/core/tree/subTopics';
import { makeNote } from '../support/notes';

const BUNDLED_URI = 'file:///ext/notes/til-2020-01.md';
const bundledNotes = parseJournal(readFileSync(join(__dirname, '..', '..', 'notes', 'til-2020-01.md'), 'utf8'), BUNDLED_URI).notes;
const bundled: TreeSource = { label: 'Bundled notes', root: 'file:///ext/notes', bundled: true };
const mine: TreeSource = { label: 'til', root: 'file:///home/me/til', bundled: false };

let serial = 0;
function note(fields: Partial<Note> & { title: string }): Note {
	return makeNote({ uri: `file:///home/me/til/n${++serial}.md`, endLine: 0, ...fields });
}

/** Each node as `label (count)` or its note's title, so a whole level reads as one array. */
function describe(tree: NoteTree, node?: NoteTreeNode): string[] {
	return tree.children(node).map((n) => {
		switch (n.kind) {
			case 'source':
				return `${n.source.label} (${n.count})`;
			case 'topic':
				return `${n.topic} (${n.count})`;
			case 'year':
			case 'month':
			case 'day':
				return `${n.period} (${n.count})`;
			case 'undated':
				return `undated (${n.count})`;
			case 'note':
				return n.note.title;
			case 'subTopic':
				return n.subTopic.title;
		}
	});
}

function child(tree: NoteTree, parent: NoteTreeNode | undefined, label: string): NoteTreeNode {
	const i = describe(tree, parent).indexOf(label);
	assert.ok(i >= 0, `no child "${label}" in ${JSON.stringify(describe(tree, parent))}`);
	return tree.children(parent)[i];
}

suite('note tree: grouping for the sidebar', () => {
	test('by topic: the bundled journal has its topics in order with their counts', () => {
		const tree = new NoteTree(bundledNotes, [bundled], 'topic');
		const roots = describe(tree);
		assert.strictEqual(
			tree.roots().reduce((sum, n) => sum + (n.kind === 'topic' ? n.count : 0), 0),
			31,
		);
		for (const expected of ['linux (3)', 'php (4)', 'logstash (2)']) {
			assert.ok(roots.includes(expected), `${expected} in ${JSON.stringify(roots)}`);
		}
		const names = tree.roots().map((n) => (n.kind === 'topic' ? n.topic.toLowerCase() : ''));
		assert.deepStrictEqual(
			names,
			[...names].sort((a, b) => a.localeCompare(b)),
		);
	});

	test('by topic: a topic lists its notes newest first, from every day they were written', () => {
		const tree = new NoteTree(bundledNotes, [bundled], 'topic');
		const logstash = tree.children(child(tree, undefined, 'logstash (2)'));
		assert.deepStrictEqual(
			logstash.map((n) => n.kind === 'note' && n.note.date),
			['2020-01-10', '2020-01-02'],
		);
	});

	test('by topic: topics group case-insensitively, sort like Explorer, and show the usual spelling', () => {
		const notes = [
			note({ title: 'Git 2' }),
			note({ title: 'git', topic: 'Git' }),
			note({ title: 'b', topic: 'git' }),
			note({ title: 'c', topic: 'Git' }),
			note({ title: 'Git 10' }),
			note({ title: 'apt' }),
		];
		const tree = new NoteTree(notes, [mine], 'topic');
		assert.deepStrictEqual(describe(tree), ['apt (1)', 'Git (3)', 'Git 2 (1)', 'Git 10 (1)']);
	});

	test('by date: year > month > day > notes, newest first; January 2020 has its 7 days', () => {
		const tree = new NoteTree(bundledNotes, [bundled], 'date');
		assert.deepStrictEqual(describe(tree), ['2020 (31)']);
		const january = child(tree, tree.roots()[0], '2020-01 (31)');
		assert.deepStrictEqual(
			describe(tree, january).map((d) => d.slice(0, 10)),
			['2020-01-31', '2020-01-29', '2020-01-28', '2020-01-15', '2020-01-13', '2020-01-10', '2020-01-02'],
		);
		const firstDay = child(tree, january, describe(tree, january)[6]);
		assert.deepStrictEqual(describe(tree, firstDay).slice(0, 3), ['logstash', 'scp(Secure Copy)', 'linux'], 'a day keeps the order it was written in');
	});

	test('by date: years and months newest first, undated notes after the years', () => {
		const notes = [
			note({ title: 'old', date: '2019-12-31' }),
			note({ title: 'none' }),
			note({ title: 'new', date: '2021-02-01' }),
			note({ title: 'feb', date: '2021-02-14' }),
			note({ title: 'jan', date: '2021-01-05' }),
		];
		const tree = new NoteTree(notes, [mine], 'date');
		assert.deepStrictEqual(describe(tree), ['2021 (3)', '2019 (1)', 'undated (1)']);
		assert.deepStrictEqual(describe(tree, tree.roots()[0]), ['2021-02 (2)', '2021-01 (1)']);
		assert.deepStrictEqual(describe(tree, tree.children(tree.roots()[0])[0]), ['2021-02-14 (1)', '2021-02-01 (1)']);
		assert.deepStrictEqual(describe(tree, tree.roots()[2]), ['none']);
	});

	test('several sources: one node each, holding its own notes; one source: no extra level', () => {
		const own = [note({ title: 'zigzag', date: '2024-03-01' })];
		const two = new NoteTree([...bundledNotes, ...own], [bundled, mine], 'topic');
		assert.deepStrictEqual(describe(two), ['Bundled notes (31)', 'til (1)']);
		assert.deepStrictEqual(describe(two, two.roots()[1]), ['zigzag (1)']);
		const zigzag = two.children(two.children(two.roots()[1])[0])[0];
		assert.ok(zigzag.kind === 'note' && zigzag.source === mine);
		const one = new NoteTree(own, [mine], 'topic');
		assert.deepStrictEqual(describe(one), ['zigzag (1)']);
	});

	test('ids are unique, stable across rebuilds, and differ between groupings', () => {
		const ids = (tree: NoteTree) => {
			const all: string[] = [];
			const walk = (node?: NoteTreeNode) => tree.children(node).forEach((n) => (all.push(n.id), walk(n)));
			walk();
			return all;
		};
		for (const grouping of ['topic', 'date'] as const) {
			const first = ids(new NoteTree(bundledNotes, [bundled, mine], grouping));
			assert.strictEqual(new Set(first).size, first.length, `${grouping}: duplicate ids`);
			assert.deepStrictEqual(ids(new NoteTree(bundledNotes, [bundled, mine], grouping)), first);
		}
		const topicIds = new Set(ids(new NoteTree(bundledNotes, [bundled], 'topic')));
		assert.ok(!ids(new NoteTree(bundledNotes, [bundled], 'date')).some((id) => topicIds.has(id)));
	});

	test('a note node is found by note id with its parents, and is the same object the view was given', () => {
		const tree = new NoteTree(bundledNotes, [bundled, mine], 'date');
		const target = bundledNotes.find((n) => n.date === '2020-01-15' && n.topic === 'linux')!;
		const node = tree.nodeOf(target.id)!;
		assert.strictEqual(node.note, target);
		const chain: string[] = [];
		for (let n: NoteTreeNode | undefined = node; n; n = n.parent) {
			chain.unshift(n.kind);
		}
		assert.deepStrictEqual(chain, ['source', 'year', 'month', 'day', 'note']);
		assert.ok(tree.children(node.parent).includes(node));
		assert.strictEqual(tree.nodeOf('no such note'), undefined);
	});

	test("the note at an editor line: inside a note's lines, none between notes", () => {
		const tree = new NoteTree(bundledNotes, [bundled], 'topic');
		const linux = bundledNotes.find((n) => n.topic === 'linux')!;
		assert.strictEqual(tree.noteAt(BUNDLED_URI, linux.line), linux);
		assert.strictEqual(tree.noteAt(BUNDLED_URI, linux.endLine), linux);
		assert.strictEqual(tree.noteAt(BUNDLED_URI, linux.line - 1), undefined, 'the blank line before it');
		assert.strictEqual(tree.noteAt('file:///other.md', linux.line), undefined);
	});

	test("a note's children are its sub-topics; a note without bullets has none", () => {
		const tree = new NoteTree(bundledNotes, [bundled], 'topic');
		const linuxNotes = tree.children(child(tree, undefined, 'linux (3)'));
		const firstLinux = linuxNotes[linuxNotes.length - 1];
		assert.ok(tree.hasChildren(firstLinux));
		assert.deepStrictEqual(describe(tree, firstLinux), ['reboot: 재부팅', 'ubuntu']);
		const plain = new NoteTree([note({ title: 'p', body: 'just a paragraph' })], [mine], 'topic');
		const [pNote] = plain.children(plain.roots()[0]);
		assert.ok(!plain.hasChildren(pNote));
		assert.deepStrictEqual(plain.children(pNote), []);
	});

	test('50,000 notes: the first level and one expanded node read no note bodies but those shown', () => {
		let bodiesRead = 0;
		const many: Note[] = [];
		for (let i = 0; i < 50_000; i++) {
			const day = String((i % 28) + 1).padStart(2, '0');
			const n = note({
				title: `note ${i}`,
				topic: `topic ${i % 500}`,
				date: `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
				body: '- a\n- b',
			});
			Object.defineProperty(n, 'body', { get: () => (bodiesRead++, '- a\n- b') });
			many.push(n);
		}
		for (const grouping of ['topic', 'date'] as const) {
			bodiesRead = 0;
			const tree = new NoteTree(many, [mine], grouping);
			const roots = tree.roots();
			const shown = tree.children(roots[0]);
			assert.strictEqual(roots.length, grouping === 'topic' ? 500 : 20);
			// Bodies decide sub-topics: only the expanded node's own notes may need theirs.
			assert.ok(bodiesRead <= shown.length, `${grouping}: ${bodiesRead} bodies read for ${shown.length} rows`);
		}
	});
});

suite('note tree: sub-topics', () => {
	test('first-level bullets, mapped to file lines, each up to the next', () => {
		const body = '- `reboot`: 재부팅\n- ubuntu\n\t- **inotify** limits\n\t\t```sh\n- not a bullet in code\n\t\t```\n\n';
		assert.deepStrictEqual(subTopicsOf({ body, bodyLine: 13 }), [
			{ title: 'reboot: 재부팅', line: 13, endLine: 13 },
			{ title: 'ubuntu', line: 14, endLine: 18 },
		]);
	});

	test('the shallowest bullet level counts, wherever it is indented', () => {
		assert.deepStrictEqual(
			subTopicsOf({ body: 'intro\n  - a\n    - a1\n  - b', bodyLine: 0 }).map((s) => s.title),
			['a', 'b'],
		);
	});

	test('no bullets, no sub-topics; an empty bullet is skipped', () => {
		assert.deepStrictEqual(subTopicsOf({ body: 'text\n```\n- code\n```', bodyLine: 0 }), []);
		assert.deepStrictEqual(
			subTopicsOf({ body: '-\n- b', bodyLine: 0 }).map((s) => s.title),
			['b'],
		);
	});
});

suite('note tree: tooltip preview and topic search', () => {
	test('the preview is the title and the first lines, with a cut fence closed', () => {
		const body = '- cmd\n\t```sh\n\t$ one\n\t$ two\n\t```\n- more';
		assert.strictEqual(notePreview({ title: 'linux', body }, 3), '**linux**\n\n- cmd\n\t```sh\n\t$ one\n```\n\n…');
		assert.strictEqual(notePreview({ title: 'linux', body }, 20), `**linux**\n\n${body}`);
		assert.strictEqual(notePreview({ title: 'empty', body: '\n\n' }), '**empty**');
	});

	test('a topic search query parses back to the topic, spaces and all', () => {
		for (const topic of ['linux', 'elastic search', 'Fn::Join']) {
			assert.strictEqual(parseQuery(topicSearchQuery(topic)).topic, topic.toLowerCase());
		}
		assert.strictEqual(topicSearchQuery('elastic search'), 'topic:"elastic search" ');
	});
});
