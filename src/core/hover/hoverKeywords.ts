import type { Note } from '../note';
import { KeywordDictionary } from './keywords';

/** What the hover dictionary hears from the index it sits beside (see NoteIndex.observe). */
export interface NotesObserver {
	added(note: Note): void;
	removed(noteId: string): void;
	cleared(): void;
}

/**
 * The hover keywords of the indexed notes, kept in step with the index beside it. Extraction is
 * a quarter of a cold build and no search needs it, so notes wait in a queue until the indexing
 * service flushes it in idle slices ({@link flush}) or the first hover needs the dictionary.
 */
export class HoverKeywords implements NotesObserver {
	private readonly dictionary: KeywordDictionary;
	private readonly pending = new Map<string, Note>();

	constructor(documentFrequency: (term: string) => number) {
		this.dictionary = new KeywordDictionary({ documentFrequency });
	}

	added(note: Note): void {
		this.pending.set(note.id, note);
	}

	removed(noteId: string): void {
		if (!this.pending.delete(noteId)) {
			this.dictionary.removeNote(noteId);
		}
	}

	cleared(): void {
		this.pending.clear();
		this.dictionary.clear();
	}

	/** The dictionary, with every note's keywords extracted now if some are still queued. */
	get all(): KeywordDictionary {
		this.flush(Infinity);
		return this.dictionary;
	}

	/** The dictionary when all keywords are extracted, without forcing the rest now. */
	get ifComplete(): KeywordDictionary | undefined {
		return this.pending.size === 0 ? this.dictionary : undefined;
	}

	/** Extracts queued keywords for up to `budgetMs`; true when none are left. */
	flush(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		for (const [id, note] of this.pending) {
			this.dictionary.addNote(note);
			this.pending.delete(id);
			if (performance.now() > deadline) {
				break;
			}
		}
		return this.pending.size === 0;
	}
}
