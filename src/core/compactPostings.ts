/**
 * Smaller stand-ins for the two levels of Maps MiniSearch keeps per index term
 * (field id → (document short id → term frequency)).
 *
 * Why: most terms occur in one or two notes, and a JavaScript Map costs about 170 bytes empty
 * and 40 per entry. At 50,000 notes those Maps were half of the index's heap. These classes
 * keep the same entries in one sorted array of numbers and answer the part of the Map
 * interface that MiniSearch (add, discard, vacuum, toJSON) and this project's scorer use.
 * New terms still arrive as Maps; {@link compactTermIndex} converts them when idle.
 */

/** Term frequencies stay exact up to this; a term repeated 2 million times in one field is not a note. */
const TF_SPAN = 2 ** 21;

/** document short id → term frequency, sorted by id, each pair packed into one number. */
export class DocFrequencies {
	private data: number[];

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

	/** From serialized form, `{ "<doc>": tf }`: integer keys come out of an object in ascending order. */
	static fromRecord(record: Record<string, number>): DocFrequencies {
		const keys = Object.keys(record);
		const packed: number[] = new Array(keys.length);
		for (let i = 0; i < keys.length; i++) {
			packed[i] = Number(keys[i]) * TF_SPAN + record[keys[i]];
		}
		const frequencies = new DocFrequencies([]);
		frequencies.data = packed.every((v, i) => i === 0 || packed[i - 1] < v) ? packed : packed.sort((a, b) => a - b);
		return frequencies;
	}

	get size(): number {
		return this.data.length;
	}

	get(doc: number): number | undefined {
		const i = this.find(doc);
		return i >= 0 ? this.data[i] - doc * TF_SPAN : undefined;
	}

	has(doc: number): boolean {
		return this.find(doc) >= 0;
	}

	set(doc: number, tf: number): this {
		const i = this.find(doc);
		if (i >= 0) {
			this.data[i] = doc * TF_SPAN + tf;
		} else {
			this.data.splice(-i - 1, 0, doc * TF_SPAN + tf);
		}
		return this;
	}

	delete(doc: number): boolean {
		const i = this.find(doc);
		if (i < 0) {
			return false;
		}
		this.data.splice(i, 1);
		return true;
	}

	forEach(callback: (tf: number, doc: number) => void): void {
		for (const packed of this.data) {
			const doc = Math.floor(packed / TF_SPAN);
			callback(packed - doc * TF_SPAN, doc);
		}
	}

	/** Iterates a snapshot: MiniSearch's vacuum deletes entries while it iterates, as a Map allows. */
	*entries(): IterableIterator<[number, number]> {
		for (const packed of this.data.slice()) {
			const doc = Math.floor(packed / TF_SPAN);
			yield [doc, packed - doc * TF_SPAN];
		}
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

	constructor(entries: Iterable<[number, Frequencies]>) {
		this.slots = [];
		for (const [field, frequencies] of entries) {
			this.slots[field] = frequencies;
		}
		this.slots = this.slots.slice();
	}

	/** From serialized form, `{ "<field>": { "<doc>": tf } }`. */
	static fromRecord(record: Record<string, Record<string, number>>): FieldPostings {
		return new FieldPostings(Object.keys(record).map((field) => [Number(field), DocFrequencies.fromRecord(record[field])]));
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

	has(field: number): boolean {
		return this.slots[field] !== undefined;
	}

	set(field: number, frequencies: Frequencies): this {
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
