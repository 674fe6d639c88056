import { stemEnglish } from '../words/englishStem';
import { stemKorean } from '../words/korean';
import { CORE_GLOSSARY_TSV } from './coreGlossary';
import { GLOSSARY_TSV } from './glossaryData';

/**
 * The Korean↔English developer glossary: the project's core (coreGlossary.ts) and, when built,
 * the pairs taken from public translation glossaries (glossaryData.ts, scripts/glossary/).
 * Looked up by normalized keys: English words stemmed (`deploying` finds `deploy`), Korean with
 * spaces removed and a verb's ending dropped (`나누기`, `나누고`, `나누다` all find `나누`).
 */
export class Glossary {
	private readonly koreanByEnglish = new Map<string, Set<string>>();
	private readonly englishByKorean = new Map<string, Set<string>>();
	/** The longest English phrase in words, so a query is tried in n-grams up to it. */
	readonly longestEnglish: number;
	readonly longestKorean: number;

	constructor(...tables: string[]) {
		let longestEnglish = 1;
		let longestKorean = 1;
		for (const table of tables) {
			for (const line of table.split('\n')) {
				const [english, ...koreans] = line.split('\t').map((s) => s.trim());
				if (!english || koreans.length === 0) {
					continue;
				}
				const englishKey = englishKeyOf(english);
				longestEnglish = Math.max(longestEnglish, englishKey.split(' ').length);
				for (const korean of koreans.filter(Boolean)) {
					add(this.koreanByEnglish, englishKey, korean);
					longestKorean = Math.max(longestKorean, korean.split(/\s+/).length);
					for (const key of koreanKeysOf(korean)) {
						add(this.englishByKorean, key, english);
					}
				}
			}
		}
		this.longestEnglish = Math.min(longestEnglish, 4);
		this.longestKorean = Math.min(longestKorean, 4);
	}

	/** Korean renderings of an English word or phrase, as written in the glossary. */
	koreanFor(english: string): string[] {
		return [...(this.koreanByEnglish.get(englishKeyOf(english)) ?? [])];
	}

	/** English terms for a Korean word or phrase (any inflection the keys cover). */
	englishFor(korean: string): string[] {
		const out = new Set<string>();
		for (const key of koreanKeysOf(korean)) {
			for (const english of this.englishByKorean.get(key) ?? []) {
				out.add(english);
			}
		}
		return [...out];
	}
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
	let set = map.get(key);
	if (!set) {
		map.set(key, (set = new Set()));
	}
	set.add(value);
}

export function englishKeyOf(english: string): string {
	return english
		.toLowerCase()
		.split(/[\s_-]+/)
		.filter(Boolean)
		.map((w) => stemEnglish(w))
		.join(' ');
}

/** Verb and adjective endings a query may carry, longest first (`하기` before `기`). */
const ENDINGS = ['하기', '하지', '하고', '하는', '하다', '되다', '시키다', '기', '지', '고', '는', '다', '게', '면', '음', '함'];

/** The keys a Korean word or phrase is looked up by: as written without spaces, and its ending dropped. */
export function koreanKeysOf(korean: string): string[] {
	const joined = korean.replace(/\s+/g, '');
	const keys = new Set([joined]);
	for (const word of [joined, stemKorean(joined) ?? joined]) {
		keys.add(word);
		for (const ending of ENDINGS) {
			if (word.length - ending.length >= 1 && word.endsWith(ending)) {
				keys.add(word.slice(0, -ending.length));
				break;
			}
		}
	}
	return [...keys];
}

let shared: Glossary | undefined;

/** The shipped glossary, parsed on first use (a search that needs it; never at start-up). */
export function glossary(): Glossary {
	shared ??= new Glossary(CORE_GLOSSARY_TSV, GLOSSARY_TSV);
	return shared;
}
