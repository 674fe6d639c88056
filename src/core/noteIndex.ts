import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import { KeywordDictionary } from './keywords';
import type { Note } from './note';
import { parseQuery, type ParsedQuery } from './query';
import { tokenize, type TokenGroup } from './tokenizer';

/**
 * The MiniSearch options, in one place: `loadJSON` must get exactly the options the index was
 * built with. Terms are produced by our tokenizer; queries are planned term by term below, so
 * the search-side tokenizer passes our terms through untouched.
 */
export const INDEX_OPTIONS: Options<Note> = {
	idField: 'id',
	fields: ['title', 'topic', 'keywords', 'body'],
	storeFields: [],
	extractField: (note, field) => {
		if (field === 'keywords') {
			return [...note.keywords, ...note.tags].join(' ');
		}
		return (note as unknown as Record<string, string>)[field];
	},
	tokenize,
	processTerm: (term) => term,
	searchOptions: {
		tokenize: (text) => [text],
		processTerm: (term) => term,
		boost: { title: 2, keywords: 2, topic: 2, body: 1.5 },
	},
};

export interface NoteHit {
	note: Note;
	score: number;
	/** Index terms that matched, for highlighting and snippets. */
	terms: string[];
}

export interface SearchOptions {
	limit?: number;
}

/**
 * Notes by id and by file, and the full-text index over them. Files are the unit of change:
 * a watcher event replaces all notes of one file.
 */
export class NoteIndex {
	private mini = new MiniSearch<Note>(INDEX_OPTIONS);
	private readonly notesById = new Map<string, Note>();
	private readonly idsByUri = new Map<string, string[]>();
	/** Hover keywords of the same notes, kept in step with the full-text index. */
	readonly keywords = new KeywordDictionary({ documentFrequency: (term) => this.documentFrequency(term) });

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
		this.mini.addAll(added);
		for (const note of added) {
			this.keywords.addNote(note);
		}
	}

	removeFile(uri: string): void {
		const ids = this.idsByUri.get(uri);
		if (!ids) {
			return;
		}
		for (const id of ids) {
			this.mini.discard(id);
			this.notesById.delete(id);
			this.keywords.removeNote(id);
		}
		this.idsByUri.delete(uri);
	}

	clear(): void {
		this.mini = new MiniSearch<Note>(INDEX_OPTIONS);
		this.notesById.clear();
		this.idsByUri.clear();
		this.keywords.clear();
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
		const filter = this.filterFor(query);
		const groups = query.groups.filter((g) => g.terms.length > 0);
		let results: SearchResult[];
		if (groups.length === 0) {
			results = query.topic || query.datePrefix ? this.filteredByDate(filter) : [];
		} else {
			const planned = groups.map((g, i) => this.planGroup(g, query.lastIsPartial && i === query.groups.length - 1));
			// OR, where MiniSearch multiplies a note's score by the number of query terms it
			// matches: notes with every word come first, and a question-like query still finds
			// the note that shares most of its words.
			results = this.mini.search({ combineWith: 'OR', queries: planned }, { filter });
		}
		const hits: NoteHit[] = [];
		for (const r of results) {
			const note = this.notesById.get(r.id as string);
			if (note && matchesPhrases(note, query.phrases)) {
				hits.push({ note, score: r.score, terms: r.terms });
				if (options.limit !== undefined && hits.length >= options.limit) {
					break;
				}
			}
		}
		return hits;
	}

	private planGroup(group: TokenGroup, partial: boolean): Query {
		const known = (term: string) => this.termIndex().has(term);
		const queries: Query[] = [];
		group.terms.forEach((term, i) => {
			// The whole compound counts most; its parts help find it when written differently.
			const boost = i === 0 ? 1 : 0.4;
			const prefix = partial && term.length >= 2;
			const typo = !known(term) && !(prefix && this.hasPrefix(term));
			const fuzzy = typo && term.length >= 4 ? (term.length >= 7 ? 2 : 1) : 0;
			queries.push({ queries: [term], prefix, fuzzy, boostTerm: () => boost } as unknown as Query);
			if (partial && i === 0) {
				// A half-typed word is not a word yet; its stem may cut off what the user means.
				const raw = group.whole.replace(/^(?:!|--?|@)/, '');
				if (raw !== term && raw.length >= 2) {
					queries.push({ queries: [raw], prefix: true, boostTerm: () => boost } as unknown as Query);
				}
			}
		});
		return { combineWith: 'OR', queries };
	}

	private hasPrefix(term: string): boolean {
		for (const _ of this.termIndex().atPrefix(term).keys()) {
			return true;
		}
		return false;
	}

	private filterFor(query: ParsedQuery): ((r: SearchResult) => boolean) | undefined {
		const { topic, datePrefix } = query;
		if (!topic && !datePrefix) {
			return undefined;
		}
		return (r) => {
			const note = this.notesById.get(r.id as string);
			return (
				!!note &&
				(!topic || note.topic.toLowerCase() === topic) &&
				(!datePrefix || (note.date ?? '').startsWith(datePrefix))
			);
		};
	}

	private filteredByDate(filter: ((r: SearchResult) => boolean) | undefined): SearchResult[] {
		const all: SearchResult[] = [];
		for (const note of this.notesById.values()) {
			const r = { id: note.id, score: 0, terms: [], queryTerms: [], match: {} } as SearchResult;
			if (!filter || filter(r)) {
				all.push(r);
			}
		}
		return all.sort((a, b) => (this.notesById.get(b.id)!.date ?? '').localeCompare(this.notesById.get(a.id)!.date ?? ''));
	}

	/**
	 * MiniSearch keeps its term index private; we read it (never write it) for document
	 * frequencies and to tell a typo from a known word before choosing fuzzy matching.
	 */
	private termIndex(): TermIndex {
		return (this.mini as unknown as { _index: TermIndex })._index;
	}

	// --- persistence

	toJSON(): { index: unknown; notes: Note[]; files: [string, string[]][] } {
		return { index: this.mini.toJSON(), notes: this.notes(), files: [...this.idsByUri] };
	}

	static fromJSON(json: ReturnType<NoteIndex['toJSON']>): NoteIndex {
		const index = new NoteIndex();
		index.mini = MiniSearch.loadJS(json.index as never, INDEX_OPTIONS);
		for (const note of json.notes) {
			index.notesById.set(note.id, note);
			index.keywords.addNote(note);
		}
		for (const [uri, ids] of json.files) {
			index.idsByUri.set(uri, ids);
		}
		return index;
	}
}

interface TermIndex {
	get(term: string): Map<number, Map<number, number>> | undefined;
	has(term: string): boolean;
	atPrefix(prefix: string): { keys(): IterableIterator<string> };
}

function matchesPhrases(note: Note, phrases: readonly string[]): boolean {
	if (phrases.length === 0) {
		return true;
	}
	const text = `${note.title}\n${note.body}`.toLowerCase().replace(/\s+/g, ' ');
	return phrases.every((p) => text.includes(p));
}

