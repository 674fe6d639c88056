import { readNotesFile, type FileInfo, type ReadResult } from './noteFile';

/** Bytes to notes, wherever that runs: in this thread, or in a worker (src/node/parserPool.ts). */
export type FileParser = (bytes: Uint8Array, file: FileInfo, options: { maxBytes?: number }) => Promise<ReadResult>;

/** How the index service turns files into notes. */
export interface NotesReader {
	parse: FileParser;
	/**
	 * Reads a file on this machine's disk and parses it, where that can be done off the
	 * extension host's thread; undefined when it cannot (the caller reads the file and calls
	 * {@link parse}). Throws when the file cannot be read.
	 */
	readLocal?(path: string, file: FileInfo, options: { maxBytes?: number }): Promise<ReadResult | undefined>;
}

export const IN_THREAD: NotesReader = { parse: async (bytes, file, options) => readNotesFile(bytes, file, options) };
