import type { Note } from '../note';
import { NoteMiniSearch, weighOne, type EnginePiece, type IndexMeta } from './engine/noteMiniSearch';
import { INDEX_OPTIONS } from './schema';

export type { IndexMeta } from './engine/noteMiniSearch';

type ChunkKind = EnginePiece | 'notes' | 'files';

/** One piece of a saved index (see {@link saveChunks}); plain JSON data. */
export type IndexChunk = { kind: 'meta'; meta: IndexMeta } | { kind: ChunkKind; entries: unknown[] };

/** Postings per cache piece of terms: about 10 ms to parse and load on a slow machine. */
const TERM_PIECE_POSTINGS = 20_000;

const ENGINE_PIECES: readonly EnginePiece[] = ['documentIds', 'fieldLength', 'storedFields', 'terms'];

/** What a saved index holds besides the engine: the notes and which file holds which. */
export interface SavedNotes {
	notes: Iterable<Note>;
	files: Iterable<[string, string[]]>;
}

/**
 * An index as pieces of at most `size` entries, awaiting `pause` between pieces: MiniSearch's
 * `toJSON` of a large index holds the extension host for hundreds of ms. The index must not
 * change until the generator is done (the service serializes its work). Unit tests check that an
 * index read back from the pieces has exactly the original's MiniSearch `toJSON()`.
 */
export async function* saveChunks(engine: NoteMiniSearch<Note>, saved: SavedNotes, pause: () => Promise<void>, size = 1000): AsyncGenerator<IndexChunk> {
	if (engine.isVacuuming || engine.dirtCount > 0) {
		// Vacuuming rewrites the term index between its own pauses; let it finish first.
		await engine.vacuum();
	}
	yield { kind: 'meta', meta: engine.meta() };
	// A piece ends at `size` entries, or at TERM_PIECE_POSTINGS postings for terms.
	async function* pieces(kind: ChunkKind, entries: Iterable<[unknown, number]>, maxWeight = size): AsyncGenerator<IndexChunk> {
		let batch: unknown[] = [];
		let weight = 0;
		for (const [entry, entryWeight] of entries) {
			batch.push(entry);
			weight += entryWeight;
			if (batch.length >= size || weight >= maxWeight) {
				yield { kind, entries: batch };
				batch = [];
				weight = 0;
				await pause();
			}
		}
		if (batch.length > 0) {
			yield { kind, entries: batch };
		}
	}
	for (const piece of ENGINE_PIECES) {
		yield* pieces(piece, engine.pieceEntries(piece), piece === 'terms' ? TERM_PIECE_POSTINGS : size);
	}
	yield* pieces('notes', weighOne(saved.notes));
	yield* pieces('files', weighOne(saved.files));
}

/** A saved index read back: the engine, and the notes and files beside it. */
export interface LoadedIndex {
	engine: NoteMiniSearch<Note>;
	notes: Note[];
	files: [string, string[]][];
}

/**
 * Rebuilds an index from {@link saveChunks} pieces, a piece at a time, with `pause` in between.
 * Throws on malformed pieces.
 */
export async function loadChunks(chunks: Iterable<IndexChunk> | AsyncIterable<IndexChunk>, pause: () => Promise<void>): Promise<LoadedIndex> {
	let engine: NoteMiniSearch<Note> | undefined;
	const notes: Note[] = [];
	const files: [string, string[]][] = [];
	const started = () => {
		if (!engine) {
			throw new Error('NoteIndex: chunks without meta first');
		}
		return engine;
	};
	for await (const chunk of chunks) {
		switch (chunk.kind) {
			case 'meta':
				engine = NoteMiniSearch.fromMeta(chunk.meta, INDEX_OPTIONS);
				break;
			case 'documentIds':
			case 'fieldLength':
			case 'storedFields':
			case 'terms':
				await started().loadPiece(chunk.kind, chunk.entries, pause);
				break;
			case 'notes':
				notes.push(...(chunk.entries as Note[]));
				break;
			case 'files':
				files.push(...(chunk.entries as [string, string[]][]));
				break;
			default:
				throw new Error(`NoteIndex: unknown chunk kind ${(chunk as { kind: unknown }).kind}`);
		}
		await pause();
	}
	return { engine: started(), notes, files };
}
