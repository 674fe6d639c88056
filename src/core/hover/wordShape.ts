/**
 * What a word under the cursor looks like, before any note is asked about it: the first half of
 * the hover's noise rule (see the README's "When a hover stays silent").
 */
import { CODE_NOISE, dictionaryWords, ENGLISH_WORDS } from '../words/commonWords';

/**
 * - `noise`: never a name (fragments of two letters or fewer, month and day names, language
 *   keywords and builtins, the 4,000 commonest English words);
 * - `structural`: shaped like code whatever the case (`fs.readFileSync`, `max_user_watches`,
 *   `Fn::Join`, `--acl`, `networkidle0`, `waitUntil`);
 * - `constant`: capitals only, and no English word (`ENOSPC`, `MJS`): code-shaped in prose too;
 * - `plain`: letters only, and no English word (`sysctl`, `citext`);
 * - `dictionary`: an English word (`scanner`, `slice`, `steps`), a name only in some ecosystems.
 *   In prose, a sigil or hyphen does not make English code: `@example`, `look-ahead`.
 */
export type WordShape = 'noise' | 'structural' | 'constant' | 'plain' | 'dictionary';

const SIGIL = /^(?:!|--?|@)/;
const CONNECTED = /[\p{L}\p{N}$](?:::|[._:/$-])[\p{L}\p{N}$]/u;
/** Two humps of two letters or more: `waitUntil`, `TimeoutError`; not `NaN` or `iOS`. */
const CAMEL = /\p{L}{2,}(?<=\p{Ll})\p{Lu}\p{L}/u;
const LETTER_DIGIT = /\p{L}\p{N}|\p{N}\p{L}/u;
const CALENDAR = new Set(
	`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`.split(/\s+/),
);

/** The shape of a keyword as written; `prose` says it stands in a comment, a string or plain text. */
export function wordShape(word: string, prose: boolean): WordShape {
	const bare = word.replace(SIGIL, '');
	const lower = bare.toLowerCase();
	if (letters(bare) < 3 || CALENDAR.has(lower)) {
		return 'noise';
	}
	const english = isEnglish(lower);
	if (bare !== word) {
		return !english ? 'structural' : prose ? 'dictionary' : 'structural';
	}
	if (CODE_NOISE.has(lower) || ENGLISH_WORDS.has(lower)) {
		return 'noise';
	}
	if (CAMEL.test(bare) || LETTER_DIGIT.test(bare)) {
		return 'structural';
	}
	if (CONNECTED.test(bare)) {
		// `look-ahead` in a comment is English; `runs-on` in a workflow's key is a name.
		const parts = lower.split(/::|[._:/$-]+/).filter(Boolean);
		return prose && !/[_.:/$]/.test(bare) && parts.every((p) => isEnglish(p)) ? 'dictionary' : 'structural';
	}
	if (english) {
		return 'dictionary';
	}
	return /^\p{Lu}+$/u.test(bare) ? 'constant' : 'plain';
}

function isEnglish(lower: string): boolean {
	return ENGLISH_WORDS.has(lower) || dictionaryWords().has(lower) || CODE_NOISE.has(lower) || lower.length < 3;
}

function letters(word: string): number {
	return word.replace(/[^\p{L}]/gu, '').length;
}

/**
 * A piece of a contraction (`doesn` of `doesn't`, `ll` of `we'll`): a word that touches an
 * apostrophe with a letter on its other side.
 */
export function isContractionPiece(line: string, start: number, end: number): boolean {
	const apostrophe = /['\u2019]/;
	const after = apostrophe.test(line[end] ?? '') && /\p{L}/u.test(line[end + 1] ?? '');
	const before = apostrophe.test(line[start - 1] ?? '') && /\p{L}/u.test(line[start - 2] ?? '');
	return after || before;
}

const BOILERPLATE = /copyright|\(c\)\s*\d|©|licen[cs]ed?\b|spdx-|all rights reserved|warrant(y|ies)|permission is hereby|redistribut|general public license/i;

/** Licence and copyright headers: prose there is never about a note. */
export function isBoilerplate(text: string): boolean {
	return BOILERPLATE.test(text);
}
