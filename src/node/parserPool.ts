import type { Worker } from 'node:worker_threads';
import type { FileParser, ListRequest, LocalListing, NotesReader } from '../core/parse/fileParser';
import { readNotesFile, type FileInfo, type ReadResult } from '../core/parse/noteFile';

/** The file's bytes, or the path the worker reads them from; or a folder to list. */
export type ParseRequest =
	{ id: number; bytes?: Uint8Array; path?: string; file: FileInfo; maxBytes?: number; list?: undefined } | { id: number; list: ListRequest };

export type ParseResponse =
	| { id: number; parsed: ReadResult; error?: undefined; listing?: undefined }
	| { id: number; listing: LocalListing; error?: undefined; parsed?: undefined }
	/** `reading`: the file or folder could not be read (as opposed to the worker failing on its bytes). */
	| { id: number; error: string; reading: boolean; parsed?: undefined; listing?: undefined };

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** A worker left with nothing to do this long is stopped; the next file starts it again. */
const IDLE_MS = 20_000;
/** After this many crashes the worker is not started again: files are parsed in this thread. */
const MAX_FAILURES = 3;

/**
 * Parses and tokenizes files in a worker thread. Indexing a large collection is CPU-bound, and
 * reading and tokenizing notes is about half of it: with a second core, the extension host's
 * thread only adds the worker's terms to the index. Any failure of the worker parses the file
 * here instead, so a file is never lost to it.
 */
export class ParserPool implements NotesReader {
	private worker: Worker | undefined;
	private readonly pending = new Map<number, (response: ParseResponse | undefined) => void>();
	private nextId = 0;
	private failures = 0;
	private idleTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		/** Starts the worker: `new Worker(path of dist/parseWorker.js)`. */
		private readonly startWorker: () => Worker,
		/** Told why files go back to being parsed in this thread (for the log). */
		private readonly onFallback: (reason: string) => void = () => undefined,
		/** Told when the first worker starts (for the log). */
		private readonly onFirstStart: () => void = () => undefined,
	) {}

	readonly parse: FileParser = async (bytes, file, options) => {
		const response = await this.request({ bytes, file, maxBytes: options.maxBytes });
		if (response?.parsed) {
			return response.parsed;
		}
		return readNotesFile(bytes, file, options);
	};

	/**
	 * Reads the file at `path` in the worker too: on the extension host's thread, reading is
	 * as much work as indexing. Undefined when there is no worker (the caller reads the file);
	 * throws when the file cannot be read.
	 */
	async readLocal(path: string, file: FileInfo, options: { maxBytes?: number }): Promise<ReadResult | undefined> {
		const response = await this.request({ path, file, maxBytes: options.maxBytes });
		if (response?.parsed) {
			return response.parsed;
		}
		if (response?.error !== undefined && response.reading) {
			throw new Error(response.error);
		}
		return undefined;
	}

	/** Lists a folder in the worker; undefined when there is no worker. Throws when `root` cannot be read. */
	async listLocal(list: ListRequest): Promise<LocalListing | undefined> {
		const response = await this.request({ list });
		if (response?.listing) {
			return response.listing;
		}
		if (response?.error !== undefined && response.reading) {
			throw new Error(response.error);
		}
		return undefined;
	}

	private request(message: DistributiveOmit<ParseRequest, 'id'>): Promise<ParseResponse | undefined> {
		const worker = this.ensureWorker();
		if (!worker) {
			return Promise.resolve(undefined);
		}
		clearTimeout(this.idleTimer);
		const id = this.nextId++;
		return new Promise((resolve) => {
			this.pending.set(id, resolve);
			// Copied, not transferred: the bytes may be a view on a buffer someone else holds.
			worker.postMessage({ id, ...message } satisfies ParseRequest);
		});
	}

	private ensureWorker(): Worker | undefined {
		if (this.worker || this.failures >= MAX_FAILURES) {
			return this.worker;
		}
		try {
			const worker = this.startWorker();
			worker.unref(); // never what keeps a process alive
			worker.on('message', (response: ParseResponse) => this.settle(response.id, response));
			worker.on('error', (err) => this.fail(worker, String(err)));
			worker.on('exit', (code) => this.fail(worker, `exited with code ${code}`));
			this.worker = worker;
			if (this.nextId === 0) {
				this.onFirstStart();
			}
		} catch (err) {
			this.failures = MAX_FAILURES;
			this.onFallback(String(err));
		}
		return this.worker;
	}

	private settle(id: number, response: ParseResponse | undefined): void {
		const resolve = this.pending.get(id);
		this.pending.delete(id);
		if (response?.error !== undefined && !response.reading) {
			this.onFallback(response.error);
		}
		resolve?.(response);
		if (this.pending.size === 0) {
			clearTimeout(this.idleTimer);
			this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
		}
	}

	/** The worker is gone: what it had is parsed in this thread instead. */
	private fail(worker: Worker, reason: string): void {
		if (this.worker !== worker) {
			return; // an old worker, stopped on purpose
		}
		this.worker = undefined;
		this.failures++;
		this.onFallback(reason);
		for (const id of [...this.pending.keys()]) {
			this.settle(id, undefined);
		}
	}

	private stop(): void {
		const worker = this.worker;
		this.worker = undefined;
		void worker?.terminate();
	}

	dispose(): void {
		this.stop();
		for (const id of [...this.pending.keys()]) {
			this.settle(id, undefined);
		}
		clearTimeout(this.idleTimer);
	}
}
