import { FenceTracker } from '../parse/markdownLines';
import { normalizeWord } from '../words/tokenizer';

/** A half-open range of UTF-16 offsets, `[start, end)`. */
export interface TextRange {
	start: number;
	end: number;
}

const PLAIN_TERM = /^[a-z]+$/;
const LATIN_LETTER = /[a-z]/;
const WORD_CHAR = /[\p{L}\p{N}$]/u;
const HANGUL = /\p{Script=Hangul}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Where index terms (as {@link NoteHit.terms} gives them) occur in a text, so a caller can
 * highlight them or cut a snippet around them. A term matches at the start of a word or of a
 * word part (`user` in `max_user_watches`, `until` in `waitUntil`, `설정값` in `` `inotify`설정값이 ``).
 * English terms are stems, so a match is any word that stems to the term (`queri` finds
 * `queries`, `hope` finds `hoping`); Korean terms match without their particles (`인코딩` in `인코딩은`).
 *
 * ### Example
 * ```ts
 * termRanges('Committed `fs.inotify` changes', ['commit', 'inotify']);
 * // [{ start: 0, end: 9 }, { start: 14, end: 21 }]
 * ```
 * @returns sorted, non-overlapping ranges (a longer match wins over one it overlaps).
 */
export function termRanges(text: string, terms: readonly string[], lower = lowerSameLength(text)): TextRange[] {
	const found: TextRange[] = [];
	for (const term of new Set(terms)) {
		if (!term) {
			continue;
		}
		const plain = PLAIN_TERM.test(term);
		// A stem may end differently from the word (`queri` / `query`, `hope` / `hoping`).
		const key = plain && term.length > 3 && /[ie]$/.test(term) ? term.slice(0, -1) : term;
		for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
			if (!startsWord(text, at)) {
				continue;
			}
			let end = at + key.length;
			if (plain) {
				while (end < lower.length && LATIN_LETTER.test(lower[end]) && !(UPPER.test(text[end]) && LOWER.test(text[end - 1]))) {
					end++;
				}
				const word = lower.slice(at, end);
				if (word !== term && normalizeWord(word) !== term) {
					continue;
				}
			}
			found.push({ start: at, end });
		}
	}
	return withoutOverlaps(found);
}

/** True where a word or word part can start: after a non-word character, `_`, a case or script change. */
function startsWord(text: string, at: number): boolean {
	if (at === 0) {
		return true;
	}
	const prev = text[at - 1];
	const here = text[at];
	return (
		!WORD_CHAR.test(prev) || (UPPER.test(here) && LOWER.test(prev)) || HANGUL.test(here) !== HANGUL.test(prev) || /\p{N}/u.test(prev) !== /\p{N}/u.test(here)
	);
}

function withoutOverlaps(ranges: TextRange[]): TextRange[] {
	ranges.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: TextRange[] = [];
	for (const r of ranges) {
		const last = out[out.length - 1];
		if (!last || r.start >= last.end) {
			out.push(r);
		} else if (r.end > last.end) {
			last.end = r.end;
		}
	}
	return out;
}

/** Lowercases without moving offsets: the few characters whose lowercase is longer (`İ`) stay as they are. */
export function lowerSameLength(text: string): string {
	const lower = text.toLowerCase();
	if (lower.length === text.length) {
		return lower;
	}
	let out = '';
	for (const ch of text) {
		const l = ch.toLowerCase();
		out += l.length === ch.length ? l : ch;
	}
	return out;
}

// --- flattening

const LINE_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)\s+/;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const SEPARATOR = ' · ';

const plainCache = new WeakMap<object, string>();
const lowerCache = new WeakMap<object, string>();

/**
 * A note's body as one line for a list: fence lines and bullet, heading and quote markers
 * dropped, links reduced to their text. A line that starts a block (a bullet, a heading, a
 * code line, the first line after a blank one) is set off with ` · `; a soft-wrapped line
 * goes on with a space. Inline code keeps its backticks, so `fs.inotify.max_user_watches`
 * still reads as code in plain text.
 * Cached per note object: the index replaces notes on change, it never mutates them.
 */
export function plainBody(note: { body: string }): string {
	let plain = plainCache.get(note);
	if (plain === undefined) {
		plain = '';
		let blockStarts = true;
		const fences = new FenceTracker();
		for (const line of note.body.split('\n')) {
			const wasInFence = fences.isOpen;
			const inFence = fences.inCode(line);
			// A line that opens or closes a fence is dropped; the parser's tracker decides which.
			if (inFence && wasInFence !== fences.isOpen) {
				blockStarts = true;
				continue;
			}
			const marked = LINE_MARKER.test(line);
			const text = line.replace(LINE_MARKER, '').replace(/\s+/g, ' ').trim();
			if (!text) {
				blockStarts = true;
				continue;
			}
			if (plain) {
				plain += blockStarts || inFence || marked ? SEPARATOR : ' ';
			}
			plain += text;
			blockStarts = false;
		}
		plain = plain.replace(LINK, '$1');
		plainCache.set(note, plain);
	}
	return plain;
}

// --- snippet

export interface SnippetOptions {
	/** Longest snippet in UTF-16 units, ellipses excluded. */
	maxLength?: number;
}

/** How far a cut may move to keep a word or a code span whole. */
const SLACK = 24;

/**
 * The part of a note's body to show under its title: the window of `maxLength` characters
 * holding the most distinct matched terms, with a little context before the first one.
 * Cuts fall on spaces when one is near, keep a short code span whole rather than halve it,
 * and never split a character: not a surrogate pair, not a Hangul syllable written as jamo.
 *
 * ### Example
 * ```ts
 * bodySnippet({ body: '- docker 환경에서 한글 인코딩은 `utf-8`이 아니면 안 된다.' }, ['인코딩'], { maxLength: 30 });
 * // '…환경에서 한글 인코딩은 `utf-8`이 아니면…'
 * ```
 */
export function bodySnippet(note: { body: string }, terms: readonly string[], options: SnippetOptions = {}): string {
	const maxLength = options.maxLength ?? 120;
	const text = plainBody(note);
	if (text.length <= maxLength) {
		return text;
	}
	// A pick lists the same notes keystroke after keystroke: lowercase each body once.
	let lower = lowerCache.get(note);
	if (lower === undefined) {
		lower = lowerSameLength(text);
		lowerCache.set(note, lower);
	}
	const ranges = termRanges(text, terms, lower);
	const focus = bestWindow(text, ranges, Math.floor(maxLength * 0.75));
	let start = focus ? Math.max(0, focus.start - Math.floor(maxLength / 4)) : 0;
	start = Math.max(0, Math.min(start, text.length - maxLength));
	let end = start + maxLength;
	start = cutBefore(text, start, focus?.start ?? start);
	end = cutAfter(text, end, Math.min(focus?.end ?? end, end));
	return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}

/** The first match of the window (`width` wide from a match) that holds the most distinct matched words. */
function bestWindow(text: string, ranges: readonly TextRange[], width: number): TextRange | undefined {
	let best: TextRange | undefined;
	let bestCount = 0;
	for (let i = 0; i < ranges.length; i++) {
		const seen = new Set<string>();
		for (let j = i; j < ranges.length && ranges[j].end - ranges[i].start <= width; j++) {
			seen.add(text.slice(ranges[j].start, ranges[j].end).toLowerCase());
		}
		if (seen.size > bestCount) {
			best = ranges[i];
			bestCount = seen.size;
		}
	}
	return best;
}

/** Moves a start cut to where a word or code span begins, without passing `limit` (the match). */
function cutBefore(text: string, at: number, limit: number): number {
	if (at === 0) {
		return 0;
	}
	const span = codeSpanAround(text, at);
	if (span && at - span.start <= SLACK) {
		return span.start;
	}
	if (span && span.end <= limit) {
		// Half a long code span reads as noise with a stray backtick: start after it.
		return text[span.end] === ' ' ? span.end + 1 : span.end;
	}
	const space = text.lastIndexOf(' ', at);
	if (space >= 0 && at - space <= SLACK) {
		return space + 1;
	}
	const forward = text.indexOf(' ', at);
	if (forward >= 0 && forward < limit && forward - at <= SLACK) {
		return forward + 1;
	}
	return graphemeStart(text, at);
}

/** Moves an end cut to where a word or code span ends, not before `limit` (the match's end). */
function cutAfter(text: string, at: number, limit: number): number {
	if (at >= text.length) {
		return text.length;
	}
	const span = codeSpanAround(text, at);
	if (span && span.end - at <= SLACK) {
		return span.end;
	}
	if (span && span.start >= limit) {
		return span.start;
	}
	const space = text.lastIndexOf(' ', at);
	if (space >= limit && at - space <= SLACK) {
		return space;
	}
	return graphemeStart(text, at);
}

/** The `` `code span` `` (backticks included) that `at` falls inside, if any. */
function codeSpanAround(text: string, at: number): TextRange | undefined {
	let open = -1;
	for (let i = text.indexOf('`'); i >= 0 && i < at + SLACK; i = text.indexOf('`', i + 1)) {
		if (open < 0) {
			open = i;
		} else {
			if (open < at && at <= i) {
				return { start: open, end: i + 1 };
			}
			open = -1;
		}
	}
	return undefined;
}

/**
 * Characters that never join a neighbour into one grapheme: those below the combining marks
 * (U+0300) and precomposed Hangul syllables. Between two of them is always a boundary, so the
 * segmenter, slow for a per-keystroke path, is needed only near anything else.
 */
function standsAlone(code: number): boolean {
	return code < 0x300 || (code >= 0xac00 && code <= 0xd7a3);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The start of the grapheme cluster holding `at`: where a cut can fall without splitting a character. */
export function graphemeStart(text: string, at: number): number {
	if (at <= 0 || at >= text.length || (standsAlone(text.charCodeAt(at - 1)) && standsAlone(text.charCodeAt(at)) && text[at - 1] !== '\r')) {
		return Math.max(0, Math.min(at, text.length));
	}
	const from = Math.max(0, at - 16);
	let boundary = from;
	for (const { index } of graphemes.segment(text.slice(from, Math.min(text.length, at + 16)))) {
		if (from + index > at) {
			break;
		}
		boundary = from + index;
	}
	return boundary;
}
