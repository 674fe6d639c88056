import * as assert from 'node:assert';
import { NoteMiniSearch } from '../../src/core/search/engine/noteMiniSearch';
import { PostingsScorer } from '../../src/core/search/engine/postingsScorer';

interface Doc {
	id: string;
	title: string;
	body: string;
}

const docs: Doc[] = [
	{ id: 'a', title: 'git log', body: 'git log shows the history of a branch' },
	{ id: 'b', title: 'git rebase', body: 'rebase moves commits; log them first' },
	{ id: 'c', title: 'vim buffers', body: 'buffers hold files; the log of buffers is :ls' },
	{ id: 'd', title: 'shell history', body: 'history lists commands, like a log' },
	{ id: 'e', title: 'branch names', body: 'git branch -m renames a branch' },
];
const boost = { title: 2, body: 1.5 };

function setup() {
	// The engine is MiniSearch itself (a subclass), so `mini.search` is MiniSearch's own scoring.
	const mini = new NoteMiniSearch<Doc>({ fields: ['title', 'body'], searchOptions: { boost } });
	mini.addAll(docs);
	const scorer = new PostingsScorer<Doc>(mini.scoringView(), boost, (id) => docs.find((d) => d.id === id));
	return { mini, scorer, postingsOf: (t: string) => mini.terms.get(t) };
}

suite('postings scorer', () => {
	test('one term scores every note exactly as MiniSearch does', () => {
		const { mini, scorer, postingsOf } = setup();
		for (const term of ['log', 'git', 'branch', 'history', 'buffers']) {
			const expected = mini.search(term).map((r) => [r.id, r.score]);
			const actual = scorer.top([[{ term, weight: 1 }]], postingsOf).map((h) => [h.item.id, h.score]);
			assert.deepStrictEqual(actual, expected, term);
		}
	});

	test('a weighted term scales the score like a MiniSearch term boost', () => {
		const { mini, scorer, postingsOf } = setup();
		const expected = mini.search('log', { boostTerm: () => 0.4 }).map((r) => [r.id, r.score]);
		const actual = scorer.top([[{ term: 'log', weight: 0.4 }]], postingsOf).map((h) => [h.item.id, h.score]);
		assert.deepStrictEqual(actual, expected);
	});

	test('a note matching more groups ranks first, its summed score multiplied by the groups matched', () => {
		const { scorer, postingsOf } = setup();
		const single = (term: string) => new Map(scorer.top([[{ term, weight: 1 }]], postingsOf).map((h) => [h.item.id, h.score]));
		const git = single('git');
		const log = single('log');
		const hits = scorer.top([[{ term: 'git', weight: 1 }], [{ term: 'log', weight: 1 }]], postingsOf);
		assert.deepStrictEqual(
			hits.slice(0, 2).map((h) => [h.item.id, h.groups]),
			[
				['a', 2],
				['b', 2],
			],
		);
		assert.ok(Math.abs(hits[0].score - (git.get('a')! + log.get('a')!) * 2) < 1e-9);
		assert.deepStrictEqual(hits[0].terms, ['git', 'log']);
	});

	test('all groups narrows to notes with every word, and falls back to any when none has all', () => {
		const { scorer, postingsOf } = setup();
		const ids = (terms: string[]) =>
			scorer
				.top(
					terms.map((term) => [{ term, weight: 1 }]),
					postingsOf,
					{ allGroups: true },
				)
				.map((h) => h.item.id)
				.sort();
		assert.deepStrictEqual(ids(['git', 'branch']), ['a', 'e']);
		assert.deepStrictEqual(ids(['vim', 'rebase']), ['b', 'c']);
	});

	test('the best `limit` hits are the head of the full ranking, ties in first-seen order', () => {
		const { scorer, postingsOf } = setup();
		const group = [
			{ term: 'log', weight: 1 },
			{ term: 'git', weight: 1 },
			{ term: 'branch', weight: 0.5 },
			{ term: 'a', weight: 1 },
		];
		const all = scorer.top([group], postingsOf).map((h) => h.item.id);
		for (let limit = 1; limit <= docs.length; limit++) {
			assert.deepStrictEqual(
				scorer.top([group], postingsOf, { limit }).map((h) => h.item.id),
				all.slice(0, limit),
				`limit ${limit}`,
			);
		}
	});

	test('keep and accept filter, and discarded notes are never returned', () => {
		const { mini, scorer, postingsOf } = setup();
		const keep = (d: Doc) => d.id !== 'a';
		assert.ok(!scorer.top([[{ term: 'log', weight: 1 }]], postingsOf, { keep }).some((h) => h.item.id === 'a'));
		const accept = (d: Doc) => d.body.includes('history');
		assert.deepStrictEqual(
			scorer.top([[{ term: 'log', weight: 1 }]], postingsOf, { accept, limit: 1 }).map((h) => h.item.id),
			['a'],
		);
		mini.discard('a');
		const after = new PostingsScorer<Doc>(mini.scoringView(), boost, (id) => docs.find((d) => d.id === id));
		assert.ok(!after.top([[{ term: 'log', weight: 1 }]], postingsOf).some((h) => h.item.id === 'a'));
	});
});
