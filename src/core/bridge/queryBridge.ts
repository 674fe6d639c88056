import type { Glossary } from './glossary';
import type { MinedPairs } from './minedPairs';

/** A word or phrase of the other language a query word stands for, and why (for the row). */
export interface Bridge {
	text: string;
	/** `결과적 일관성 ← eventual consistency`: what matched, from what was typed. */
	label: string;
}

const HANGUL = /^[가-힣]+$/;
const LATIN = /^[a-z][a-z0-9.+#-]*$/i;

/**
 * For each query word, the words of the other language it stands for: glossary and mined pairs,
 * tried on phrases of the query (`eventual consistency`, `이름 바꾸기`) before single words. A
 * phrase's bridge goes to each word in it, so a note with the whole concept matches them all.
 */
export function bridgeWords(words: readonly string[], glossary: Glossary, mined?: MinedPairs): Bridge[][] {
	const out: Bridge[][] = words.map(() => []);
	const longest = Math.max(glossary.longestEnglish, glossary.longestKorean, 3);
	for (let n = Math.min(longest, words.length); n >= 1; n--) {
		for (let i = 0; i + n <= words.length; i++) {
			const span = words.slice(i, i + n);
			const phrase = span.join(' ');
			let found: string[] = [];
			if (span.every((w) => LATIN.test(w))) {
				found = [...glossary.koreanFor(phrase), ...(mined?.otherFor(phrase) ?? [])];
			} else if (span.every((w) => HANGUL.test(w))) {
				found = [...glossary.englishFor(phrase), ...(mined?.englishFor(phrase) ?? [])];
			}
			for (const text of new Set(found)) {
				for (let j = i; j < i + n; j++) {
					if (!out[j].some((b) => b.text === text)) {
						out[j].push({ text, label: `${text} ← ${phrase}` });
					}
				}
			}
		}
	}
	return out.map((bridges) => bridges.slice(0, MAX_BRIDGES_PER_WORD));
}

/** Enough for a word's senses; more only adds noise and keystroke time. */
const MAX_BRIDGES_PER_WORD = 8;
