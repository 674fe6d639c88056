// The one way tests make a Note by hand: every field the model requires, defaults that say
// nothing, and the fields a test cares about.
import type { Note } from '../../src/core/note';

let serial = 0;

/** A note of its own file (`file:///notes/n<k>.md` unless `uri` is given), topic = title unless given. */
export function makeNote(fields: Partial<Note> & { title: string }): Note {
	const uri = fields.uri ?? `file:///notes/n${++serial}.md`;
	return { id: fields.id ?? uri, uri, line: 0, endLine: 1, topic: fields.title, keywords: [], tags: [], body: '', bodyLine: 1, ...fields };
}
