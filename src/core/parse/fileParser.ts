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
	/**
	 * Lists a folder on this machine's disk off the extension host's thread; undefined when it
	 * cannot (the caller lists through workspace.fs). Throws when `root` cannot be read.
	 */
	listLocal?(request: ListRequest): Promise<LocalListing | undefined>;
}

/** A notes folder to list: its path on disk, and the settings that say which files are notes. */
export interface ListRequest {
	root: string;
	include: string;
	exclude: readonly string[];
	maxBytes: number;
}

/** Paths are relative to the root, `/`-separated. */
export interface LocalListing {
	/** Note files, sorted by path, with the stamps workspace.fs.stat gives (whole ms). */
	files: { rel: string; size: number; mtime: number }[];
	/** What was left out and why (a folder that cannot be read, a link to a folder, too large). */
	problems: { rel: string; message: string }[];
}

export const IN_THREAD: NotesReader = { parse: async (bytes, file, options) => readNotesFile(bytes, file, options) };

/** Why a link to a folder is not listed (it is not followed, wherever the listing runs). */
export const LINKED_FOLDER = 'a link to a folder, not followed (it may lead back here, a loop); add its target to tilNotes.folders to index it';

/** Why a pipe, socket or device is not read (reading a named pipe would wait forever). */
export const NOT_REGULAR_FILE = 'not a regular file (a pipe, socket or device)';
