import type { Note } from '../note';
import { tokenize } from '../words/tokenizer';
import type { EngineOptions } from './engine/noteMiniSearch';

/** What each indexed field is worth in a match; the scorer and MiniSearch's own search use it. */
export const BOOSTS = { title: 2, keywords: 2, topic: 2, lead: 1, body: 1.5 };

/** The indexed fields, in the order the engine numbers them and the worker tokenizes them. */
export const FIELDS = ['title', 'topic', 'keywords', 'lead', 'body'] as const;

type Field = (typeof FIELDS)[number];

/** A note's text for one indexed field. */
export function fieldText(note: Note, field: Field): string {
	switch (field) {
		case 'title':
			return note.title;
		case 'topic':
			return note.topic;
		case 'keywords':
			return [...note.keywords, ...note.tags].join(' ');
		case 'lead':
			return leadOf(note.body);
		case 'body':
			return note.body;
	}
}

/**
 * The engine's options, in one place: a saved index must be loaded with exactly the options it
 * was built with. Terms are produced by our tokenizer; queries are planned term by term (see
 * queryPlanner.ts), so the search-side tokenizer passes our terms through untouched.
 */
export const INDEX_OPTIONS: EngineOptions<Note> = {
	idField: 'id',
	fields: [...FIELDS],
	storeFields: [],
	extractField: (note, field) => (field === 'id' ? note.id : fieldText(note, field as Field)),
	tokenize,
	processTerm: (term) => term,
	searchOptions: {
		tokenize: (text) => [text],
		processTerm: (term) => term,
		boost: BOOSTS,
	},
};

/** A note's indexed fields as tokens, in {@link FIELDS} order: what the parse worker sends along. */
export function tokenizeForIndex(note: Note): string[][] {
	return FIELDS.map((field) => tokenize(fieldText(note, field)));
}

/**
 * The note's first paragraph: where a note says what it is about, before details and code.
 * Indexed as its own field so a question worded like that opening finds the note.
 */
export function leadOf(body: string): string {
	const text = body.trimStart();
	const end = text.search(/\n[ \t]*\n|^[ \t]*(```|~~~)/m);
	return (end === -1 ? text : text.slice(0, end)).slice(0, LEAD_MAX_CHARS);
}

const LEAD_MAX_CHARS = 300;
