/** The one note model every surface reads; parsers produce it, nothing re-parses Markdown. */
export interface Note {
	/** Stable across edits elsewhere in the file: `uri` for a note file, `uri#date/title[~n]` in a journal. */
	id: string;
	/** The file's URI as a string; core never interprets it beyond equality. */
	uri: string;
	/** 0-based line of the note's bullet or title heading. */
	line: number;
	/** 0-based last line of the note (inclusive), trailing blank lines excluded. */
	endLine: number;
	title: string;
	topic: string;
	/** ISO `YYYY-MM-DD`, when the note has a date. */
	date?: string;
	/** Words the note declares about itself (front matter `keywords`, `aliases`). */
	keywords: string[];
	tags: string[];
	/** The note's content as Markdown, dedented (for a journal: its nested bullets and code). */
	body: string;
	/** The 0-based line of the file where `body` starts, so a body line maps back to the file. */
	bodyLine: number;
}

/** Something a parser could not take, said about one place in one file. */
export interface ParseProblem {
	line: number;
	message: string;
}

export interface ParseResult {
	notes: Note[];
	problems: ParseProblem[];
	/** Why the whole file was left out on purpose, when it was (not an error). */
	skipped?: string;
}
