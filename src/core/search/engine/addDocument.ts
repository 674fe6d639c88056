import type MiniSearch from 'minisearch';
import { DocFrequencies, FieldPostings } from './compactPostings';
import type { Options } from 'minisearch';

/** The MiniSearch 7.x internals that `MiniSearch.add` writes (private, used read-write here only). */
interface MiniSearchWriter {
	_idToShortId: Map<string, number>;
	_fieldIds: Record<string, number>;
	_documentCount: number;
	_index: { fetch(term: string, create: () => FieldPostings): FieldPostings };
	addDocumentId(id: string): number;
	addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
}

/**
 * Adds a document as `MiniSearch.add` does, but looks each distinct term up once per field
 * rather than once per occurrence, and keeps its postings in the compact classes of
 * compactPostings.ts rather than two levels of Maps. `add` walks the term tree and two Maps
 * for every token; notes repeat their words, so that was a quarter of a cold start. The
 * result serializes to the same index, entry for entry (a unit test compares the two).
 * `terms`, when given, must hold exactly what the term tree holds for the terms it has: a hash
 * lookup is much cheaper than a walk down the tree. Assumes no stored
 * fields and a `processTerm` that returns one string, as the project's options have.
 */
export function addDocument<T>(
	mini: MiniSearch<T>,
	options: Options<T>,
	document: T,
	terms?: Map<string, FieldPostings>,
	/**
	 * Per field, in `options.fields` order, its distinct tokens and their counts alternating,
	 * when they were worked out elsewhere (see pretokenized.ts). Only for options whose
	 * `processTerm` keeps each token as it is, as the project's do.
	 */
	fieldCounts?: readonly (readonly string[])[],
): void {
	const m = mini as unknown as MiniSearchWriter;
	const extractField = options.extractField!;
	const tokenize = options.tokenize!;
	const processTerm = options.processTerm!;
	const id = extractField(document, options.idField ?? 'id') as string;
	if (id == null) {
		throw new Error('MiniSearch: document does not have ID field');
	}
	if (m._idToShortId.has(id)) {
		throw new Error(`MiniSearch: duplicate ID ${id}`);
	}
	const shortId = m.addDocumentId(id);
	for (const [i, field] of options.fields.entries()) {
		const fieldId = m._fieldIds[field];
		const counted = fieldCounts?.[i];
		if (counted) {
			m.addFieldLength(shortId, fieldId, m._documentCount - 1, counted.length / 2);
			for (let j = 0; j < counted.length; j += 2) {
				addPosting(m, terms, counted[j], fieldId, shortId, Number(counted[j + 1]));
			}
			continue;
		}
		const value = extractField(document, field);
		if (value == null) {
			continue;
		}
		const tokens = tokenize(value.toString(), field);
		m.addFieldLength(shortId, fieldId, m._documentCount - 1, new Set(tokens).size);
		const counts = new Map<string, number>();
		for (const token of tokens) {
			const term = processTerm(token, field) as string | null | undefined | false;
			if (term) {
				counts.set(term, (counts.get(term) ?? 0) + 1);
			}
		}
		for (const [term, count] of counts) {
			addPosting(m, terms, term, fieldId, shortId, count);
		}
	}
}

/** A new document's count for one term it has in one field (each term comes once per field). */
function addPosting(m: MiniSearchWriter, terms: Map<string, FieldPostings> | undefined, term: string, fieldId: number, shortId: number, count: number): void {
	let fields = terms?.get(term);
	if (!fields) {
		fields = m._index.fetch(term, newFieldPostings);
		terms?.set(term, fields);
	}
	const docs = fields.get(fieldId);
	if (docs == null) {
		fields.set(fieldId, DocFrequencies.of(shortId, count));
	} else {
		docs.set(shortId, count);
	}
}

const newFieldPostings = () => new FieldPostings([]);
