import type { TermIndex } from './engine/noteMiniSearch';
import type { ScoredGroup, ScoredTerm } from './engine/postingsScorer';
import type { TokenGroup } from '../words/tokenizer';

/** MiniSearch's default weight for prefix matches, relative to an exact match. */
const PREFIX_WEIGHT = 0.375;
/** MiniSearch's default weight for fuzzy matches. */
const FUZZY_WEIGHT = 0.45;
const MAX_COMPLETIONS = 20;
const FEW_COMPLETIONS = 5;
const MAX_COMPLETION_POSTINGS = 400;
const MAX_SCANNED_COMPLETIONS = 1000;
const MAX_CACHED_EXPANSIONS = 5000;

/**
 * Turns each query word into the index terms it stands for, with their weights. The word being
 * typed is also completed; a word the index does not know is taken as a typo and matched
 * fuzzily. Planning this per term keeps the expensive expansions to the few terms that need them.
 * Expansions are cached until {@link forget} (any change to the index).
 */
export class QueryPlanner {
	/** Completions by prefix and near terms of typos. */
	private readonly cache = new Map<string, [string, number][]>();

	constructor(private readonly terms: () => TermIndex) {}

	forget(): void {
		this.cache.clear();
	}

	plan(group: TokenGroup, partial: boolean): ScoredGroup {
		const index = this.terms();
		const terms: ScoredTerm[] = [];
		group.terms.forEach((term, i) => {
			// The whole compound counts most; its parts help find it when written differently.
			const boost = i === 0 ? 1 : 0.4;
			const known = index.has(term);
			if (known) {
				terms.push({ term, weight: boost });
			}
			let completed = false;
			if (partial && i === 0) {
				// The word being typed: complete what is written, not its stem (`pos` stems to `po`).
				// A word already complete as typed needs few completions; a half word needs more.
				for (const [completion, weight] of this.completions(group.whole.toLowerCase(), known ? FEW_COMPLETIONS : MAX_COMPLETIONS)) {
					terms.push({ term: completion, weight: boost * weight });
					completed = true;
				}
			}
			if (!known && !completed && term.length >= 4) {
				// A word no note has is taken as a typo; only then is the costly fuzzy search run.
				for (const [near, weight] of this.nearTerms(term, term.length >= 7 ? 2 : 1)) {
					terms.push({ term: near, weight: weight * boost });
				}
			}
		});
		return terms;
	}

	/** Index terms within `distance` edits of `term`, weighted as MiniSearch weighs fuzzy matches. */
	private nearTerms(term: string, distance: number): [string, number][] {
		return this.expansion(`~${distance}:${term}`, () => {
			const near: [string, number][] = [];
			for (const [found, [, edits]] of this.terms().fuzzyGet(term, distance)) {
				if (edits > 0) {
					near.push([found, (FUZZY_WEIGHT * found.length) / (found.length + edits)]);
				}
			}
			return near;
		});
	}

	/** A term expansion (completions, near terms) from the cache, computed once per index state. */
	private expansion(key: string, compute: () => [string, number][]): [string, number][] {
		let terms = this.cache.get(key);
		if (!terms) {
			if (this.cache.size > MAX_CACHED_EXPANSIONS) {
				this.cache.clear();
			}
			terms = compute();
			this.cache.set(key, terms);
		}
		return terms;
	}

	/**
	 * The likeliest completions of a prefix: the `limit` terms in most notes, each weighted down
	 * by how much it adds (MiniSearch's own prefix weighting). Expanding to every completion is
	 * what makes a short prefix slow on a large collection.
	 */
	private completions(prefix: string, limit: number): [string, number][] {
		if (prefix.length < 2) {
			return [];
		}
		// Typing revisits the same prefixes; walking the term tree is the slow part.
		return this.expansion(`${limit}:${prefix}`, () => this.findCompletions(prefix, limit));
	}

	private findCompletions(prefix: string, limit: number): [string, number][] {
		const found: { term: string; df: number }[] = [];
		let scanned = 0;
		for (const [term, fields] of this.terms().atPrefix(prefix).entries()) {
			if (term !== prefix) {
				let df = 0;
				for (const postings of fields.values()) {
					df += postings.size;
				}
				found.push({ term, df });
			}
			// Two letters open a huge subtree; its first entries are enough to go on with.
			if (++scanned >= (prefix.length <= 2 ? MAX_SCANNED_COMPLETIONS / 5 : MAX_SCANNED_COMPLETIONS)) {
				break;
			}
		}
		found.sort((a, b) => b.df - a.df);
		// Scoring costs a step per note a term is in: cap the notes all completions bring in.
		let postings = 0;
		const chosen = found.filter((c, i) => i < limit && (i === 0 || (postings += c.df) <= MAX_COMPLETION_POSTINGS));
		return chosen.map(({ term }) => [term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - prefix.length))]);
	}
}
