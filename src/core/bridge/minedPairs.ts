import { NoteQueue } from '../sync/noteQueue';
import type { Note } from '../note';
import { englishKeyOf, koreanKeysOf } from './glossary';

/**
 * Pairs the notes themselves state: an English term glossed in Korean or the reverse, in
 * brackets (`결과적 일관성(eventual consistency)`, `SIGHUP(hang up)`), and abbreviations spelled
 * out (`TPS(Transaction Per Second)`). They bridge the collection's own vocabulary, which no
 * shipped glossary knows. Kept in step with the index as an observer, extracted in idle slices.
 */
export interface MinedPair {
	english: string;
	/** Korean, or the spelled-out English of an abbreviation. */
	other: string;
}

const ENGLISH = String.raw`[A-Za-z][A-Za-z0-9.+#/-]*(?: [A-Za-z][A-Za-z0-9.+#/-]*){0,4}`;
const KOREAN = String.raw`[가-힣]+(?: [가-힣]+){0,3}`;
const ENGLISH_THEN_KOREAN = new RegExp(String.raw`(${ENGLISH})\s?\((${KOREAN})\)`, 'g');
const KOREAN_THEN_ENGLISH = new RegExp(String.raw`(${KOREAN})\s?\((${ENGLISH})\)`, 'g');
const ABBREVIATION = new RegExp(String.raw`\b([A-Z][A-Z0-9]{1,7})\s?\((${ENGLISH})\)`, 'g');

/** The pairs one text states (at most a few hundred: a note is not a dictionary). */
export function pairsIn(text: string): MinedPair[] {
	const pairs: MinedPair[] = [];
	for (const m of text.matchAll(ENGLISH_THEN_KOREAN)) {
		pairs.push({ english: lastWords(m[1], 3), other: m[2] });
	}
	for (const m of text.matchAll(KOREAN_THEN_ENGLISH)) {
		// The words before the bracket: the glossed term is the last one or two of them.
		const words = m[1].split(' ');
		pairs.push({ english: m[2], other: words.slice(-2).join(' ') });
		if (words.length > 1) {
			pairs.push({ english: m[2], other: words.at(-1)! });
		}
	}
	for (const m of text.matchAll(ABBREVIATION)) {
		if (m[2].split(' ').length > 1 && initialsMatch(m[1], m[2])) {
			pairs.push({ english: m[1], other: m[2] });
		}
	}
	return pairs.slice(0, 300);
}

function lastWords(text: string, n: number): string {
	return text.split(' ').slice(-n).join(' ');
}

/** `TPS` and `Transaction Per Second`: an abbreviation only when its letters start the words. */
function initialsMatch(abbreviation: string, words: string): boolean {
	const initials = words
		.split(/[\s-]+/)
		.map((w) => w[0]?.toUpperCase())
		.join('');
	return initials.startsWith(abbreviation.slice(0, 2));
}

export class MinedPairs extends NoteQueue {
	private readonly byNote = new Map<string, MinedPair[]>();
	/** key → the other side, with how many notes state it. */
	private readonly otherByEnglish = new Map<string, Map<string, number>>();
	private readonly englishByOther = new Map<string, Map<string, number>>();

	protected take(note: Note): void {
		const pairs = pairsIn(`${note.title}\n${note.body}`);
		this.byNote.set(note.id, pairs);
		for (const pair of pairs) {
			this.count(pair, 1);
		}
	}

	protected drop(noteId: string): void {
		for (const pair of this.byNote.get(noteId) ?? []) {
			this.count(pair, -1);
		}
		this.byNote.delete(noteId);
	}

	protected reset(): void {
		this.byNote.clear();
		this.otherByEnglish.clear();
		this.englishByOther.clear();
	}

	/** What the notes give for an English word or phrase. */
	otherFor(english: string): string[] {
		return [...(this.otherByEnglish.get(englishKeyOf(english))?.keys() ?? [])];
	}

	/** English the notes give for a Korean word or phrase, or for an abbreviation's spelling. */
	englishFor(other: string): string[] {
		const out = new Set<string>();
		for (const key of otherKeysOf(other)) {
			for (const english of this.englishByOther.get(key)?.keys() ?? []) {
				out.add(english);
			}
		}
		return [...out];
	}

	private count(pair: MinedPair, delta: number): void {
		bump(this.otherByEnglish, englishKeyOf(pair.english), pair.other, delta);
		for (const key of otherKeysOf(pair.other)) {
			bump(this.englishByOther, key, pair.english, delta);
		}
	}
}

function otherKeysOf(other: string): string[] {
	return /[가-힣]/.test(other) ? koreanKeysOf(other) : [englishKeyOf(other)];
}

function bump(map: Map<string, Map<string, number>>, key: string, value: string, delta: number): void {
	let counts = map.get(key);
	if (!counts) {
		map.set(key, (counts = new Map()));
	}
	const n = (counts.get(value) ?? 0) + delta;
	if (n > 0) {
		counts.set(value, n);
	} else {
		counts.delete(value);
		if (counts.size === 0) {
			map.delete(key);
		}
	}
}
