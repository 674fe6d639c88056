import MiniSearch, { type Options } from 'minisearch';
import { KeywordDictionary } from '../hover/keywords';
import type { Note } from '../note';
import { addDocument } from './engine/addDocument';
import { compactTermIndex, FieldPostings, type MutableTermIndex } from './engine/compactPostings';
import { PostingsScorer, type PostingsSource, type ScoredGroup, type ScoredTerm, type TermPostings } from './engine/postingsScorer';
import { takeTokens } from './pretokenized';
import { parseQuery, type ParsedQuery } from './query';
import { tokenize, type TokenGroup } from '../words/tokenizer';

/**
 * The MiniSearch options, in one place: `loadJSON` must get exactly the options the index was
 * built with. Terms are produced by our tokenizer; queries are planned term by term below, so
 * the search-side tokenizer passes our terms through untouched.
 */
const BOOSTS = { title: 2, keywords: 2, topic: 2, lead: 1, body: 1.5 };

export const INDEX_OPTIONS: Options<Note> = {
	idField: 'id',
	fields: ['title', 'topic', 'keywords', 'lead', 'body'],
	storeFields: [],
	extractField: (note, field) => {
		if (field === 'keywords') {
			return [...note.keywords, ...note.tags].join(' ');
		}
		if (field === 'lead') {
			return leadOf(note.body);
		}
		return (note as unknown as Record<string, string>)[field];
	},
	tokenize,
	processTerm: (term) => term,
	searchOptions: {
		tokenize: (text) => [text],
		processTerm: (term) => term,
		boost: BOOSTS,
	},
};

/** A note's indexed fields as tokens, in `INDEX_OPTIONS.fields` order (undefined if a field is absent). */
export function tokenizeForIndex(note: Note): string[][] | undefined {
	const out: string[][] = [];
	for (const field of INDEX_OPTIONS.fields) {
		const value = INDEX_OPTIONS.extractField!(note, field);
		if (value == null) {
			return undefined;
		}
		out.push(tokenize(String(value)));
	}
	return out;
}

export interface NoteHit {
	note: Note;
	score: number;
	/** Index terms that matched, for highlighting and snippets. */
	terms: string[];
	/** How many of the query's words the note matched (a typo matched loosely counts). */
	words: number;
}

export interface SearchOptions {
	limit?: number;
	/**
	 * Several words narrow the results: keep only notes with every word, as long as some note
	 * has them all (else any word will do). Ranking alone keeps all hits, which suits a question.
	 */
	allWords?: boolean;
}

/**
 * Notes by id and by file, and the full-text index over them. Files are the unit of change:
 * a watcher event replaces all notes of one file.
 */
export class NoteIndex {
	private mini = new MiniSearch<Note>(INDEX_OPTIONS);
	private readonly notesById = new Map<string, Note>();
	private readonly idsByUri = new Map<string, string[]>();
	/** Completions by prefix and near terms of typos; any change to the index clears it. */
	private readonly expansionCache = new Map<string, [string, number][]>();
	/** Scoring arrays sized to the index; any change to the index drops them. */
	private scorer: PostingsScorer<Note> | undefined;
	/**
	 * Each indexed term's postings by term, beside MiniSearch's term tree: a tree lookup per
	 * distinct term of each note was a third of indexing. Emptied when the index settles.
	 */
	private readonly termCache = new Map<string, FieldPostings>();
	/** Compaction in progress ({@link settle}); a change to the index restarts it. */
	private compaction: Generator<void, void, void> | undefined;
	private compacted = false;
	private readonly dictionary = new KeywordDictionary({ documentFrequency: (term) => this.documentFrequency(term) });
	/**
	 * Notes whose hover keywords are not extracted yet. Extraction is a quarter of a cold build
	 * and no search needs it, so it runs after the index is ready ({@link flushKeywords}) or on
	 * the first hover, whichever comes first.
	 */
	private readonly pendingKeywords = new Map<string, Note>();

	/** Hover keywords of the same notes, kept in step with the full-text index. */
	get keywords(): KeywordDictionary {
		this.flushKeywords(Infinity);
		return this.dictionary;
	}

	/** The hover keywords when all are extracted, without forcing the rest now. */
	get keywordsIfComplete(): KeywordDictionary | undefined {
		return this.pendingKeywords.size === 0 ? this.dictionary : undefined;
	}

	/**
	 * Finishes, for up to `budgetMs`, what the index defers until it is ready: the hover
	 * keywords first (a hover waits for them), then compacting the term index's Maps, which
	 * roughly halves its heap. True when nothing is left to do.
	 */
	settle(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		if (!this.flushKeywords(budgetMs)) {
			return false;
		}
		if (this.compacted) {
			return true;
		}
		if (this.mini.isVacuuming) {
			// Vacuuming walks and edits the same Maps between its own pauses; compact after it.
			this.compaction = undefined;
			return false;
		}
		this.termCache.clear(); // indexing is over for now; compaction may replace postings objects
		this.compaction ??= compactTermIndex(this.termIndex() as unknown as MutableTermIndex);
		while (performance.now() < deadline) {
			if (this.compaction.next().done) {
				this.compaction = undefined;
				this.compacted = true;
				return true;
			}
		}
		return false;
	}

	/** Extracts pending hover keywords for up to `budgetMs`; true when none are left. */
	flushKeywords(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		for (const [id, note] of this.pendingKeywords) {
			this.dictionary.addNote(note);
			this.pendingKeywords.delete(id);
			if (performance.now() > deadline) {
				break;
			}
		}
		return this.pendingKeywords.size === 0;
	}

	/**
	 * The term cache, when the term tree cannot lose terms behind its back: only vacuuming
	 * deletes terms, and it runs only while discarded documents are left (dirt).
	 */
	private termLookup(): Map<string, FieldPostings> | undefined {
		if (this.mini.dirtCount > 0 || this.mini.isVacuuming) {
			this.termCache.clear();
			return undefined;
		}
		return this.termCache;
	}

	/** Drops what depends on the index's contents. */
	private changed(): void {
		this.expansionCache.clear();
		this.scorer = undefined;
		this.compaction = undefined;
		this.compacted = false;
	}

	/** Puts a file's notes in, replacing what the file had before. */
	setFile(uri: string, notes: readonly Note[]): void {
		this.removeFile(uri);
		const ids: string[] = [];
		for (const note of notes) {
			if (this.notesById.has(note.id)) {
				continue; // the same file listed twice by overlapping sources
			}
			this.notesById.set(note.id, note);
			ids.push(note.id);
		}
		this.idsByUri.set(uri, ids);
		const added = ids.map((id) => this.notesById.get(id)!);
		const terms = this.termLookup();
		for (const note of added) {
			addDocument(this.mini, INDEX_OPTIONS, note, terms, takeTokens(note));
		}
		for (const note of added) {
			this.pendingKeywords.set(note.id, note);
		}
	}

	removeFile(uri: string): void {
		this.changed();
		const ids = this.idsByUri.get(uri);
		if (!ids) {
			return;
		}
		this.termCache.clear(); // vacuuming after a discard may delete terms from the tree
		for (const id of ids) {
			this.mini.discard(id);
			this.notesById.delete(id);
			if (!this.pendingKeywords.delete(id)) {
				this.dictionary.removeNote(id);
			}
		}
		this.idsByUri.delete(uri);
	}

	clear(): void {
		this.mini = new MiniSearch<Note>(INDEX_OPTIONS);
		this.termCache.clear();
		this.notesById.clear();
		this.idsByUri.clear();
		this.dictionary.clear();
		this.pendingKeywords.clear();
		this.changed();
	}

	/** Every note, in the order files were added, and by line within a file. */
	notes(): Note[] {
		return [...this.notesById.values()];
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

	/** In how many notes an index term occurs (any field); the keyword noise rule needs it. */
	documentFrequency(term: string): number {
		const fields = this.termIndex().get(term);
		if (!fields) {
			return 0;
		}
		const docs = new Set<number>();
		for (const postings of fields.values()) {
			for (const doc of postings.keys()) {
				docs.add(doc);
			}
		}
		return docs.size;
	}

	/**
	 * Searches as the user types. The last, partial word is a prefix; a word the index does not know is
	 * taken as a typo and matched fuzzily. Planning this per term keeps the expensive prefix
	 * and fuzzy expansions to the few terms that need them.
	 */
	search(input: string, options: SearchOptions = {}): NoteHit[] {
		const query = parseQuery(input);
		const keep = this.filterFor(query);
		const last = query.groups.length - 1;
		// A word that matches nothing still counts as a word: with all words required, the
		// query then falls back to any word.
		const planned = query.groups
			.map((g, i) => (g.terms.length > 0 ? this.planGroup(g, query.lastIsPartial && i === last) : undefined))
			.filter((g): g is ScoredGroup => g !== undefined);
		const accept = query.phrases.length > 0 ? (note: Note) => matchesPhrases(note, query.phrases) : undefined;
		if (planned.length === 0) {
			const byDate = query.topic || query.datePrefix ? this.byDateNewestFirst(keep) : [];
			return byDate.filter((hit) => !accept || accept(hit.note)).slice(0, options.limit);
		}
		// Each word group is scored on its own and a note's summed score is multiplied by the
		// number of groups it matches: notes with every word come first, and a question-like
		// query still finds the note sharing most of its words. (MiniSearch's own OR would count
		// every expanded term — each completion, each identifier part — as a separate word.)
		const index = this.termIndex();
		return this.postingsScorer()
			.top(planned, (term) => index.get(term), { limit: options.limit, keep, accept, allGroups: options.allWords })
			.map((hit) => ({ note: hit.item, score: hit.score, terms: hit.terms, words: hit.groups }));
	}

	private postingsScorer(): PostingsScorer<Note> {
		this.scorer ??= new PostingsScorer<Note>(this.mini as unknown as PostingsSource, BOOSTS, (id) => this.notesById.get(id));
		return this.scorer;
	}

	/**
	 * The index terms one query word stands for, with their weights. The word being typed is
	 * also completed; a word the index does not know is taken as a typo and matched fuzzily.
	 * Planning this per term keeps the expensive expansions to the few terms that need them.
	 */
	private planGroup(group: TokenGroup, partial: boolean): ScoredGroup {
		const index = this.termIndex();
		const terms: ScoredTerm[] = [];
		group.terms.forEach((term, i) => {
			// The whole compound counts most; its parts help find it when written differently.
			const boost = i === 0 ? 1 : 0.4;
			const known = index.has(term);
			if (known) {
				terms.push({ term, weight: boost });
			}
			let completed = false;
			if (partial && i === 0) {
				// The word being typed: complete what is written, not its stem (`pos` stems to `po`).
				// A word already complete as typed needs few completions; a half word needs more.
				for (const [completion, weight] of this.completions(group.whole.toLowerCase(), known ? FEW_COMPLETIONS : MAX_COMPLETIONS)) {
					terms.push({ term: completion, weight: boost * weight });
					completed = true;
				}
			}
			if (!known && !completed && term.length >= 4) {
				// A word no note has is taken as a typo; only then is the costly fuzzy search run.
				for (const [near, weight] of this.nearTerms(term, term.length >= 7 ? 2 : 1)) {
					terms.push({ term: near, weight: weight * boost });
				}
			}
		});
		return terms;
	}

	/** Index terms within `distance` edits of `term`, weighted as MiniSearch weighs fuzzy matches. */
	private nearTerms(term: string, distance: number): [string, number][] {
		return this.expansion(`~${distance}:${term}`, () => {
			const near: [string, number][] = [];
			for (const [found, [, edits]] of this.termIndex().fuzzyGet(term, distance)) {
				if (edits > 0) {
					near.push([found, (FUZZY_WEIGHT * found.length) / (found.length + edits)]);
				}
			}
			return near;
		});
	}

	/** A term expansion (completions, near terms) from the cache, computed once per index state. */
	private expansion(key: string, compute: () => [string, number][]): [string, number][] {
		let terms = this.expansionCache.get(key);
		if (!terms) {
			if (this.expansionCache.size > 5000) {
				this.expansionCache.clear();
			}
			terms = compute();
			this.expansionCache.set(key, terms);
		}
		return terms;
	}

	/**
	 * The likeliest completions of a prefix: the {@link MAX_COMPLETIONS} terms in most notes,
	 * each weighted down by how much it adds (MiniSearch's own prefix weighting). Expanding to
	 * every completion is what makes a short prefix slow on a large collection.
	 */
	private completions(prefix: string, limit: number): [string, number][] {
		if (prefix.length < 2) {
			return [];
		}
		// Typing revisits the same prefixes; walking the term tree is the slow part.
		return this.expansion(`${limit}:${prefix}`, () => this.findCompletions(prefix, limit));
	}

	private findCompletions(prefix: string, limit: number): [string, number][] {
		const found: { term: string; df: number }[] = [];
		let scanned = 0;
		for (const [term, fields] of this.termIndex().atPrefix(prefix).entries()) {
			if (term !== prefix) {
				let df = 0;
				for (const postings of fields.values()) {
					df += postings.size;
				}
				found.push({ term, df });
			}
			// Two letters open a huge subtree; its first entries are enough to go on with.
			if (++scanned >= (prefix.length <= 2 ? MAX_SCANNED_COMPLETIONS / 5 : MAX_SCANNED_COMPLETIONS)) {
				break;
			}
		}
		found.sort((a, b) => b.df - a.df);
		// Scoring costs a step per note a term is in: cap the notes all completions bring in.
		let postings = 0;
		const chosen = found.filter((c, i) => i < limit && (i === 0 || (postings += c.df) <= MAX_COMPLETION_POSTINGS));
		return chosen.map(({ term }) => [term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - prefix.length))]);
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
			.map((note) => ({ note, score: 0, terms: [], words: 0 }));
	}

	/**
	 * MiniSearch keeps its term index private; we read it (never write it) for document
	 * frequencies and to tell a typo from a known word before choosing fuzzy matching.
	 */
	private termIndex(): TermIndex {
		return (this.mini as unknown as { _index: TermIndex })._index;
	}

	// --- persistence

	/** The whole index as one JSON value; the cache uses {@link toChunks}, tests compare the two. */
	toJSON(): { index: unknown; notes: Note[]; files: [string, string[]][] } {
		return { index: this.mini.toJSON(), notes: this.notes(), files: [...this.idsByUri] };
	}

	/**
	 * The data of {@link toJSON}, in pieces of at most `size` entries, awaiting `pause` between
	 * pieces: `MiniSearch.toJSON` of a large index holds the extension host for hundreds of ms.
	 * The index must not change until the generator is done (the service serializes its work).
	 * Reads MiniSearch's private fields the way its own `toJSON` does (serialization version 2);
	 * a unit test checks the pieces add up to exactly `toJSON()`.
	 */
	async *toChunks(pause: () => Promise<void>, size = 1000): AsyncGenerator<IndexChunk> {
		if (this.mini.isVacuuming || this.mini.dirtCount > 0) {
			// Vacuuming rewrites the term index between its own pauses; let it finish first.
			await this.mini.vacuum();
		}
		const mini = this.mini as unknown as MiniSearchFields;
		yield {
			kind: 'meta',
			meta: {
				documentCount: mini._documentCount,
				nextId: mini._nextId,
				fieldIds: mini._fieldIds,
				averageFieldLength: mini._avgFieldLength,
				dirtCount: mini._dirtCount,
			},
		};
		// A piece ends at `size` entries, or at TERM_PIECE_POSTINGS postings: a common term's
		// postings at 50,000 notes take as long to parse and load as hundreds of rare terms.
		const pieces = async function* (kind: ChunkKind, entries: Iterable<[unknown, number]>, maxWeight = size): AsyncGenerator<IndexChunk> {
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
		};
		const each = function* (entries: Iterable<unknown>): Generator<[unknown, number]> {
			for (const entry of entries) {
				yield [entry, 1];
			}
		};
		yield* pieces('documentIds', each(mini._documentIds));
		yield* pieces('fieldLength', each(mini._fieldLength));
		yield* pieces('storedFields', each(mini._storedFields));
		const terms = function* (): Generator<[unknown, number]> {
			for (const [term, fieldIndex] of mini._index) {
				const data: Record<number, Record<number, number>> = {};
				let postings = 0;
				for (const [fieldId, freqs] of fieldIndex) {
					data[fieldId] = Object.fromEntries(freqs);
					postings += freqs.size;
				}
				yield [[term, data], postings];
			}
		};
		yield* pieces('terms', terms(), TERM_PIECE_POSTINGS);
		yield* pieces('notes', each(this.notesById.values()));
		yield* pieces('files', each(this.idsByUri));
	}

	/**
	 * Rebuilds an index from {@link toChunks} pieces, a piece at a time, with `pause` in between.
	 * The term index is rebuilt straight into the compact postings (see compactPostings.ts) rather
	 * than through `MiniSearch.loadJSAsync`: that builds two Maps per term only for the idle
	 * pass to replace them, and waits a timer tick every 1,000 entries. Throws on malformed pieces.
	 */
	static async fromChunks(chunks: Iterable<IndexChunk> | AsyncIterable<IndexChunk>, pause: () => Promise<void>): Promise<NoteIndex> {
		const index = new NoteIndex();
		let mini: MiniSearchFields | undefined;
		const started = () => {
			if (!mini) {
				throw new Error('NoteIndex: chunks without meta first');
			}
			return mini;
		};
		for await (const chunk of chunks) {
			switch (chunk.kind) {
				case 'meta': {
					// An empty index with the right scalars, through MiniSearch's own loader.
					const js = { ...chunk.meta, documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2 };
					index.mini = MiniSearch.loadJS(js as never, INDEX_OPTIONS);
					mini = index.mini as unknown as MiniSearchFields;
					break;
				}
				case 'documentIds':
					for (const [shortId, id] of chunk.entries as [number | string, string][]) {
						started()._documentIds.set(Number(shortId), id);
						started()._idToShortId.set(id, Number(shortId));
					}
					break;
				case 'fieldLength':
					for (const [shortId, lengths] of chunk.entries as [number | string, number[]][]) {
						started()._fieldLength.set(Number(shortId), lengths);
					}
					break;
				case 'storedFields':
					for (const [shortId, stored] of chunk.entries as [number | string, unknown][]) {
						started()._storedFields.set(Number(shortId), stored);
					}
					break;
				case 'terms': {
					const terms = started()._index as unknown as MutableTermIndex;
					for (const [i, [term, data]] of (chunk.entries as [string, Record<string, Record<string, number>>][]).entries()) {
						terms.set(term, FieldPostings.fromRecord(data));
						if (i % 16 === 15) {
							await pause(); // returns at once unless the slice is used up
						}
					}
					break;
				}
				case 'notes':
					for (const note of chunk.entries as Note[]) {
						index.notesById.set(note.id, note);
						index.pendingKeywords.set(note.id, note);
					}
					break;
				case 'files':
					for (const [uri, ids] of chunk.entries as [string, string[]][]) {
						index.idsByUri.set(uri, ids);
					}
					break;
				default:
					throw new Error(`NoteIndex: unknown chunk kind ${(chunk as { kind: unknown }).kind}`);
			}
			await pause();
		}
		started();
		index.compacted = true;
		return index;
	}
}

/** Postings per cache piece of terms: about 10 ms to parse and load on a slow machine. */
const TERM_PIECE_POSTINGS = 20_000;

/** MiniSearch's scalar state, as in its `toJSON()`. */
export interface IndexMeta {
	documentCount: number;
	nextId: number;
	fieldIds: Record<string, number>;
	averageFieldLength: number[];
	dirtCount: number;
}

type ChunkKind = 'documentIds' | 'fieldLength' | 'storedFields' | 'terms' | 'notes' | 'files';

/** One piece of a serialized index (see {@link NoteIndex.toChunks}); plain JSON data. */
export type IndexChunk = { kind: 'meta'; meta: IndexMeta } | { kind: ChunkKind; entries: unknown[] };

/** The private MiniSearch fields its own `toJSON()` reads (minisearch 7.x). */
interface MiniSearchFields {
	_idToShortId: Map<string, number>;
	_documentCount: number;
	_nextId: number;
	_documentIds: Map<number, string>;
	_fieldIds: Record<string, number>;
	_fieldLength: Map<number, number[]>;
	_avgFieldLength: number[];
	_storedFields: Map<number, unknown>;
	_dirtCount: number;
	_index: Iterable<[string, Map<number, Map<number, number>>]>;
}

type Postings = TermPostings;

interface TermIndex {
	get(term: string): Postings | undefined;
	has(term: string): boolean;
	atPrefix(prefix: string): { entries(): IterableIterator<[string, Postings]> };
	fuzzyGet(term: string, distance: number): Map<string, [Postings, number]>;
}

/** MiniSearch's default weight for prefix matches, relative to an exact match. */
const PREFIX_WEIGHT = 0.375;
/** MiniSearch's default weight for fuzzy matches. */
const FUZZY_WEIGHT = 0.45;
const MAX_COMPLETIONS = 20;
const FEW_COMPLETIONS = 5;
const MAX_COMPLETION_POSTINGS = 400;
const MAX_SCANNED_COMPLETIONS = 1000;

function matchesPhrases(note: Note, phrases: readonly string[]): boolean {
	if (phrases.length === 0) {
		return true;
	}
	const text = `${note.title}\n${note.body}`.toLowerCase().replace(/\s+/g, ' ');
	return phrases.every((p) => text.includes(p));
}

/**
 * The note's first paragraph: where a note says what it is about, before details and code.
 * Indexed as its own field so a question worded like that opening finds the note.
 */
export function leadOf(body: string): string {
	const text = body.trimStart();
	const end = text.search(/\n[ \t]*\n|^[ \t]*(```|~~~)/m);
	return (end === -1 ? text : text.slice(0, end)).slice(0, LEAD_MAX_CHARS);
}

const LEAD_MAX_CHARS = 300;
