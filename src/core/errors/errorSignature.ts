import { stemEnglish } from '../words/englishStem';
import { STOP_WORDS } from '../words/stopWords';

/**
 * What identifies an error message across its occurrences: its codes (`ENOSPC`, `TS2304`,
 * `ERROR 1175`, `HY000`), its error classes (`TimeoutError`), and its fixed words once the parts
 * that vary between occurrences are masked: quoted names, paths, URLs, numbers, line:column.
 * `content` is what matching compares: the fixed words less function words and the words every
 * error has (`error`, `fatal`, `detail`).
 */
export interface ErrorSignature {
	codes: string[];
	classes: string[];
	content: string[];
}

/** A message line longer than this is cut: a minified bundle's line says nothing more past it. */
const MAX_LINE = 500;
/** Lines of a message read at most: a 10,000-line stack trace names its error in the first ones. */
export const MAX_MESSAGE_LINES = 60;

const GENERIC = new Set([
	'error',
	'errors',
	'err',
	'fatal',
	'warning',
	'warn',
	'exception',
	'detail',
	'hint',
	'note',
	'info',
	'uncaught',
	'unhandled',
	'caused',
	'line',
	'column',
	'code',
	'message',
]);

const CLASS = /\b[A-Z][A-Za-z0-9]*(?:Error|Exception|Fault)\b/g;
const CODES = [
	/\bE(?!RROR|XCEPTION)[A-Z]{3,}\b/g, // errno: ENOSPC, EADDRINUSE
	/\b[A-Z]{1,4}\d{3,5}\b/g, // TS2304, CS0246, E0308
	/\bERROR\s+\d{3,5}\b/g, // MySQL: ERROR 1175
	/\(([0-9A-Z]{5})\)/g, // SQLSTATE: (HY000), (42P01)
];
const VARIABLE = [
	/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`|“[^”\n]*”|‘[^’\n]*’/g, // quoted names
	/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, // URLs
	/(?:[A-Za-z]:)?[\w.@~-]*[/\\][\w./\\@~-]*/g, // paths
	/\b[\w-]+(?:\.[\w-]+){2,}\b/g, // hosts, dotted versions
	/\b0x[0-9a-f]+\b|\b[0-9a-f]{8,}\b/gi, // addresses, hashes
	/\d+/g, // numbers, line:column
];

/** Printable text of a message: terminal colours and other control characters removed. */
export function cleanMessage(text: string): string {
	return text.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ');
}

/** The lines of a message worth reading, cleaned and cut (see {@link MAX_MESSAGE_LINES}). */
export function messageLines(message: string): string[] {
	const lines: string[] = [];
	let start = 0;
	while (start <= message.length && lines.length < MAX_MESSAGE_LINES) {
		let end = message.indexOf('\n', start);
		if (end < 0) {
			end = message.length;
		}
		const line = cleanMessage(message.slice(start, Math.min(end, start + MAX_LINE))).trim();
		if (line) {
			lines.push(line);
		}
		start = end + 1;
	}
	return lines;
}

export function errorSignature(line: string): ErrorSignature {
	const text = line.slice(0, MAX_LINE);
	const codes = new Set<string>();
	for (const pattern of CODES) {
		for (const m of text.matchAll(pattern)) {
			codes.add((m[1] ?? m[0]).replace(/\s+/g, ' '));
		}
	}
	const classes = [...new Set(text.match(CLASS) ?? [])];
	let masked = text;
	for (const pattern of VARIABLE) {
		masked = masked.replace(pattern, ' ');
	}
	const content: string[] = [];
	for (const m of masked.matchAll(/[A-Za-z][A-Za-z']*/g)) {
		const word = m[0].toLowerCase().replace(/'.*$/, '');
		if (word.length < 2 || STOP_WORDS.has(word) || GENERIC.has(word) || codes.has(m[0]) || classes.includes(m[0])) {
			continue;
		}
		const stem = stemEnglish(word);
		if (!content.includes(stem)) {
			content.push(stem);
		}
	}
	return { codes: [...codes], classes, content };
}

const ERROR_WORDS =
	/\b(errors?|fatal|panic|exception|failed|failure|denied|refused|cannot|can't|couldn't|could not|unable to|not found|no such|not defined|not a function|undefined|invalid|unexpected|timed out|timeout|exceeded|reached|unacceptable|must|not allowed|already exists|did not match|missing|unknown|segmentation)\b/i;

/** Whether a quoted line reads like an error message (and so is worth indexing as one). */
export function looksLikeError(line: string): boolean {
	if (line.length > MAX_LINE || line.split(/\s+/).length < 3) {
		return false;
	}
	CLASS.lastIndex = 0;
	return CLASS.test(line) || CODES.some((p) => new RegExp(p.source).test(line)) || ERROR_WORDS.test(line);
}

/**
 * How strongly a message line matches a quoted error, 0 for not at all. Strong means: no
 * conflicting code or class, and most content words shared both ways (Dice ≥ 0.75) with at
 * least three of them, or the same content words exactly. `SyntaxError: Unexpected token '}'`
 * shares two words with many quotes and so matches none but its own.
 */
export function matchStrength(message: ErrorSignature, quoted: ErrorSignature): number {
	if (conflicts(message.codes, quoted.codes) || conflicts(message.classes, quoted.classes)) {
		return 0;
	}
	const shared = message.content.filter((w) => quoted.content.includes(w)).length;
	const total = message.content.length + quoted.content.length;
	const dice = total === 0 ? 0 : (2 * shared) / total;
	const sameWords = shared >= 2 && shared === message.content.length && shared === quoted.content.length;
	const sharedCode = message.codes.some((c) => quoted.codes.includes(c) && /^E[A-Z]{3,}$|\d{3}/.test(c));
	if ((shared >= 3 && dice >= MIN_DICE) || sameWords) {
		return dice + (sharedCode ? 0.5 : 0);
	}
	// A distinctive code with the words around it (`ENOSPC: System limit ...`).
	return sharedCode && shared >= 2 && dice >= 0.5 ? dice : 0;
}

export const MIN_DICE = 0.75;

function conflicts(a: readonly string[], b: readonly string[]): boolean {
	return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}
