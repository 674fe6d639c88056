import { romanize } from 'es-hangul';

/**
 * Loanwords by sound: `웹팩` ↔ webpack, `키바나` ↔ kibana, `로그스태시` ↔ logstash. Both sides are
 * reduced to a key of consonant classes as Korean hears them (b/p/f/v, g/k/c/q, d/t, s/z/sh/th,
 * j/ch, l/r), an English `r` after a vowel and not before one is silent (`docker` → 도커), and
 * vowels are dropped, which also drops the `ㅡ` Korean puts between consonants (`스` in 스태시).
 * Short keys keep coarse vowels, else `git` would meet `cat` and `code`.
 */

/** The key of an English term (letters only), or undefined for a term too short or not a word. */
export function englishSoundKey(term: string): string | undefined {
	if (!/^[a-z]{3,24}$/.test(term)) {
		return undefined;
	}
	const s = term
		.replace(/e$/, '') // a silent final e (code → 코드)
		.replace(/t?ch|j/g, 'J')
		.replace(/sh|th/g, 's')
		.replace(/ph/g, 'p')
		.replace(/ck/g, 'k')
		.replace(/x/g, 'ks')
		.replace(/c(?=[eiy])/g, 's')
		.replace(/er(?![aeiou])/g, 'u') // `-er` is heard as 어 (docker → 도커, server → 서버)
		.replace(/([aeiou])r(?![aeiou])/g, '$1') // otherwise a non-rhotic r is silent
		.replace(/[wh]/g, '');
	return keyOf(s);
}

/** Keys of Korean words already read: romanizing is the costly part, and terms recur across index builds. */
const koreanKeys = new Map<string, string | undefined>();
const MAX_CACHED_KEYS = 100_000;

/** The key of a Korean word, read in the Revised Romanization first. */
export function koreanSoundKey(word: string): string | undefined {
	if (!/^[가-힣]{1,12}$/.test(word)) {
		return undefined;
	}
	if (koreanKeys.has(word)) {
		return koreanKeys.get(word);
	}
	if (koreanKeys.size >= MAX_CACHED_KEYS) {
		koreanKeys.clear();
	}
	const key = readKoreanKey(word);
	koreanKeys.set(word, key);
	return key;
}

function readKoreanKey(word: string): string | undefined {
	const s = romanize(word)
		.toLowerCase()
		.replace(/ch|j/g, 'J')
		.replace(/eo/g, 'u')
		.replace(/eu/g, '')
		.replace(/ae/g, 'e')
		.replace(/ng/g, 'nk')
		.replace(/[wh]/g, '');
	return keyOf(s);
}

const CONSONANT: Record<string, string> = {
	b: 'p',
	p: 'p',
	f: 'p',
	v: 'p',
	g: 'k',
	k: 'k',
	c: 'k',
	q: 'k',
	d: 't',
	t: 't',
	s: 's',
	z: 's',
	J: 'J',
	l: 'l',
	r: 'l',
	m: 'm',
	n: 'n',
};
const VOWEL_CLASS: Record<string, string> = { a: 'E', e: 'E', i: 'I', y: 'I', o: 'O', u: 'U' };

/**
 * The vowels of a word in coarse classes, in order (`kibana` → `IEE`, 키바나 → `IEE`). Keys of
 * consonants alone are lossy (`crlfbodyword` and 구글봇 share one); a loanword keeps its vowels
 * too, give or take the one Korean adds after a final consonant (`logstash` → 로그스태시).
 */
export function vowelsOf(word: string): string {
	const hangul = /[가-힣]/.test(word);
	const s = hangul
		? romanize(word).toLowerCase().replace(/eo/g, 'u').replace(/eu/g, '').replace(/ae/g, 'e')
		: word.replace(/e$/, '').replace(/er(?![aeiou])/g, 'u');
	let out = '';
	for (const ch of s) {
		const vowel = VOWEL_CLASS[ch];
		if (vowel && !out.endsWith(vowel)) {
			out += vowel;
		}
	}
	return out;
}

/** Whether two words sound alike: the same key, and vowels at most one edit apart. */
export function soundAlike(a: string, b: string): boolean {
	return editDistance(vowelsOf(a), vowelsOf(b)) <= 1;
}

function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		row = next;
	}
	return row[b.length];
}

/** Consonant classes with repeats merged; with two consonants or fewer, coarse vowels between. */
function keyOf(s: string): string | undefined {
	let consonants = '';
	let withVowels = '';
	for (const ch of s) {
		const consonant = CONSONANT[ch];
		if (consonant) {
			if (!consonants.endsWith(consonant)) {
				consonants += consonant;
				withVowels += consonant;
			}
			continue;
		}
		const vowel = VOWEL_CLASS[ch];
		if (vowel && !withVowels.endsWith(vowel)) {
			withVowels += vowel;
		}
	}
	if (consonants.length < 2) {
		return undefined;
	}
	return consonants.length <= 2 ? withVowels : consonants;
}
