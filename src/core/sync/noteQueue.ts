import type { Note } from '../note';

/** What a structure beside the index hears from it (see NoteIndex.observe). */
export interface NotesObserver {
	added(note: Note): void;
	removed(noteId: string): void;
	cleared(): void;
}

/**
 * A structure kept in step with the index whose per-note work waits in a queue: no search needs
 * it, so the indexing service does it in idle slices ({@link flush}), or a first use forces it.
 * Subclasses say what taking in a note, dropping one and starting over mean.
 */
export abstract class NoteQueue implements NotesObserver {
	private readonly pending = new Map<string, Note>();

	protected abstract take(note: Note): void;
	protected abstract drop(noteId: string): void;
	protected abstract reset(): void;

	added(note: Note): void {
		this.pending.set(note.id, note);
		this.changed();
	}

	removed(noteId: string): void {
		this.changed();
		if (!this.pending.delete(noteId)) {
			this.drop(noteId);
		}
	}

	cleared(): void {
		this.pending.clear();
		this.reset();
		this.changed();
	}

	/** Called on every change (a cache of answers is dropped here). */
	protected changed(): void {}

	/** Whether every note is taken in. */
	get complete(): boolean {
		return this.pending.size === 0;
	}

	/** Takes in queued notes for up to `budgetMs`; true when none are left. */
	flush(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		for (const [id, note] of this.pending) {
			this.pending.delete(id);
			this.take(note);
			if (performance.now() > deadline) {
				break;
			}
		}
		return this.pending.size === 0;
	}
}
