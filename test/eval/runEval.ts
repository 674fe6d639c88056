// Search quality on the public evaluation sets, through the same core search the extension
// uses: recall@1, recall@5 and MRR@10 per query kind; then the hover sets and hover precision on
// real code (realCodeEval.ts). `npm run eval [-- --verbose]`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IndexedNotes } from '../../src/core/sync/indexSync';
import { BUNDLED_NOTES, CORPUS, SHARED, indexFolder } from '../support/nodeNotes';
import { isRelevant, Scores, type EvalSet } from './metrics';
import { printHoverEval } from './realCodeEval';

export function evaluate(file: string, verbose = false): Scores {
	const set = JSON.parse(readFileSync(file, 'utf8')) as EvalSet;
	const { index, relPath } = indexFolder(set.corpus === 'jbranchaud-til' ? CORPUS : BUNDLED_NOTES);
	new IndexedNotes(index).settle(Infinity); // the idle work after indexing: mined pairs among it
	const scores = new Scores();
	for (const c of set.queries) {
		const hits = index.search(c.q, { limit: 10 }).map((h) => ({
			relPath: relPath(h.note),
			date: h.note.date,
			title: h.note.title,
			text: `${h.note.title}\n${h.note.body}`,
		}));
		const rank = hits.findIndex((h) => c.relevant.some((t) => isRelevant(h, t)));
		scores.add(c.kind, rank);
		if (verbose && rank !== 0) {
			console.log(`  rank ${rank < 0 ? '-' : rank + 1}  [${c.kind}] ${c.q}`);
			for (const h of hits.slice(0, 3)) {
				console.log(`        ${h.relPath} ${h.title.slice(0, 60)}`);
			}
		}
	}
	return scores;
}

if (require.main === module) {
	const verbose = process.argv.includes('--verbose');
	const evalDir = join(SHARED, 'eval');
	for (const name of readdirSync(evalDir)
		.filter((f) => f.endsWith('-queries.json'))
		.sort()) {
		console.log(`\n${name}`);
		console.log(evaluate(join(evalDir, name), verbose).table());
	}
	void printHoverEval(verbose);
}
