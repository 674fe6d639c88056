import MiniSearch, { type Options } from 'minisearch';
import { compactTermIndex, DocFrequencies, FieldPostings, type MutableTermIndex } from './compactPostings';
import type { PostingsSource, TermPostings } from './postingsScorer';

/**
 * The one place that reaches MiniSearch's internals. The project adds documents with counted
 * tokens, scores straight from the postings, compacts them and saves the index in pieces; all
 * of that reads or writes MiniSearch's `protected` members, here with type checking. The
 * dependency is pinned to the exact version these members were read from, and
 * {@link engineMismatch} checks at start that the installed one still has them.
 */
export const WRITTEN_FOR_MINISEARCH = '7.2.0';

/** The serialization version MiniSearch's `toJSON` writes; the saved pieces follow its layout. */
const SERIALIZATION_VERSION = 2;

export type EngineOptions<T> = Options<T>;

/** The term index read-only: lookups, completions by prefix, near terms of a typo. */
export interface TermIndex {
	get(term: string): TermPostings | undefined;
	has(term: string): boolean;
	atPrefix(prefix: string): { entries(): IterableIterator<[string, TermPostings]> };
	fuzzyGet(term: string, distance: number): Map<string, [TermPostings, number]>;
	keys(): IterableIterator<string>;
}

/** MiniSearch's scalar state, as in its `toJSON()`. */
export interface IndexMeta {
	documentCount: number;
	nextId: number;
	fieldIds: Record<string, number>;
	averageFieldLength: number[];
	dirtCount: number;
}

/** The pieces of the engine's state a save writes, in order after the {@link IndexMeta}. */
export type EnginePiece = 'documentIds' | 'fieldLength' | 'storedFields' | 'terms';

/** A term's postings as the cache keeps them: `[field, [doc gap, tf, …], …]` (see FieldPostings.fromSaved). */
export type SavedPostings = (number | number[])[];

/** Whether {@link engineMismatch} has passed once in this process; the library cannot change after. */
let checked = false;

export class NoteMiniSearch<T> extends MiniSearch<T> {
	constructor(options: EngineOptions<T>) {
		super(options);
		if (!checked) {
			const problem = engineMismatch(this);
			if (problem) {
				throw new Error(problem);
			}
			checked = true;
		}
	}

	/** The term index, read-only. */
	get terms(): TermIndex {
		return this._index;
	}

	/**
	 * The term index as this module writes it: postings are the compact classes of
	 * compactPostings.ts, which answer the part of the Map interface MiniSearch's own code
	 * uses on them (add, discard, vacuum, toJSON; a unit test holds it to that).
	 */
	private get store(): MutableTermIndex & { fetch(term: string, create: () => FieldPostings): FieldPostings } {
		return this._index as unknown as MutableTermIndex & { fetch(term: string, create: () => FieldPostings): FieldPostings };
	}

	/** What the BM25 scorer reads: document counts, lengths and ids. */
	scoringView(): PostingsSource {
		return {
			documentCount: this._documentCount,
			nextId: this._nextId,
			fieldIds: this._fieldIds,
			fieldLength: this._fieldLength,
			averageFieldLength: this._avgFieldLength,
			documentIds: this._documentIds,
		};
	}

	/**
	 * Adds a document as `MiniSearch.add` does, but looks each distinct term up once per field
	 * rather than once per occurrence, and keeps its postings in the compact classes rather than
	 * two levels of Maps. `add` walks the term tree and two Maps for every token; notes repeat
	 * their words, so that was a quarter of a cold start. The result serializes to the same
	 * index, entry for entry (a unit test compares the two).
	 * `terms`, when given, must hold exactly what the term tree holds for the terms it has: a hash
	 * lookup is much cheaper than a walk down the tree. Assumes no stored fields.
	 */
	addCounted(
		document: T,
		terms?: Map<string, FieldPostings>,
		/**
		 * Per field, in `fields` order, its distinct tokens and their counts alternating, when
		 * they were worked out elsewhere (see pretokenized.ts). Only for options whose
		 * `processTerm` keeps each token as it is, as the project's do.
		 */
		fieldCounts?: readonly (readonly string[])[],
	): void {
		const { extractField, tokenize, processTerm, idField, fields } = this._options;
		const id = extractField(document, idField);
		if (id == null) {
			throw new Error('MiniSearch: document does not have ID field');
		}
		if (this._idToShortId.has(id)) {
			throw new Error(`MiniSearch: duplicate ID ${id}`);
		}
		const shortId = this.newShortId(id);
		for (const [i, field] of fields.entries()) {
			const fieldId = this._fieldIds[field];
			const counted = fieldCounts?.[i];
			if (counted) {
				this.setFieldLength(shortId, fieldId, counted.length / 2);
				for (let j = 0; j < counted.length; j += 2) {
					this.addPosting(terms, counted[j], fieldId, shortId, Number(counted[j + 1]));
				}
				continue;
			}
			const value = extractField(document, field);
			if (value == null) {
				continue;
			}
			const tokens = tokenize(String(value), field);
			this.setFieldLength(shortId, fieldId, new Set(tokens).size);
			const counts = new Map<string, number>();
			for (const token of tokens) {
				const processed = processTerm(token, field);
				for (const term of Array.isArray(processed) ? processed : [processed]) {
					if (term) {
						counts.set(term, (counts.get(term) ?? 0) + 1);
					}
				}
			}
			for (const [term, count] of counts) {
				this.addPosting(terms, term, fieldId, shortId, count);
			}
		}
	}

	/** As MiniSearch's private `addDocumentId`. */
	private newShortId(id: unknown): number {
		const shortId = this._nextId;
		this._idToShortId.set(id, shortId);
		this._documentIds.set(shortId, id);
		this._documentCount += 1;
		this._nextId += 1;
		return shortId;
	}

	/** As MiniSearch's private `addFieldLength`, for the document just added. */
	private setFieldLength(shortId: number, fieldId: number, length: number): void {
		let lengths = this._fieldLength.get(shortId);
		if (lengths == null) {
			this._fieldLength.set(shortId, (lengths = []));
		}
		lengths[fieldId] = length;
		const count = this._documentCount - 1;
		const average = this._avgFieldLength[fieldId] || 0;
		this._avgFieldLength[fieldId] = (average * count + length) / (count + 1);
	}

	/** A new document's count for one term it has in one field (each term comes once per field). */
	private addPosting(terms: Map<string, FieldPostings> | undefined, term: string, fieldId: number, shortId: number, count: number): void {
		let fields = terms?.get(term);
		if (!fields) {
			fields = this.store.fetch(term, newFieldPostings);
			terms?.set(term, fields);
		}
		const docs = fields.get(fieldId);
		if (docs == null) {
			fields.set(fieldId, DocFrequencies.of(shortId, count));
		} else {
			docs.set(shortId, count);
		}
	}

	/** Replaces the Maps MiniSearch itself made (discard, vacuum) with compact postings, in steps. */
	compaction(): Generator<void, void, void> {
		return compactTermIndex(this.store);
	}

	// --- saving and loading in pieces

	meta(): IndexMeta {
		return {
			documentCount: this._documentCount,
			nextId: this._nextId,
			fieldIds: this._fieldIds,
			averageFieldLength: this._avgFieldLength,
			dirtCount: this._dirtCount,
		};
	}

	/**
	 * The entries of one piece of the saved index, each with its weight (a term's weight is its
	 * postings: a common term at 50,000 notes takes as long to load as hundreds of rare ones).
	 * Reads what MiniSearch's own `toJSON` reads; a term's postings in the cache's compact form (SavedPostings).
	 */
	*pieceEntries(piece: EnginePiece): Generator<[unknown, number]> {
		switch (piece) {
			case 'documentIds':
				yield* weighOne(this._documentIds);
				return;
			case 'fieldLength':
				yield* weighOne(this._fieldLength);
				return;
			case 'storedFields':
				yield* weighOne(this._storedFields);
				return;
			case 'terms':
				for (const [term, fieldIndex] of this._index) {
					const { saved, postings } = FieldPostings.saved(fieldIndex);
					yield [[term, saved], postings];
				}
		}
	}

	/** An empty engine with a saved index's scalars; its pieces follow through {@link loadPiece}. */
	static fromMeta<T>(meta: IndexMeta, options: EngineOptions<T>): NoteMiniSearch<T> {
		const engine = new NoteMiniSearch<T>(options);
		engine._documentCount = meta.documentCount;
		engine._nextId = meta.nextId;
		engine._fieldIds = meta.fieldIds;
		engine._avgFieldLength = meta.averageFieldLength;
		engine._dirtCount = meta.dirtCount || 0;
		return engine;
	}

	/**
	 * Loads a piece's entries. Terms go straight into the compact postings rather than through
	 * `MiniSearch.loadJSAsync`, which builds two Maps per term only for the idle pass to replace
	 * them. `pause` is awaited every few terms. Throws on entries of the wrong shape.
	 */
	async loadPiece(piece: EnginePiece, entries: readonly unknown[], pause: () => Promise<void>): Promise<void> {
		switch (piece) {
			case 'documentIds':
				for (const [shortId, id] of entries as [number | string, unknown][]) {
					this._documentIds.set(Number(shortId), id);
					this._idToShortId.set(id, Number(shortId));
				}
				return;
			case 'fieldLength':
				for (const [shortId, lengths] of entries as [number | string, number[]][]) {
					this._fieldLength.set(Number(shortId), lengths);
				}
				return;
			case 'storedFields':
				for (const [shortId, stored] of entries as [number | string, Record<string, unknown>][]) {
					this._storedFields.set(Number(shortId), stored);
				}
				return;
			case 'terms':
				for (const [i, [term, data]] of (entries as [string, SavedPostings][]).entries()) {
					if (typeof term !== 'string') {
						throw new Error('postings: a term that is not a string');
					}
					this.store.set(term, FieldPostings.fromSaved(data));
					if (i % 16 === 15) {
						await pause(); // returns at once unless the slice is used up
					}
				}
		}
	}
}

/** Entries each of weight one (see {@link NoteMiniSearch.pieceEntries}). */
export function* weighOne<T>(entries: Iterable<T>): Generator<[T, number]> {
	for (const entry of entries) {
		yield [entry, 1];
	}
}

const newFieldPostings = () => new FieldPostings([]);

/**
 * Why the installed MiniSearch is not the one this module was written for, or undefined when
 * it is. The types catch a renamed member at build time only if the pin is respected; this
 * catches it at run time, before an index is built on a wrong assumption.
 */
export function engineMismatch(engine: object): string | undefined {
	const internals = engine as unknown as Record<string, unknown>;
	const missing: string[] = [];
	for (const map of ['_documentIds', '_idToShortId', '_fieldLength', '_storedFields']) {
		if (!(internals[map] instanceof Map)) {
			missing.push(map);
		}
	}
	for (const count of ['_documentCount', '_nextId', '_dirtCount']) {
		if (typeof internals[count] !== 'number') {
			missing.push(count);
		}
	}
	if (!Array.isArray(internals._avgFieldLength)) {
		missing.push('_avgFieldLength');
	}
	if (typeof internals._fieldIds !== 'object' || internals._fieldIds === null) {
		missing.push('_fieldIds');
	}
	if (typeof internals._options !== 'object' || internals._options === null) {
		missing.push('_options');
	}
	const index = internals._index as Record<string, unknown> | undefined;
	for (const method of ['get', 'has', 'set', 'fetch', 'atPrefix', 'fuzzyGet', 'entries']) {
		if (typeof index?.[method] !== 'function') {
			missing.push(`_index.${method}`);
		}
	}
	if (missing.length === 0 && (engine as MiniSearch).toJSON().serializationVersion !== SERIALIZATION_VERSION) {
		missing.push(`serialization version ${SERIALIZATION_VERSION}`);
	}
	return missing.length === 0
		? undefined
		: `TIL Notes was built for MiniSearch ${WRITTEN_FOR_MINISEARCH}, and the installed MiniSearch lacks ${missing.join(', ')}: install exactly ${WRITTEN_FOR_MINISEARCH}.`;
}
