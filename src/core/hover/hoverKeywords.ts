import type { Note } from '../note';
import { NoteQueue } from '../sync/noteQueue';
import { KeywordDictionary } from './keywords';

/**
 * The hover keywords of the indexed notes, kept in step with the index beside it. Extraction is
 * a quarter of a cold build and no search needs it, so notes wait in a queue until the indexing
 * service flushes it in idle slices or the first hover needs the dictionary.
 */
export class HoverKeywords extends NoteQueue {
	private readonly dictionary: KeywordDictionary;

	constructor(documentFrequency: (term: string, cap: number) => number) {
		super();
		this.dictionary = new KeywordDictionary({ documentFrequency });
	}

	protected take(note: Note): void {
		this.dictionary.addNote(note);
	}

	protected drop(noteId: string): void {
		this.dictionary.removeNote(noteId);
	}

	protected reset(): void {
		this.dictionary.clear();
	}

	/** The dictionary, with every note's keywords extracted now if some are still queued. */
	get all(): KeywordDictionary {
		this.flush(Infinity);
		return this.dictionary;
	}

	/** The dictionary when all keywords are extracted, without forcing the rest now. */
	get ifComplete(): KeywordDictionary | undefined {
		return this.complete ? this.dictionary : undefined;
	}
}
