// The evaluation sets' format and scoring, shared by `npm run eval` and the integration suite.

/** A seed-set target: the note's day, its topic bullet as written, and a phrase from it. */
export interface SeedTarget {
	date: string;
	title: string;
	contains: string;
}

export interface EvalCase {
	q: string;
	kind: string;
	/** Corpus-relative paths (jbranchaud set) or seed targets. */
	relevant: (string | SeedTarget)[];
}

export interface EvalSet {
	corpus: string;
	queries: EvalCase[];
}

/** What a hit must expose to be judged: its path in the corpus, or its date, title and text. */
export interface Judged {
	relPath?: string;
	date?: string;
	title: string;
	text: string;
}

export function isRelevant(hit: Judged, target: string | SeedTarget): boolean {
	if (typeof target === 'string') {
		return hit.relPath === target;
	}
	return hit.date === target.date && hit.title === target.title && hit.text.includes(target.contains);
}

export class Scores {
	private readonly byKind = new Map<string, { n: number; r1: number; r5: number; mrr: number }>();

	/** Records one query given the 0-based rank of its first relevant hit (-1: none in the top 10). */
	add(kind: string, rank: number): void {
		for (const k of [kind, 'all']) {
			const s = this.byKind.get(k) ?? { n: 0, r1: 0, r5: 0, mrr: 0 };
			s.n++;
			s.r1 += rank === 0 ? 1 : 0;
			s.r5 += rank >= 0 && rank < 5 ? 1 : 0;
			s.mrr += rank >= 0 && rank < 10 ? 1 / (rank + 1) : 0;
			this.byKind.set(k, s);
		}
	}

	get(kind: string): { n: number; recall1: number; recall5: number; mrr10: number } {
		const s = this.byKind.get(kind) ?? { n: 0, r1: 0, r5: 0, mrr: 0 };
		return { n: s.n, recall1: s.r1 / (s.n || 1), recall5: s.r5 / (s.n || 1), mrr10: s.mrr / (s.n || 1) };
	}

	table(): string {
		const kinds = [...this.byKind.keys()].filter((k) => k !== 'all').sort();
		const rows = [...kinds, 'all'].map((k) => {
			const s = this.get(k);
			return `| ${k} | ${s.n} | ${s.recall1.toFixed(3)} | ${s.recall5.toFixed(3)} | ${s.mrr10.toFixed(3)} |`;
		});
		return ['| kind | n | recall@1 | recall@5 | MRR@10 |', '|---|---|---|---|---|', ...rows].join('\n');
	}
}
