import { glossary } from '../bridge/glossary';
import { choseongOf, continuesTyping, isChoseongQuery, unfinishedHangul, type UnfinishedHangul } from '../bridge/hangulTyping';
import type { MinedPairs } from '../bridge/minedPairs';
import { bridgeWords } from '../bridge/queryBridge';
import { englishSoundKey, koreanSoundKey, soundAlike } from '../bridge/soundKey';
import { stemKorean } from '../words/korean';
import { tokenGroups, type TokenGroup } from '../words/tokenizer';
import type { TermIndex } from './engine/noteMiniSearch';
import type { ScoredGroup, ScoredTerm, TermPostings } from './engine/postingsScorer';

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
 * A word of the other language counts this much of the typed word it stands for: a note with
 * the typed words ranks first, and one with only the bridged words still matches the word.
 */
const BRIDGE_WEIGHT = 0.5;
const MAX_SOUND_MATCHES = 3;
/** Terms per step of building the sound and initials lists. */
const BUILD_STEP = 500;

/** A query planned: per word its weighted terms, and why each bridged term is there. */
export interface PlannedQuery {
	/** Per query word; undefined for a stop word, which is no word to match. */
	groups: (ScoredGroup | undefined)[];
	/** Bridged term → `결과적 일관성 ← eventual consistency`, for the row. */
	bridges: Map<string, string>;
}

interface KnownTerm {
	term: string;
	df: number;
}

/**
 * Turns each query word into the index terms it stands for, with their weights. The word being
 * typed is also completed; a word the index does not know is taken as a typo and matched
 * fuzzily. Planning this per term keeps the expensive expansions to the few terms that need them.
 * Expansions are cached until {@link forget} (any change to the index).
 */
export class QueryPlanner {
	/** Completions by prefix and near terms of typos. */
	private readonly cache = new Map<string, [string, number][]>();

	/** Index terms by sound key (see soundKey.ts), and Korean terms with their initials; built on first need. */
	private sounds: Map<string, KnownTerm[]> | undefined;
	private hangulTerms: (KnownTerm & { choseong: string })[] | undefined;

	constructor(
		private readonly terms: () => TermIndex,
		private readonly mined?: MinedPairs,
	) {}

	/**
	 * Drops what a change to the index makes wrong. The sound and initials lists are only marked
	 * stale: rebuilding them walks every term, too much for the keystroke after each file saved.
	 * Until {@link warm} has rebuilt them in idle time, a term gone from the index just scores
	 * nothing, and a new one waits to be bridged.
	 */
	forget(): void {
		this.cache.clear();
		this.stale = true;
		this.building = undefined; // the term tree it walked has changed
	}

	private stale = true;
	private building: Generator<void, void, void> | undefined;

	/**
	 * Builds the sound and initials lists in steps for up to `budgetMs` (the indexing service's
	 * idle work); true when they are up to date. Without it the first Korean query would build
	 * them, 120 ms at 1,873 notes.
	 */
	warm(budgetMs: number): boolean {
		if (!this.stale) {
			return true;
		}
		const deadline = performance.now() + budgetMs;
		this.building ??= this.build();
		while (performance.now() < deadline) {
			if (this.building.next().done) {
				this.building = undefined;
				return true;
			}
		}
		return false;
	}

	private *build(): Generator<void, void, void> {
		const index = this.terms();
		const sounds = new Map<string, KnownTerm[]>();
		const hangul: (KnownTerm & { choseong: string })[] = [];
		let n = 0;
		for (const term of index.keys()) {
			const isHangul = /^[가-힣]+$/.test(term);
			const key = isHangul ? koreanSoundKey(term) : englishSoundKey(term);
			if (key || (isHangul && term.length >= 2)) {
				const known = { term, df: documentCount(index, term) };
				if (key) {
					let list = sounds.get(key);
					if (!list) {
						sounds.set(key, (list = []));
					}
					list.push(known);
				}
				if (isHangul && term.length >= 2) {
					hangul.push({ ...known, choseong: choseongOf(term) });
				}
			}
			if (++n % BUILD_STEP === 0) {
				yield;
			}
		}
		for (const list of sounds.values()) {
			list.sort((a, b) => b.df - a.df);
		}
		this.sounds = sounds;
		this.hangulTerms = hangul;
		this.stale = false;
	}

	/** How long the query being planned may spend building the lists (see {@link planQuery}). */
	private listBudgetMs = Infinity;

	/**
	 * The lists as last built. If they never were, they are built now: all at once, or within
	 * the query's budget (then undefined if that was not enough; the steps done are kept).
	 */
	private lists(): { sounds: Map<string, KnownTerm[]>; hangulTerms: (KnownTerm & { choseong: string })[] } | undefined {
		if (!this.sounds || !this.hangulTerms) {
			const deadline = performance.now() + this.listBudgetMs;
			this.building ??= this.build();
			while (performance.now() < deadline) {
				if (this.building.next().done) {
					this.building = undefined;
					break;
				}
			}
			if (!this.sounds || !this.hangulTerms) {
				return undefined;
			}
		}
		return { sounds: this.sounds, hangulTerms: this.hangulTerms };
	}

	/**
	 * Every word of a query, with the words of the other language it stands for: glossary and
	 * mined pairs over the query's phrases, and loanwords by sound. Empty groups stay empty.
	 */
	planQuery(groups: readonly TokenGroup[], lastIsPartial: boolean, listBudgetMs = Infinity): PlannedQuery {
		this.listBudgetMs = listBudgetMs;
		const index = this.terms();
		const bridges = new Map<string, string>();
		const bridged = bridgeWords(
			groups.map((g) => g.whole),
			glossary(),
			this.mined,
		);
		const planned = groups.map((group, i) => {
			if (group.terms.length === 0) {
				return undefined;
			}
			const terms = [...this.plan(group, lastIsPartial && i === groups.length - 1)];
			const have = new Set(terms.map((t) => t.term));
			const push = (term: string, weight: number, label: string) => {
				if (!have.has(term)) {
					have.add(term);
					terms.push({ term, weight });
					bridges.set(term, label);
				}
			};
			for (const { text, label } of bridged[i]) {
				for (const tg of tokenGroups(text)) {
					const term = tg.terms[0];
					if (!term) {
						continue;
					}
					if (index.has(term)) {
						push(term, BRIDGE_WEIGHT, label);
					}
					// Korean compounds are often written as one word (`익명클래스` for `익명 클래스`).
					if (/[가-힣]/.test(term)) {
						for (const [completion, weight] of this.completions(term, FEW_COMPLETIONS)) {
							push(completion, BRIDGE_WEIGHT * weight, label);
						}
					}
				}
			}
			for (const { term, df } of this.soundsLike(group)) {
				if (df > 0) {
					push(term, BRIDGE_WEIGHT, `${term} ← ${group.whole}`);
				}
			}
			return terms;
		});
		return { groups: planned, bridges };
	}

	/** Terms of the other script that sound like the word (`키바나` → kibana, webpack → `웹팩`). */
	private soundsLike(group: TokenGroup): KnownTerm[] {
		const word = group.whole;
		const hangul = /^[가-힣]+$/.test(word);
		// A particle may be part of the loanword (`키바나` is not `키바` + `나`): try both.
		const keys = hangul ? [koreanSoundKey(word), koreanSoundKey(stemKorean(word) ?? word)] : [englishSoundKey(word)];
		const found: KnownTerm[] = [];
		for (const key of new Set(keys)) {
			for (const t of (key && this.lists()?.sounds.get(key)) || []) {
				if (/^[가-힣]/.test(t.term) !== hangul && t.term !== word && !found.includes(t) && soundAlike(word, t.term)) {
					found.push(t);
				}
			}
		}
		return found.slice(0, MAX_SOUND_MATCHES);
	}

	/** Korean terms whose initials start with `initials` (`ㄹㄱㅅ` → 로그스태시), most notes first. */
	private byInitials(initials: string, limit: number): [string, number][] {
		const lists = this.lists();
		if (!lists) {
			return []; // not cached: the lists come later
		}
		return this.expansion(`ㄱ:${initials}`, () => {
			return lists.hangulTerms
				.filter((t) => t.choseong.startsWith(initials))
				.sort((a, b) => b.df - a.df)
				.slice(0, limit)
				.map(({ term }) => [term, PREFIX_WEIGHT]);
		});
	}

	/** Completions of a word whose last syllable is still being composed (`인콛` → 인코딩). */
	private composing(typing: UnfinishedHangul, limit: number): [string, number][] {
		return this.expansion(`ㅎ:${typing.jamo}`, () => {
			const found: KnownTerm[] = [];
			for (const prefix of typing.prefixes) {
				let scanned = 0;
				for (const [term, fields] of this.terms().atPrefix(prefix).entries()) {
					if (continuesTyping(term, typing)) {
						found.push({ term, df: postingsCount(fields) });
					}
					if (++scanned >= MAX_SCANNED_COMPLETIONS) {
						break;
					}
				}
			}
			found.sort((a, b) => b.df - a.df);
			return found.slice(0, limit).map(({ term }) => [term, PREFIX_WEIGHT]);
		});
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
				// Korean mid-composition, or typed as initial consonants only.
				const typing = unfinishedHangul(group.whole);
				const korean = typing ? this.composing(typing, MAX_COMPLETIONS) : isChoseongQuery(group.whole) ? this.byInitials(group.whole, MAX_COMPLETIONS) : [];
				for (const [completion, weight] of korean) {
					if (!terms.some((t) => t.term === completion)) {
						terms.push({ term: completion, weight: boost * weight });
						completed = true;
					}
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
				found.push({ term, df: postingsCount(fields) });
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

/** In how many notes a term occurs, counted over its fields (a note in two fields counts twice). */
function postingsCount(fields: TermPostings | undefined): number {
	let df = 0;
	for (const postings of fields?.values() ?? []) {
		df += postings.size;
	}
	return df;
}

function documentCount(index: TermIndex, term: string): number {
	return postingsCount(index.get(term));
}
