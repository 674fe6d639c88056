import { stemEnglish } from './englishStem';
import { stemKorean } from './korean';
import { STOP_WORDS } from './stopWords';

/**
 * One tokenizer for notes, queries and the keyword dictionary, so a word is split the same
 * way everywhere.
 *
 * - Code identifiers are kept whole and also split into their parts: `Fn::Join` gives
 *   `fn::join`, `fn`, `join`; `fs.inotify.max_user_watches` gives the whole, `fs`, `inotify`,
 *   `max_user_watches`, `max`, `user`, `watches`; `waitUntil` gives `waituntil`, `wait`.
 *   Leading sigils that change meaning stay on the whole (`!join`, `--acl`).
 * - Backticks, brackets and other punctuation separate tokens; so does a change between
 *   Hangul and other letters (`` `inotify`설정값이 ``, `pipeline으로`).
 * - Korean words lose their particles and endings (see `korean.ts`).
 * - Plain English words are lowercased and stemmed lightly (`committed` → `commit`, see `englishStem.ts`);
 *   function words are dropped.
 */

/** A compound as written: sigil, then word characters joined by `.`, `::`, `:` or `-`. */
const COMPOUND = new RegExp(
	String.raw`(\p{Script=Hangul}+)|((?:!|--?|@)?[[\p{L}\p{N}_$]--\p{Script=Hangul}]+(?:(?:::|[.:\-])[[\p{L}\p{N}_$]--\p{Script=Hangul}]+)*)`,
	'gv',
);
const SEGMENT_SEPARATORS = /::|[.:\-/]/;
/** Splits `max_user_watches`, `waitUntil`, `HTMLInputElement`, `networkidle0` into words. */
const WORD_PARTS = /[\p{Lu}]+(?![\p{Ll}])|[\p{Lu}]?[\p{Ll}]+|\p{N}+/gu;
const PLAIN_WORD = /^[a-z]+$/;

/**
 * Words repeat across notes (a collection's vocabulary is a small fraction of its words), so
 * each distinct spelling is analysed once. Groups are shared: callers must not mutate them.
 */
const cache = new Map<string, TokenGroup>();
const CACHE_LIMIT = 50_000;

export interface TokenGroup {
	/** The compound as written, lowercased (sigils kept). */
	readonly whole: string;
	/** Index terms for it, `whole`-derived term first; empty when it is a stop word. */
	readonly terms: readonly string[];
}

/** Index terms of a text, in order, with repeats (MiniSearch counts them for term frequency). */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	for (const group of tokenGroups(text)) {
		for (const term of group.terms) {
			out.push(term);
		}
	}
	return out;
}

/** The compounds of a text, each with its terms: queries use the grouping to AND compounds. */
export function tokenGroups(text: string): TokenGroup[] {
	const groups: TokenGroup[] = [];
	// exec with numbered groups: matchAll's named groups allocate per match, a third of the cost.
	COMPOUND.lastIndex = 0;
	for (let m = COMPOUND.exec(text); m; m = COMPOUND.exec(text)) {
		const written = m[0];
		let group = cache.get(written);
		if (!group) {
			if (m[1] !== undefined) {
				const stem = stemKorean(written);
				group = { whole: written, terms: stem ? [stem] : [] };
			} else {
				group = { whole: written.toLowerCase(), terms: wordTerms(written) };
			}
			if (cache.size >= CACHE_LIMIT) {
				cache.clear();
			}
			cache.set(written, group);
		}
		groups.push(group);
	}
	return groups;
}

/** The code-like compounds of a text as written (no Hangul), with their offsets. */
export function compoundsOf(text: string): { text: string; index: number }[] {
	const out: { text: string; index: number }[] = [];
	const re = new RegExp(COMPOUND); // own lastIndex: callers may tokenize while iterating
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m[2] !== undefined) {
			out.push({ text: m[2], index: m.index });
		}
	}
	return out;
}

/** Normalizes one plain word the way the index does (for callers holding single words). */
export function normalizeWord(word: string): string {
	const lower = word.toLowerCase();
	return PLAIN_WORD.test(lower) ? stemEnglish(lower) : lower;
}

function wordTerms(word: string): string[] {
	const lower = word.toLowerCase();
	if (PLAIN_WORD.test(lower) && !/\p{Lu}/u.test(word.slice(1))) {
		// A plain word (`Committed`, `table`): stop word or stem.
		if (lower.length < 2 || STOP_WORDS.has(lower)) {
			return [];
		}
		return [stemEnglish(lower)];
	}
	const terms = [lower];
	const bare = lower.replace(/^(?:!|--?|@)/, '');
	if (bare !== lower) {
		terms.push(bare);
	}
	// Segments first (`max_user_watches`), then the words inside them (`max`, `user`, `watches`).
	const segments = bare.split(SEGMENT_SEPARATORS).filter(Boolean);
	const originalSegments = word
		.replace(/^(?:!|--?|@)/, '')
		.split(SEGMENT_SEPARATORS)
		.filter(Boolean);
	for (let i = 0; i < originalSegments.length; i++) {
		const segment = segments[i];
		if (segments.length > 1 && segment !== bare) {
			addPart(terms, segment);
		}
		const parts = originalSegments[i].match(WORD_PARTS) ?? [];
		if (parts.length > 1 || (parts.length === 1 && parts[0].toLowerCase() !== segment)) {
			for (const part of parts) {
				addPart(terms, part.toLowerCase());
			}
		}
	}
	return terms;
}

function addPart(terms: string[], part: string): void {
	if (part.length < 2 || STOP_WORDS.has(part)) {
		return;
	}
	const term = PLAIN_WORD.test(part) ? stemEnglish(part) : part;
	if (!terms.includes(term)) {
		terms.push(term);
	}
}
