import type { Note } from './note';
import type { NoteHit, NoteIndex } from './noteIndex';
import { parseQuery } from './query';
import { bodySnippet } from './snippet';

/** One row of the search pick, ready to show: the adapter only adds buttons. */
export interface SearchEntry {
	note: Note;
	/** The note's title. */
	label: string;
	/** Date and topic (the topic left out when it is the title). */
	description: string;
	/** The body around the best match, on one line. */
	detail: string;
}

export interface SearchEntryOptions {
	/** How many rows at most; more than a screen is noise in a pick. */
	limit?: number;
	/** Snippet length, see {@link bodySnippet}. */
	snippetLength?: number;
}

const DEFAULT_LIMIT = 50;

/**
 * What the search pick shows for what the user typed: the index's hits, narrowed to the
 * notes with every word when there are any (see {@link narrowToAllWords}), as rows with a
 * snippet. This is the whole per-keystroke work, from query to items; the benchmark times it.
 */
export function searchEntries(index: NoteIndex, input: string, options: SearchEntryOptions = {}): SearchEntry[] {
	const limit = options.limit ?? DEFAULT_LIMIT;
	const hits = narrowToAllWords(input, index.search(input), limit);
	return hits.map((hit) => toEntry(hit.note, hit.terms, options));
}

/**
 * Several words narrow the results: the first `limit` hits that match every word of the
 * query, or the first `limit` hits when no note matches every word. The index ranks with OR
 * (notes with more words first), which suits a question but makes a list grow as one types
 * more words.
 *
 * A hit matches a word when one of its matched terms is one of the word's terms, or, for the
 * word still being typed, starts with one. A word no hit matches that way was read as a typo
 * (matched fuzzily) and does not narrow. Queries of one word cost nothing.
 */
export function narrowToAllWords(input: string, hits: readonly NoteHit[], limit = Infinity): NoteHit[] {
	const query = parseQuery(input);
	const words = query.groups.filter((g) => g.terms.length > 0);
	if (words.length < 2) {
		return hits.slice(0, limit);
	}
	const matchers = words
		.map((word, i) => {
			const exact = new Set(word.terms);
			const prefixes = query.lastIsPartial && i === words.length - 1 ? [...word.terms, word.whole].filter((p) => p.length >= 2) : [];
			return (term: string) => exact.has(term) || prefixes.some((p) => term.startsWith(p));
		})
		.filter((matches) => hits.some((h) => h.terms.some(matches)));
	const all: NoteHit[] = [];
	for (const hit of hits) {
		if (matchers.every((matches) => hit.terms.some(matches))) {
			all.push(hit);
			if (all.length >= limit) {
				break;
			}
		}
	}
	return all.length > 0 ? all : hits.slice(0, limit);
}

// --- the empty query: recently opened notes

/** How many recently opened notes are remembered and shown. */
export const RECENT_LIMIT = 20;

/** The recent list after opening `id`: most recent first, no repeats, at most {@link RECENT_LIMIT}. */
export function withOpened(recent: readonly string[], id: string): string[] {
	return [id, ...recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
}

export interface RecentEntries {
	/** `recent` when these are notes the user opened, `latest` for the newest notes of a first run. */
	kind: 'recent' | 'latest';
	entries: SearchEntry[];
}

/**
 * What the pick shows before anything is typed: the notes opened most recently, skipping any
 * that are gone. With no history yet, the newest notes by date, so the list is never empty.
 */
export function recentEntries(index: NoteIndex, recent: readonly string[], options: SearchEntryOptions = {}): RecentEntries {
	const limit = options.limit ?? RECENT_LIMIT;
	const opened = recent.map((id) => index.get(id)).filter((n): n is Note => n !== undefined);
	if (opened.length > 0) {
		return { kind: 'recent', entries: opened.slice(0, limit).map((n) => toEntry(n, [], options)) };
	}
	const latest = index
		.notes()
		.filter((n) => n.date)
		.sort((a, b) => b.date!.localeCompare(a.date!))
		.slice(0, limit);
	return { kind: 'latest', entries: latest.map((n) => toEntry(n, [], options)) };
}

function toEntry(note: Note, terms: readonly string[], options: SearchEntryOptions): SearchEntry {
	const topic = note.topic && note.topic.toLowerCase() !== note.title.toLowerCase() ? note.topic : '';
	return {
		note,
		label: note.title,
		description: [note.date, topic].filter(Boolean).join(' · '),
		detail: bodySnippet(note, terms, { maxLength: options.snippetLength }),
	};
}
