import { MinedPairs } from '../bridge/minedPairs';
import type { NotesObserver } from '../sync/noteQueue';
import type { Note } from '../note';
import type { FieldPostings } from './engine/compactPostings';
import { NoteMiniSearch, type TermIndex } from './engine/noteMiniSearch';
import { PostingsScorer, type ScoredGroup } from './engine/postingsScorer';
import { loadChunks, saveChunks, type IndexChunk } from './indexChunks';
import { decodeFieldTokens } from './pretokenized';
import { parseQuery, type ParsedQuery } from './query';
import { QueryPlanner } from './queryPlanner';
import { BOOSTS, INDEX_OPTIONS } from './schema';

export type { IndexChunk, IndexMeta } from './indexChunks';

export interface NoteHit {
	note: Note;
	score: number;
	/** Index terms that matched, for highlighting and snippets. */
	terms: string[];
	/** How many of the query's words the note matched (a typo matched loosely counts). */
	words: number;
	/** Words of the other language it matched, and from what (`결과적 일관성 ← eventual consistency`). */
	bridges: string[];
}

export interface SearchOptions {
	limit?: number;
	/**
	 * Several words narrow the results: keep only notes with every word, as long as some note
	 * has them all (else any word will do). Ranking alone keeps all hits, which suits a question.
	 */
	allWords?: boolean;
	/**
	 * How long this search may spend building the bridges' sound and initials lists, if they
	 * are not built yet (they are, after the idle work that follows indexing). Without it they
	 * are built now in full (120 ms at 1,873 notes); with it, a search that runs out plans
	 * without loanwords by sound and initials. The search pick passes one while indexing, when
	 * each new file would make the lists stale again anyway.
	 */
	listBudgetMs?: number;
}

/**
 * Notes by id and by file, and the full-text index over them. Files are the unit of change:
 * a watcher event replaces all notes of one file. The engine (engine/), the field schema
 * (schema.ts), query planning (queryPlanner.ts) and saving in pieces (indexChunks.ts) are
 * their own modules; this front keeps them in step.
 */
export class NoteIndex {
	private engine = new NoteMiniSearch<Note>(INDEX_OPTIONS);
	private readonly notesById = new Map<string, Note>();
	private readonly idsByUri = new Map<string, string[]>();
	/** Pairs the notes state (`결과적 일관성(eventual consistency)`), a bridge for queries. */
	readonly minedPairs = new MinedPairs();
	private readonly planner = new QueryPlanner(() => this.terms, this.minedPairs);
	/** Scoring arrays sized to the index; any change to the index drops them. */
	private scorer: PostingsScorer<Note> | undefined;
	/**
	 * Each indexed term's postings by term, beside the engine's term tree: a tree lookup per
	 * distinct term of each note was a third of indexing. Emptied when the index is compacted.
	 */
	private readonly termCache = new Map<string, FieldPostings>();
	/** Compaction in progress ({@link compact}); a change to the index restarts it. */
	private compaction: Generator<void, void, void> | undefined;
	private compacted = false;
	private readonly observers: NotesObserver[] = [this.minedPairs];

	/** Tells `observer` of every note now in the index, and of each change from now on. */
	observe(observer: NotesObserver): void {
		this.observers.push(observer);
		for (const note of this.notesById.values()) {
			observer.added(note);
		}
	}

	private get terms(): TermIndex {
		return this.engine.terms;
	}

	/**
	 * Compacts the term index's Maps for up to `budgetMs`, which roughly halves its heap, then
	 * builds the query planner's bridge lists: the idle work the indexing service schedules
	 * after a change. True when nothing is left to do.
	 */
	compact(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		if (this.compacted) {
			return this.planner.warm(deadline - performance.now());
		}
		if (this.engine.isVacuuming) {
			// Vacuuming walks and edits the same Maps between its own pauses; compact after it.
			this.compaction = undefined;
			return false;
		}
		this.termCache.clear(); // indexing is over for now; compaction may replace postings objects
		this.compaction ??= this.engine.compaction();
		while (performance.now() < deadline) {
			if (this.compaction.next().done) {
				this.compaction = undefined;
				this.compacted = true;
				return this.planner.warm(deadline - performance.now());
			}
		}
		return false;
	}

	/**
	 * The term cache, when the term tree cannot lose terms behind its back: only vacuuming
	 * deletes terms, and it runs only while discarded documents are left (dirt).
	 */
	private termLookup(): Map<string, FieldPostings> | undefined {
		if (this.engine.dirtCount > 0 || this.engine.isVacuuming) {
			this.termCache.clear();
			return undefined;
		}
		return this.termCache;
	}

	/** Drops what depends on the index's contents. */
	private changed(): void {
		this.planner.forget();
		this.scorer = undefined;
		this.compaction = undefined;
		this.compacted = false;
	}

	/**
	 * Puts a file's notes in, replacing what the file had before. `fieldTokens`, per note, are
	 * its fields already tokenized and counted (see pretokenized.ts), when a worker did that.
	 */
	setFile(uri: string, notes: readonly Note[], fieldTokens?: readonly (string | undefined)[]): void {
		this.removeFile(uri);
		const ids: string[] = [];
		const terms = this.termLookup();
		notes.forEach((note, i) => {
			if (this.notesById.has(note.id)) {
				return; // the same file listed twice by overlapping sources
			}
			this.notesById.set(note.id, note);
			ids.push(note.id);
			const encoded = fieldTokens?.[i];
			this.engine.addCounted(note, terms, encoded ? decodeFieldTokens(encoded) : undefined);
			for (const observer of this.observers) {
				observer.added(note);
			}
		});
		this.idsByUri.set(uri, ids);
	}

	removeFile(uri: string): void {
		this.changed();
		const ids = this.idsByUri.get(uri);
		if (!ids) {
			return;
		}
		this.termCache.clear(); // vacuuming after a discard may delete terms from the tree
		for (const id of ids) {
			this.engine.discard(id);
			this.notesById.delete(id);
			for (const observer of this.observers) {
				observer.removed(id);
			}
		}
		this.idsByUri.delete(uri);
	}

	clear(): void {
		this.engine = new NoteMiniSearch<Note>(INDEX_OPTIONS);
		this.termCache.clear();
		this.notesById.clear();
		this.idsByUri.clear();
		for (const observer of this.observers) {
			observer.cleared();
		}
		this.changed();
	}

	/** Every note, in the order files were added, and by line within a file. */
	notes(): Note[] {
		return [...this.notesById.values()];
	}

	/** The notes of one file, in line order. */
	notesOf(uri: string): Note[] {
		return (this.idsByUri.get(uri) ?? []).flatMap((id) => this.notesById.get(id) ?? []);
	}

	get(id: string): Note | undefined {
		return this.notesById.get(id);
	}

	files(): string[] {
		return [...this.idsByUri.keys()];
	}

	get size(): number {
		return this.notesById.size;
	}

	/**
	 * In how many notes an index term occurs (any field), counted up to `cap`: the noise rules
	 * only ask whether a word is past a limit, and counting a common word's every note at
	 * 50,000 notes was most of a hover's worst case.
	 */
	documentFrequency(term: string, cap = Infinity): number {
		const fields = this.terms.get(term);
		if (!fields) {
			return 0;
		}
		const docs = new Set<number>();
		for (const postings of fields.values()) {
			for (const doc of postings.keys()) {
				docs.add(doc);
				if (docs.size >= cap) {
					return cap;
				}
			}
		}
		return docs.size;
	}

	/**
	 * Searches as the user types. The last, partial word is a prefix; a word the index does not
	 * know is taken as a typo and matched fuzzily (see queryPlanner.ts).
	 */
	search(input: string, options: SearchOptions = {}): NoteHit[] {
		const query = parseQuery(input);
		const keep = this.filterFor(query);
		// A word that matches nothing still counts as a word: with all words required, the
		// query then falls back to any word.
		const plan = this.planner.planQuery(query.groups, query.lastIsPartial, options.listBudgetMs);
		const planned = plan.groups.filter((g): g is ScoredGroup => g !== undefined);
		const accept = query.phrases.length > 0 ? (note: Note) => matchesPhrases(note, query.phrases) : undefined;
		if (planned.length === 0) {
			const byDate = query.topic || query.datePrefix ? this.byDateNewestFirst(keep) : [];
			return byDate.filter((hit) => !accept || accept(hit.note)).slice(0, options.limit);
		}
		// Each word group is scored on its own and a note's summed score is multiplied by the
		// number of groups it matches: notes with every word come first, and a question-like
		// query still finds the note sharing most of its words. (MiniSearch's own OR would count
		// every expanded term — each completion, each identifier part — as a separate word.)
		const terms = this.terms;
		this.scorer ??= new PostingsScorer<Note>(this.engine.scoringView(), BOOSTS, (id) => this.notesById.get(id));
		return this.scorer
			.top(planned, (term) => terms.get(term), { limit: options.limit, keep, accept, allGroups: options.allWords })
			.map((hit) => ({ note: hit.item, score: hit.score, terms: hit.terms, words: hit.groups, bridges: bridgesOf(hit.terms, plan.bridges) }));
	}

	private filterFor(query: ParsedQuery): ((note: Note) => boolean) | undefined {
		const { topic, datePrefix } = query;
		if (!topic && !datePrefix) {
			return undefined;
		}
		return (note) => (!topic || note.topic.toLowerCase() === topic) && (!datePrefix || (note.date ?? '').startsWith(datePrefix));
	}

	private byDateNewestFirst(keep: ((note: Note) => boolean) | undefined): NoteHit[] {
		return [...this.notesById.values()]
			.filter((note) => !keep || keep(note))
			.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
			.map((note) => ({ note, score: 0, terms: [], words: 0, bridges: [] }));
	}

	// --- persistence

	/** The whole index as one JSON value; the cache uses {@link toChunks}, tests compare the two. */
	toJSON(): { index: unknown; notes: Note[]; files: [string, string[]][] } {
		return { index: this.engine.toJSON(), notes: this.notes(), files: [...this.idsByUri] };
	}

	/** The index in pieces, for the cache (see indexChunks.ts). */
	toChunks(pause: () => Promise<void>, size = 1000): AsyncGenerator<IndexChunk> {
		return saveChunks(this.engine, { notes: this.notesById.values(), files: this.idsByUri }, pause, size);
	}

	/** An index from {@link toChunks} pieces; throws on malformed pieces. */
	static async fromChunks(chunks: Iterable<IndexChunk> | AsyncIterable<IndexChunk>, pause: () => Promise<void>): Promise<NoteIndex> {
		const loaded = await loadChunks(chunks, pause);
		const index = new NoteIndex();
		index.engine = loaded.engine;
		// Paused between notes: at 50,000 notes this loop alone held the thread 164 ms (bench profile).
		for (const note of loaded.notes) {
			index.notesById.set(note.id, note);
			index.minedPairs.added(note);
			await pause();
		}
		for (const [uri, ids] of loaded.files) {
			index.idsByUri.set(uri, ids);
			await pause();
		}
		index.compacted = true; // loaded straight into compact postings
		return index;
	}
}

function bridgesOf(terms: readonly string[], bridges: ReadonlyMap<string, string>): string[] {
	return [...new Set(terms.map((t) => bridges.get(t)).filter((b): b is string => b !== undefined))];
}

function matchesPhrases(note: Note, phrases: readonly string[]): boolean {
	if (phrases.length === 0) {
		return true;
	}
	const text = `${note.title}\n${note.body}`.toLowerCase().replace(/\s+/g, ' ');
	return phrases.every((p) => text.includes(p));
}
