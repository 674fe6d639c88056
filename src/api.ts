import type { Note } from './core/note';
import type { NotesService } from './vscode/index/notesService';

/**
 * What `activate()` returns: other extensions and the integration tests use it.
 * Keep it stable; add, never change.
 *
 * ### Example
 * ```ts
 * const api = await vscode.extensions.getExtension<TilNotesApi>('til-notes.til-notes')!.activate();
 * await api.ready;
 * const [best] = await api.search('inotify');
 * ```
 */
export interface TilNotesApi {
	/** Resolves when the first index over every source is built. */
	ready: Promise<void>;
	/** Notes matching `query`, best first (same syntax as the search command). */
	search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
	/** Every indexed note, in source order. */
	notes(): NoteInfo[];
}

export interface NoteInfo {
	id: string;
	title: string;
	topic: string;
	/** ISO `YYYY-MM-DD`. */
	date?: string;
	/** `vscode.Uri.toString()` of the note's file. */
	uri: string;
	/** 0-based line of the note's heading or bullet. */
	line: number;
	keywords: string[];
}

export interface SearchHit extends NoteInfo {
	score: number;
}

export function createApi(service: NotesService): TilNotesApi {
	return {
		ready: service.ready,
		search: async (query, options) => service.index.search(query, { limit: options?.limit ?? 50 }).map((h) => ({ ...noteInfo(h.note), score: h.score })),
		notes: () => service.index.notes().map(noteInfo),
	};
}

function noteInfo(note: Note): NoteInfo {
	const info: NoteInfo = { id: note.id, title: note.title, topic: note.topic, uri: note.uri, line: note.line, keywords: [...note.keywords] };
	if (note.date) {
		info.date = note.date;
	}
	return info;
}
