// A worker thread that reads files into notes and tokenizes them for the index, so the
// extension host's thread only adds terms to the index (see parserPool.ts).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { tokenizeForIndex } from '../core/search/schema';
import { parseForIndex } from '../core/search/pretokenized';
import { errorText } from '../vscode/errorText';
import { listLocalNotes } from './localListing';
import type { ParseRequest, ParseResponse } from './parserPool';

parentPort?.on('message', (request: ParseRequest) => {
	if (request.list) {
		const { id, list } = request;
		// A listing waits on the disk; files to parse, posted meanwhile, are parsed meanwhile.
		void listLocalNotes(list).then(
			(listing) => parentPort?.postMessage({ id, listing } satisfies ParseResponse),
			(err: unknown) => parentPort?.postMessage({ id, error: errorText(err), reading: true } satisfies ParseResponse),
		);
		return;
	}
	const { id, bytes, path, file, maxBytes } = request;
	let response: ParseResponse;
	try {
		response = { id, parsed: parseForIndex(bytes ?? readRegularFile(path!), file, { maxBytes }, tokenizeForIndex) };
	} catch (err) {
		response = { id, error: errorText(err), reading: !bytes };
	}
	parentPort?.postMessage(response);
});

/**
 * Reads a file that is still a regular file when opened: one swapped for a named pipe since it
 * was listed would otherwise block this thread, and every file after it, until a writer came.
 */
function readRegularFile(path: string): Uint8Array {
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		if (!fstatSync(fd).isFile()) {
			throw new Error(`${path} is not a regular file`);
		}
		return readFileSync(fd);
	} finally {
		closeSync(fd);
	}
}
