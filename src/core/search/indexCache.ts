import { IndexedNotes, type FileStamp } from '../sync/indexSync';
import { NoteIndex, type IndexChunk } from './noteIndex';
import type { Pacer } from '../sync/pacer';

/**
 * The persisted index: JSON lines, so that neither writing nor reading ever handles the whole
 * thing in one synchronous call. Line 1 is the header; then the manifest (file, size, mtime)
 * and the index in pieces of at most 1,000 entries; the last line counts the lines before it,
 * so a file cut short by a crash is recognised and discarded rather than half-loaded.
 *
 * ```text
 * {"header":{"layout":1,"extensionVersion":"0.1.0","fingerprint":"3f2a…"}}
 * {"manifest":[["file:///…/a.md",812,1732000000000],…]}
 * {"index":{"kind":"terms","entries":[…]}}
 * {"end":41}
 * ```
 */

/** Bump when the layout of the lines changes. */
export const CACHE_LAYOUT = 2;

export interface CacheHeader {
	layout: number;
	/** The extension's version: a new release re-indexes once. */
	extensionVersion: string;
	/**
	 * Identifies the code that parsed and tokenized the notes (the adapter uses a hash of the
	 * extension's bundle), so a cache written by other parsing or tokenizing is never reused.
	 */
	fingerprint: string;
}

const MANIFEST_PIECE = 1000;
/** Small pieces: one line is stringified or parsed in one go, and a notes piece carries whole bodies. */
const INDEX_PIECE = 250;

/** The cache's lines, without line breaks; JSON.stringify escapes any newline inside strings. */
export async function* encodeCache(state: IndexedNotes, header: CacheHeader, pacer: Pacer): AsyncGenerator<string> {
	let lines = 0;
	const line = (value: unknown) => {
		lines++;
		return JSON.stringify(value);
	};
	yield line({ header });
	let piece: [string, number, number][] = [];
	for (const [uri, stamp] of state.manifest) {
		piece.push([uri, stamp.size, stamp.mtime]);
		if (piece.length >= MANIFEST_PIECE) {
			yield line({ manifest: piece });
			piece = [];
			await pacer.pause();
		}
	}
	if (piece.length > 0) {
		yield line({ manifest: piece });
	}
	for await (const chunk of state.index.toChunks(() => pacer.pause(), INDEX_PIECE)) {
		yield line({ index: chunk });
		await pacer.pause();
	}
	yield JSON.stringify({ end: lines });
}

export type DecodedCache = { state: IndexedNotes } | { problem: string };

/**
 * Reads the cache's lines back. Any mismatch (another layout, version or fingerprint, a line
 * that is not JSON, a missing end, a manifest that disagrees with the index) gives a problem
 * and no state: the caller rebuilds from the files, which are the truth.
 */
export async function decodeCache(lines: Iterable<string> | AsyncIterable<string>, expected: CacheHeader, pacer: Pacer): Promise<DecodedCache> {
	const manifest = new Map<string, FileStamp>();
	let count = 0;
	let ended = false;
	let problem: string | undefined;
	// Lines are parsed as the index takes them, not all first: a parsed piece is garbage as soon
	// as it is loaded, so the heap never holds the whole cache as objects (at 50,000 notes that
	// made every young-generation collection copy it, pausing the host for tens of ms each).
	async function* indexChunks(): AsyncGenerator<IndexChunk> {
		for await (const text of lines) {
			if (ended) {
				problem = 'data after the end line';
				return;
			}
			if (!text.trim()) {
				continue;
			}
			let value: Record<string, unknown>;
			try {
				value = JSON.parse(text) as Record<string, unknown>;
			} catch (err) {
				problem = err instanceof Error ? err.message : String(err);
				return;
			}
			if (count === 0) {
				problem = headerProblem(value.header, expected);
				if (problem) {
					return;
				}
			} else if (Array.isArray(value.manifest)) {
				for (const [uri, size, mtime] of value.manifest as [string, number, number][]) {
					manifest.set(uri, { size, mtime });
				}
			} else if (value.index && typeof value.index === 'object') {
				yield value.index as IndexChunk;
			} else if (typeof value.end === 'number') {
				if (value.end !== count) {
					problem = `end line counts ${value.end} lines, the file has ${count}`;
					return;
				}
				ended = true;
				continue;
			} else {
				problem = `unexpected line ${count + 1}`;
				return;
			}
			count++;
			await pacer.pause();
		}
	}
	try {
		let index: NoteIndex;
		try {
			index = await NoteIndex.fromChunks(indexChunks(), () => pacer.pause());
		} catch (err) {
			// A bad line ends the pieces early; what was wrong with the line says more.
			if (problem || count === 0) {
				return { problem: problem ?? 'empty' };
			}
			throw err;
		}
		if (problem) {
			return { problem };
		}
		if (!ended) {
			return { problem: 'cut short (no end line)' };
		}
		const files = index.files();
		if (files.length !== manifest.size || files.some((uri) => !manifest.has(uri))) {
			return { problem: 'the manifest and the index disagree' };
		}
		return { state: new IndexedNotes(index, manifest) };
	} catch (err) {
		return { problem: err instanceof Error ? err.message : String(err) };
	}
}

function headerProblem(header: unknown, expected: CacheHeader): string | undefined {
	if (!header || typeof header !== 'object') {
		return 'no header';
	}
	const h = header as Partial<CacheHeader>;
	if (h.layout !== expected.layout) {
		return `layout ${h.layout}, expected ${expected.layout}`;
	}
	if (h.extensionVersion !== expected.extensionVersion) {
		return `written by version ${h.extensionVersion}, this is ${expected.extensionVersion}`;
	}
	if (h.fingerprint !== expected.fingerprint) {
		return 'written by other parsing or tokenizing code';
	}
	return undefined;
}

/**
 * Splits bytes at `\n` and decodes one line at a time, so a large cache is never turned into
 * one giant string (decoding 100 MB at once would hold the thread).
 */
export function* bytesToLines(bytes: Uint8Array): Generator<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	while (start < bytes.length) {
		let end = bytes.indexOf(10, start);
		if (end < 0) {
			end = bytes.length;
		}
		yield decoder.decode(bytes.subarray(start, end));
		start = end + 1;
	}
}

/** Encodes lines to one buffer, pausing between lines and between copies; the adapter writes it in one call. */
export async function linesToBytes(lines: AsyncIterable<string>, pacer: Pacer): Promise<Uint8Array> {
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	let length = 0;
	for await (const line of lines) {
		const part = encoder.encode(`${line}\n`);
		parts.push(part);
		length += part.length;
		await pacer.pause();
	}
	const out = new Uint8Array(length);
	let offset = 0;
	// Copied between pauses too: at 50,000 notes (108 MB) the copy in one go held the thread 0.5 s.
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
		await pacer.pause();
	}
	return out;
}
