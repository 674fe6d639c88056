/**
 * Smaller stand-ins for the two levels of Maps MiniSearch keeps per index term
 * (field id → (document short id → term frequency)).
 *
 * Why: most terms occur in one or two notes, and a JavaScript Map costs about 170 bytes empty
 * and 40 per entry. At 50,000 notes those Maps were half of the index's heap. These classes
 * keep the same entries in one sorted array of numbers and answer the part of the Map
 * interface that MiniSearch (add, discard, vacuum, toJSON) and this project's scorer use.
 * Indexing (addDocument) creates them directly; the Maps MiniSearch itself would create are
 * converted by {@link compactTermIndex}, which also trims the arrays appends have grown.
 */

/** Term frequencies stay exact up to this; a term repeated 2 million times in one field is not a note. */
const TF_SPAN = 2 ** 21;

/** document short id → term frequency, sorted by id, each pair packed into one number. */
export class DocFrequencies {
	/** Packed `doc · TF_SPAN + tf`; a frequency of 0 marks a deleted entry (see {@link delete}). */
	private data: number[];
	/** Set when push() may have left spare capacity; {@link trim} copies to an exact size. */
	private grown = false;
	private deleted = 0;

	/** One document's frequency: how a term's first posting in a field starts. */
	static of(doc: number, tf: number): DocFrequencies {
		const frequencies = new DocFrequencies([]);
		frequencies.data = [doc * TF_SPAN + tf];
		return frequencies;
	}

	constructor(entries: Map<number, number> | Iterable<[number, number]>) {
		const from = entries instanceof Map ? entries : new Map(entries);
		// Sized up front: push() would leave spare capacity in most of these small arrays.
		const packed: number[] = new Array(from.size);
		let i = 0;
		let sorted = true;
		from.forEach((tf, doc) => {
			packed[i] = doc * TF_SPAN + tf;
			sorted &&= i === 0 || packed[i - 1] < packed[i];
			i++;
		});
		// MiniSearch adds documents in id order, so this is nearly always sorted already.
		this.data = sorted ? packed : packed.sort((a, b) => a - b);
	}

	/**
	 * Saved form: `[doc, tf, doc - previous doc, tf, …]`, ascending. Numeric arrays parse several
	 * times faster than `{ "<doc>": tf }` objects, and the gaps keep the numbers short.
	 */
	static fromGaps(saved: readonly number[]): DocFrequencies {
		if (!Array.isArray(saved) || saved.length % 2 !== 0) {
			throw new Error('postings: not a list of document gaps and frequencies');
		}
		const packed: number[] = new Array(saved.length / 2);
		let doc = 0;
		for (let i = 0; i < saved.length; i += 2) {
			const gap = saved[i];
			const tf = saved[i + 1];
			if (!Number.isInteger(gap) || !Number.isInteger(tf) || gap < (i === 0 ? 0 : 1) || tf < 1 || tf >= TF_SPAN) {
				throw new Error('postings: a gap or frequency out of range');
			}
			doc += gap;
			packed[i / 2] = doc * TF_SPAN + tf;
		}
		const frequencies = new DocFrequencies([]);
		frequencies.data = packed;
		return frequencies;
	}

	/** The saved form read by {@link fromGaps}, of `frequencies` (the compact kind, or a Map MiniSearch made). */
	static gapsOf(frequencies: Iterable<[number, number]>): number[] {
		const entries = [...frequencies];
		if (!(frequencies instanceof DocFrequencies)) {
			entries.sort((a, b) => a[0] - b[0]);
		}
		const out: number[] = new Array(entries.length * 2);
		let previous = 0;
		for (let i = 0; i < entries.length; i++) {
			out[2 * i] = entries[i][0] - previous;
			out[2 * i + 1] = entries[i][1];
			previous = entries[i][0];
		}
		return out;
	}

	get size(): number {
		return this.data.length - this.deleted;
	}

	get(doc: number): number | undefined {
		const i = this.find(doc);
		const tf = i >= 0 ? this.data[i] - doc * TF_SPAN : 0;
		return tf > 0 ? tf : undefined;
	}

	has(doc: number): boolean {
		return this.get(doc) !== undefined;
	}

	set(doc: number, tf: number): this {
		const data = this.data;
		if (data.length === 0 || Math.floor(data[data.length - 1] / TF_SPAN) < doc) {
			// Indexing adds documents in id order: appending is the common case.
			data.push(doc * TF_SPAN + tf);
			this.grown = true;
			return this;
		}
		const i = this.find(doc);
		if (i >= 0) {
			if (this.data[i] === doc * TF_SPAN) {
				this.deleted--;
			}
			this.data[i] = doc * TF_SPAN + tf;
		} else {
			this.data.splice(-i - 1, 0, doc * TF_SPAN + tf);
		}
		return this;
	}

	/**
	 * Marks the entry deleted (frequency 0) rather than splicing it out: MiniSearch's vacuum
	 * deletes thousands of documents from a common term one by one, and splicing each made
	 * that quadratic. The marks are dropped once they are half the array, or on {@link trim}.
	 */
	delete(doc: number): boolean {
		const i = this.find(doc);
		if (i < 0 || this.data[i] === doc * TF_SPAN) {
			return false;
		}
		this.data[i] = doc * TF_SPAN;
		if (++this.deleted > 16 && this.deleted * 2 > this.data.length) {
			this.dropDeleted();
		}
		return true;
	}

	/** Drops spare capacity left by appends and deleted entries; true if there was any. */
	trim(): boolean {
		if (this.deleted > 0) {
			this.dropDeleted();
			return true;
		}
		if (!this.grown) {
			return false;
		}
		this.data = this.data.slice();
		this.grown = false;
		return true;
	}

	forEach(callback: (tf: number, doc: number) => void): void {
		for (const packed of this.data) {
			const doc = Math.floor(packed / TF_SPAN);
			const tf = packed - doc * TF_SPAN;
			if (tf > 0) {
				callback(tf, doc);
			}
		}
	}

	/**
	 * Safe while entries are deleted, as a Map's iterator is (MiniSearch's vacuum deletes as it
	 * iterates): deleting only marks in place, and dropping the marks swaps in a new array.
	 */
	*entries(): IterableIterator<[number, number]> {
		const data = this.data;
		for (let i = 0; i < data.length; i++) {
			const doc = Math.floor(data[i] / TF_SPAN);
			const tf = data[i] - doc * TF_SPAN;
			if (tf > 0) {
				yield [doc, tf];
			}
		}
	}

	private dropDeleted(): void {
		this.data = this.data.filter((packed) => packed % TF_SPAN !== 0);
		this.deleted = 0;
		this.grown = false;
	}

	*keys(): IterableIterator<number> {
		for (const [doc] of this.entries()) {
			yield doc;
		}
	}

	*values(): IterableIterator<number> {
		for (const [, tf] of this.entries()) {
			yield tf;
		}
	}

	[Symbol.iterator](): IterableIterator<[number, number]> {
		return this.entries();
	}

	/** Index of `doc`, or `-(insertion point) - 1`. */
	private find(doc: number): number {
		const data = this.data;
		let lo = 0;
		let hi = data.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const at = Math.floor(data[mid] / TF_SPAN);
			if (at < doc) {
				lo = mid + 1;
			} else if (at > doc) {
				hi = mid - 1;
			} else {
				return mid;
			}
		}
		return -lo - 1;
	}
}

type Frequencies = DocFrequencies | Map<number, number>;

/** field id → frequencies, in a small array indexed by field id (there are five fields). */
export class FieldPostings {
	private slots: (Frequencies | undefined)[];
	/** Set when a new field id lengthened the slot array, which leaves spare capacity. */
	private grown = false;

	constructor(entries: Iterable<[number, Frequencies]>) {
		this.slots = [];
		for (const [field, frequencies] of entries) {
			this.slots[field] = frequencies;
		}
		this.slots = this.slots.slice();
	}

	/** From the cache's form, `[field, gaps, field, gaps, …]` (see {@link DocFrequencies.fromGaps}). */
	static fromSaved(saved: readonly (number | number[])[]): FieldPostings {
		if (!Array.isArray(saved) || saved.length % 2 !== 0) {
			throw new Error('postings: not a list of fields and their documents');
		}
		const entries: [number, DocFrequencies][] = [];
		for (let i = 0; i < saved.length; i += 2) {
			const field = saved[i];
			if (typeof field !== 'number' || !Number.isInteger(field) || field < 0 || field > 64) {
				throw new Error('postings: a field id out of range');
			}
			entries.push([field, DocFrequencies.fromGaps(saved[i + 1] as number[])]);
		}
		return new FieldPostings(entries);
	}

	/** The cache's form read by {@link fromSaved}, of MiniSearch's field → frequencies. */
	static saved(fields: Iterable<[number, Iterable<[number, number]>]>): { saved: (number | number[])[]; postings: number } {
		const saved: (number | number[])[] = [];
		let postings = 0;
		for (const [field, frequencies] of fields) {
			const gaps = DocFrequencies.gapsOf(frequencies);
			saved.push(field, gaps);
			postings += gaps.length / 2;
		}
		return { saved, postings };
	}

	get size(): number {
		let n = 0;
		for (const slot of this.slots) {
			if (slot) {
				n++;
			}
		}
		return n;
	}

	get(field: number): Frequencies | undefined {
		return this.slots[field];
	}

	/** Trims the slot array and each field's array to their exact sizes; true if any changed. */
	trim(): boolean {
		let trimmed = false;
		for (const slot of this.slots) {
			if (slot instanceof DocFrequencies && slot.trim()) {
				trimmed = true;
			}
		}
		if (this.grown) {
			this.slots = this.slots.slice();
			this.grown = false;
			trimmed = true;
		}
		return trimmed;
	}

	has(field: number): boolean {
		return this.slots[field] !== undefined;
	}

	set(field: number, frequencies: Frequencies): this {
		this.grown ||= field >= this.slots.length;
		this.slots[field] = frequencies;
		return this;
	}

	delete(field: number): boolean {
		const had = this.slots[field] !== undefined;
		this.slots[field] = undefined;
		return had;
	}

	*entries(): IterableIterator<[number, Frequencies]> {
		for (let field = 0; field < this.slots.length; field++) {
			const slot = this.slots[field];
			if (slot) {
				yield [field, slot];
			}
		}
	}

	*keys(): IterableIterator<number> {
		for (const [field] of this.entries()) {
			yield field;
		}
	}

	*values(): IterableIterator<Frequencies> {
		for (const [, slot] of this.entries()) {
			yield slot;
		}
	}

	forEach(callback: (frequencies: Frequencies, field: number) => void): void {
		for (const [field, slot] of this.entries()) {
			callback(slot, field);
		}
	}

	[Symbol.iterator](): IterableIterator<[number, Frequencies]> {
		return this.entries();
	}
}

/** The term index as MiniSearch keeps it: a radix tree of term → field postings. */
export interface MutableTermIndex {
	entries(): IterableIterator<[string, Map<number, Frequencies> | FieldPostings]>;
	set(term: string, value: unknown): unknown;
}

/**
 * Replaces a term index's Maps with the compact classes, a batch of terms per step: the
 * caller runs steps in idle time and drops the generator when the index changes (a term
 * already compact is skipped quickly when it starts over).
 */
export function* compactTermIndex(index: MutableTermIndex, batch = 2000): Generator<void, void, void> {
	let done = 0;
	for (const [term, fields] of index.entries()) {
		if (fields instanceof FieldPostings) {
			let loose = false;
			fields.forEach((f) => (loose ||= f instanceof Map));
			if (!loose) {
				if (fields.trim() && ++done % batch === 0) {
					yield;
				}
				continue;
			}
		}
		const compact = new FieldPostings([...fields.entries()].map(([field, f]) => [field, f instanceof Map ? new DocFrequencies(f) : f]));
		index.set(term, compact);
		if (++done % batch === 0) {
			yield;
		}
	}
}
