/**
 * Scores a planned query straight from MiniSearch's postings, with MiniSearch's own BM25+
 * formula, into flat arrays, and keeps only the best hits.
 *
 * Why not `MiniSearch.search`: it builds a result object, a terms array and a match record
 * for every note that holds any matched term, then the caller sorts them all. A short prefix
 * completes to words found in thousands of notes, so most of a keystroke went to objects
 * that were thrown away. Here a note costs a few array slots, the matched terms are listed
 * only for the hits returned, and the best `limit` hits are picked without sorting the rest.
 */

/** One index term to score, with its weight (prefix and fuzzy weights and term boost folded in). */
export interface ScoredTerm {
	term: string;
	weight: number;
}

/** The terms of one query word; a note's score is multiplied by how many words it matched. */
export type ScoredGroup = readonly ScoredTerm[];

export interface ScoredHit<T> {
	item: T;
	score: number;
	/** How many groups (query words) the item matched. */
	groups: number;
	/** The index terms it matched, in query order. */
	terms: string[];
}

export interface ScoreOptions<T> {
	limit?: number;
	keep?: (item: T) => boolean;
	/** Only items matching every group, unless none does. */
	allGroups?: boolean;
	/** Checked in rank order after `keep`; used for phrases, which need the text. */
	accept?: (item: T) => boolean;
}

/** document short id → term frequency: a Map, or its compact stand-in (see compactPostings). */
export interface DocFrequencyMap {
	readonly size: number;
	has(doc: number): boolean;
	forEach(callback: (tf: number, doc: number) => void): void;
	keys(): IterableIterator<number>;
}

/** Postings of one term: field id → its document frequencies. */
export interface TermPostings {
	get(field: number): DocFrequencyMap | undefined;
	values(): IterableIterator<DocFrequencyMap>;
}

/** What this scorer reads of an index besides its postings (see NoteMiniSearch.scoringView). */
export interface PostingsSource {
	documentCount: number;
	/** One more than the highest short id given out. */
	nextId: number;
	fieldIds: Record<string, number>;
	fieldLength: Map<number, number[]>;
	averageFieldLength: number[];
	documentIds: Map<number, unknown>;
}

/** MiniSearch's defaults (`bm25` search option), which the index uses. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export class PostingsScorer<T> {
	private readonly itemAt: (T | undefined)[] = [];
	/** Per field: BM25's length normalisation `k·(1 − b + b·length/average)`, by short id. */
	private readonly norms: Float64Array[] = [];
	private readonly fields: { id: number; boost: number }[] = [];
	private readonly documentCount: number;
	// Accumulators reused across queries; `epoch` marks which slots belong to this query.
	private readonly score: Float64Array;
	private readonly groups: Uint16Array;
	private readonly lastGroup: Int32Array;
	private readonly seen: Uint32Array;
	private readonly position: Uint32Array;
	private epoch = 0;

	constructor(source: PostingsSource, boosts: Record<string, number>, itemOf: (id: string) => T | undefined) {
		const size = source.nextId;
		this.documentCount = source.documentCount;
		for (const [shortId, id] of source.documentIds) {
			this.itemAt[shortId] = itemOf(String(id));
		}
		for (const [field, id] of Object.entries(source.fieldIds)) {
			this.fields.push({ id, boost: boosts[field] ?? 1 });
			const norm = new Float64Array(size);
			const average = source.averageFieldLength[id] || 1;
			for (const [shortId, lengths] of source.fieldLength) {
				norm[shortId] = BM25.k * (1 - BM25.b + (BM25.b * (lengths[id] ?? 0)) / average);
			}
			this.norms[id] = norm;
		}
		this.score = new Float64Array(size);
		this.groups = new Uint16Array(size);
		this.lastGroup = new Int32Array(size);
		this.seen = new Uint32Array(size);
		this.position = new Uint32Array(size);
	}

	/** The best hits for `groups`, best first; `postingsOf` resolves a term (exact, no expansion). */
	top(groups: readonly ScoredGroup[], postingsOf: (term: string) => TermPostings | undefined, options: ScoreOptions<T> = {}): ScoredHit<T>[] {
		const epoch = ++this.epoch;
		const { score, seen, lastGroup, groups: matched } = this;
		const touched: number[] = [];
		groups.forEach((group, g) => {
			for (const { term, weight } of group) {
				const postings = postingsOf(term);
				if (!postings) {
					continue;
				}
				for (const { id: fieldId, boost } of this.fields) {
					const freqs = postings.get(fieldId);
					if (!freqs) {
						continue;
					}
					const n = freqs.size;
					const idf = Math.log(1 + (this.documentCount - n + 0.5) / (n + 0.5));
					const factor = weight * boost; // MiniSearch's order of operations, so scores match it exactly
					const norm = this.norms[fieldId];
					freqs.forEach((tf, doc) => {
						if (this.itemAt[doc] === undefined) {
							return; // discarded, not vacuumed yet
						}
						if (seen[doc] !== epoch) {
							seen[doc] = epoch;
							score[doc] = 0;
							matched[doc] = 0;
							lastGroup[doc] = -1;
							touched.push(doc);
						}
						score[doc] += factor * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm[doc])));
						if (lastGroup[doc] !== g) {
							lastGroup[doc] = g;
							matched[doc]++;
						}
					});
				}
			}
		});

		let candidates = touched;
		if (options.keep) {
			const keep = options.keep;
			candidates = candidates.filter((doc) => keep(this.itemAt[doc]!));
		}
		if (options.allGroups && groups.length > 1) {
			const all = candidates.filter((doc) => matched[doc] === groups.length);
			candidates = all.length > 0 ? all : candidates;
		}
		// Touch order breaks ties, as a stable sort of MiniSearch's results would.
		const position = this.position;
		candidates.forEach((doc, i) => (position[doc] = i));
		const final = (doc: number) => score[doc] * matched[doc];
		const better = (a: number, b: number) => final(a) > final(b) || (final(a) === final(b) && position[a] < position[b]);

		const limit = options.limit ?? Infinity;
		const ranked = options.accept || limit >= candidates.length ? candidates.sort((a, b) => (better(a, b) ? -1 : 1)) : bestOf(candidates, limit, better);
		const hits: ScoredHit<T>[] = [];
		for (const doc of ranked) {
			const item = this.itemAt[doc]!;
			if (options.accept && !options.accept(item)) {
				continue;
			}
			hits.push({ item, score: final(doc), groups: matched[doc], terms: termsIn(doc, groups, postingsOf) });
			if (hits.length >= limit) {
				break;
			}
		}
		return hits;
	}
}

/** The `limit` best of `docs`, best first, with a bounded min-heap: no sort of the rest. */
function bestOf(docs: readonly number[], limit: number, better: (a: number, b: number) => boolean): number[] {
	const heap: number[] = [];
	const worse = (i: number, j: number) => better(heap[j], heap[i]);
	const swap = (i: number, j: number) => {
		[heap[i], heap[j]] = [heap[j], heap[i]];
	};
	const down = (i: number) => {
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let w = i;
			if (l < heap.length && worse(l, w)) {
				w = l;
			}
			if (r < heap.length && worse(r, w)) {
				w = r;
			}
			if (w === i) {
				return;
			}
			swap(i, w);
			i = w;
		}
	};
	for (const doc of docs) {
		if (heap.length < limit) {
			heap.push(doc);
			for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) {
				swap(i, (i - 1) >> 1);
			}
		} else if (better(doc, heap[0])) {
			heap[0] = doc;
			down(0);
		}
	}
	return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}

function termsIn(doc: number, groups: readonly ScoredGroup[], postingsOf: (term: string) => TermPostings | undefined): string[] {
	const terms = new Set<string>();
	for (const group of groups) {
		for (const { term } of group) {
			const postings = terms.has(term) ? undefined : postingsOf(term);
			for (const freqs of postings?.values() ?? []) {
				if (freqs.has(doc)) {
					terms.add(term);
					break;
				}
			}
		}
	}
	return [...terms];
}
