import type { Note } from '../note';
import { tokenGroups } from '../words/tokenizer';
import type { NoteIndex } from './noteIndex';

/** A note close to another: the words they share, and the bridges between their languages. */
export interface RelatedNote {
	note: Note;
	/** Index terms both notes have (or a bridge joins). */
	shared: string[];
	/** `branch ← 브랜치`: words of the other language that joined them. */
	bridges: string[];
}

/** How many of a note's words make the query: its most distinctive ones. */
const QUERY_WORDS = 8;

/**
 * The notes closest to `note`: a search for its most distinctive words (frequent in it, rare in
 * the collection, but shared with at least one other note), so the glossary, mined pairs and
 * loanwords bridge it to notes in the other language as they do any query.
 */
export function relatedNotes(index: NoteIndex, note: Note, limit = 10): RelatedNote[] {
	const counts = new Map<string, { term: string; count: number }>();
	for (const group of tokenGroups(`${note.title}\n${note.title}\n${note.body}`)) {
		const term = group.terms[0];
		// Query syntax and phrases would change what the words mean.
		if (!term || term.length < 2 || /[:"]/.test(group.whole)) {
			continue;
		}
		const entry = counts.get(group.whole) ?? { term, count: 0 };
		entry.count++;
		counts.set(group.whole, entry);
	}
	const common = Math.max(5, index.size * 0.05);
	const scored = [...counts]
		.map(([word, { term, count }]) => ({ word, term, count, df: index.documentFrequency(term, common + 1) }))
		.filter((w) => w.df >= 2 && w.df <= common)
		.map((w) => ({ ...w, weight: w.count * Math.log(index.size / w.df) }))
		.sort((a, b) => b.weight - a.weight)
		.slice(0, QUERY_WORDS);
	if (scored.length === 0) {
		return [];
	}
	const terms = new Set(scored.map((w) => w.term));
	// A trailing space: every word is complete, none is completed as a prefix.
	const hits = index.search(`${scored.map((w) => w.word).join(' ')} `, { limit: limit + 1 });
	return hits
		.filter((hit) => hit.note.id !== note.id)
		.slice(0, limit)
		.map((hit) => ({ note: hit.note, shared: hit.terms.filter((t) => terms.has(t)), bridges: hit.bridges }));
}
