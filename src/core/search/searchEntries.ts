import type { Note } from '../note';
import type { NoteIndex } from './noteIndex';
import { bodySnippet } from './snippet';

/** One row of the search pick, ready to show: the adapter only adds buttons. */
export interface SearchEntry {
	note: Note;
	/** The note's title. */
	label: string;
	/**
	 * Date and topic (the topic left out when it is the title), and the words of the other
	 * language the note matched by (`결과적 일관성 ← eventual consistency`).
	 */
	description: string;
	/** The body around the best match, on one line. */
	detail: string;
}

export interface SearchEntryOptions {
	/** How many rows at most; more than a screen is noise in a pick. */
	limit?: number;
	/** Snippet length, see {@link bodySnippet}. */
	snippetLength?: number;
	/** See SearchOptions.listBudgetMs (noteIndex.ts). */
	listBudgetMs?: number;
}

const DEFAULT_LIMIT = 50;
/** Bridged words a row names; the first ones say why it is there. */
const MAX_BRIDGES_SHOWN = 2;

/**
 * What the search pick shows for what the user typed: the index's hits, narrowed to the
 * notes with every word when there are any (several words narrow, as in a search box; the
 * index ranks with OR so that a question still finds notes), as rows with a snippet. This is
 * the whole per-keystroke work, from query to items; the benchmark times it.
 */
export function searchEntries(index: NoteIndex, input: string, options: SearchEntryOptions = {}): SearchEntry[] {
	const hits = index.search(input, { limit: options.limit ?? DEFAULT_LIMIT, allWords: true, listBudgetMs: options.listBudgetMs });
	return hits.map((hit) => toEntry(hit.note, hit.terms, options, hit.bridges));
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

function toEntry(note: Note, terms: readonly string[], options: SearchEntryOptions, bridges: readonly string[] = []): SearchEntry {
	const topic = note.topic && note.topic.toLowerCase() !== note.title.toLowerCase() ? note.topic : '';
	return {
		note,
		label: note.title,
		description: [note.date, topic, bridges.slice(0, MAX_BRIDGES_SHOWN).join(', ')].filter(Boolean).join(' · '),
		detail: bodySnippet(note, terms, { maxLength: options.snippetLength }),
	};
}
