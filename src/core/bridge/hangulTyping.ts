import { canBeChoseong, combineCharacter, disassemble, disassembleCompleteCharacter, getChoseong } from 'es-hangul';

/**
 * Korean as an input method shows it mid-word: `인콛` on the way to `인코딩`, `재부ㅌ` to
 * `재부팅`. The last syllable is unfinished: a trailing lone jamo, or a final consonant that may
 * still move to the next syllable. Such a word is a prefix of its jamo, not of its syllables.
 */
export interface UnfinishedHangul {
	/** Syllable prefixes the finished word may start with (`인콛`, `인코`). */
	prefixes: string[];
	/** The word's jamo, which a finished word's jamo start with (`ㅇㅣㄴㅋㅗㄷ`). */
	jamo: string;
}

const SYLLABLE = /[가-힣]/;
const LONE_JAMO = /[ㄱ-ㅎㅏ-ㅣ]/;

/** The forms a word being typed may still become, when its last syllable is unfinished. */
export function unfinishedHangul(word: string): UnfinishedHangul | undefined {
	const last = word.at(-1) ?? '';
	const head = word.slice(0, -1);
	if (LONE_JAMO.test(last) && SYLLABLE.test(head)) {
		return { prefixes: [head], jamo: disassemble(word) };
	}
	if (!SYLLABLE.test(last)) {
		return undefined;
	}
	const parts = disassembleCompleteCharacter(last);
	if (!parts || !parts.jongseong) {
		return undefined;
	}
	// The final may move to the next syllable: all of it, or the second of a double final (`읽` → `일기`).
	const final = disassemble(parts.jongseong);
	const kept = final.length > 1 ? final.slice(0, -1) : '';
	const moved = safeCombine(parts.choseong, parts.jungseong, kept);
	return { prefixes: moved ? [word, head + moved] : [word], jamo: disassemble(word) };
}

function safeCombine(choseong: string, jungseong: string, jongseong: string): string | undefined {
	try {
		return combineCharacter(choseong, jungseong, jongseong);
	} catch {
		return undefined;
	}
}

/** Whether `word` is a finished word's jamo prefix: what {@link unfinishedHangul} allows. */
export function continuesTyping(term: string, typing: UnfinishedHangul): boolean {
	return disassemble(term).startsWith(typing.jamo);
}

/** A query of initial consonants only (`ㄹㄱㅅㅌㅅ` for 로그스태시), two or more. */
export function isChoseongQuery(word: string): boolean {
	return word.length >= 2 && [...word].every((c) => canBeChoseong(c));
}

/** The initial consonants of a Korean term (`로그스태시` → `ㄹㄱㅅㅌㅅ`). */
export function choseongOf(term: string): string {
	return getChoseong(term);
}
