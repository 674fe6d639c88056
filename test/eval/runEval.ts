// Search quality on the public evaluation sets, through the same core search the extension
// uses: recall@1, recall@5 and MRR@10 overall and per query kind. `npm run eval`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Note } from '../../src/core/note';
import { BUNDLED_NOTES, CORPUS, SHARED, indexFolder } from '../support/nodeNotes';

interface SeedTarget { date: string; title: string; contains: string }
interface Case { q: string; kind: string; relevant: (string | SeedTarget)[] }

export function matches(note: Note, target: string | SeedTarget, relPath: (n: Note) => string): boolean {
	if (typeof target === 'string') {
		return relPath(note) === target;
	}
	return note.date === target.date && note.title === target.title && `${note.title}\n${note.body}`.includes(target.contains);
}

export function evaluate(file: string, verbose = false) {
	const set = JSON.parse(readFileSync(file, 'utf8')) as { corpus: string; queries: Case[] };
	const root = set.corpus === 'jbranchaud-til' ? CORPUS : BUNDLED_NOTES;
	const { index, relPath } = indexFolder(root);
	const byKind = new Map<string, { n: number; r1: number; r5: number; mrr: number }>();
	const add = (kind: string, r1: number, r5: number, rr: number) => {
		const s = byKind.get(kind) ?? { n: 0, r1: 0, r5: 0, mrr: 0 };
		s.n++; s.r1 += r1; s.r5 += r5; s.mrr += rr;
		byKind.set(kind, s);
	};
	for (const c of set.queries) {
		const hits = index.search(c.q, { limit: 10 });
		const rank = hits.findIndex((h) => c.relevant.some((t) => matches(h.note, t, relPath)));
		const found = (k: number) => (rank >= 0 && rank < k ? 1 : 0);
		add(c.kind, found(1), found(5), rank >= 0 ? 1 / (rank + 1) : 0);
		add('all', found(1), found(5), rank >= 0 ? 1 / (rank + 1) : 0);
		if (verbose && rank !== 0) {
			console.log(`  rank ${rank < 0 ? '-' : rank + 1}  [${c.kind}] ${c.q}`);
			for (const h of hits.slice(0, 3)) console.log(`        ${h.score.toFixed(1)} ${relPath(h.note) || h.note.title} ${h.note.title.slice(0, 50)}`);
		}
	}
	return byKind;
}

if (require.main === module) {
	const verbose = process.argv.includes('--verbose');
	const evalDir = join(SHARED, 'eval');
	for (const name of readdirSync(evalDir).filter((f) => f.endsWith('-queries.json')).sort()) {
		console.log(`\n${name}`);
		const stats = evaluate(join(evalDir, name), verbose);
		console.log('| kind | n | recall@1 | recall@5 | MRR@10 |\n|---|---|---|---|---|');
		for (const [kind, s] of [...stats].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
			console.log(`| ${kind} | ${s.n} | ${(s.r1 / s.n).toFixed(3)} | ${(s.r5 / s.n).toFixed(3)} | ${(s.mrr / s.n).toFixed(3)} |`);
		}
	}
}
