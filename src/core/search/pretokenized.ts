import type { Note } from '../note';
import { readNotesFile, type FileInfo, type ReadResult } from '../parse/noteFile';

/**
 * Reads a file's bytes into notes, and tokenizes each note's indexed fields. The tokens travel
 * beside the notes, in `ReadResult.fieldTokens` (one string per note, see
 * {@link encodeFieldTokens}), to `NoteIndex.setFile`, so the index need not tokenize again.
 */
export function parseForIndex(
	bytes: Uint8Array,
	file: FileInfo,
	options: { maxBytes?: number },
	fieldsOf: (note: Note) => (readonly string[])[] | undefined,
): ReadResult {
	const result = readNotesFile(bytes, file, options);
	result.fieldTokens = result.notes.map((note) => {
		const fields = fieldsOf(note);
		return (fields && encodeFieldTokens(fields)) ?? '';
	});
	return result;
}

/**
 * One string for a note's fields as the index takes them: per field (one line each), its
 * distinct tokens with their counts, `token count token count …`. One string crosses from a
 * worker far faster than hundreds of small ones, and counting there leaves the indexing thread
 * fewer strings to make and collect. Tokens never hold whitespace (see tokenizer.ts); if one did,
 * the note is left to be tokenized where it is indexed.
 */
export function encodeFieldTokens(fields: (readonly string[])[]): string | undefined {
	const lines: string[] = [];
	for (const tokens of fields) {
		const counts = new Map<string, number>();
		for (const token of tokens) {
			if (token === '' || /\s/.test(token)) {
				return undefined;
			}
			counts.set(token, (counts.get(token) ?? 0) + 1);
		}
		lines.push(Array.from(counts, ([token, count]) => `${token} ${count}`).join(' '));
	}
	return lines.join('\n');
}

/** Per field, its distinct tokens and their counts, alternating (see {@link encodeFieldTokens}). */
export function decodeFieldTokens(encoded: string): string[][] {
	return encoded.split('\n').map((field) => (field === '' ? [] : field.split(' ')));
}
