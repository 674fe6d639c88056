// The hover evaluation sets' format, shared by the Node check and the integration suite.
export interface HoverCase {
	line: number;
	word: string;
	/** Seed set: the note's date, title and a phrase; corpus set: corpus-relative paths; null: silence. */
	expect: { date: string; title: string; contains: string } | string[] | null;
}

export interface HoverFile {
	name: string;
	language: string;
	content: string;
	cases: HoverCase[];
}

export interface HoverSet {
	about: string;
	corpus?: string;
	files: HoverFile[];
}

/** The cursor for a case: the middle of the word's first occurrence on its line. */
export function caseCharacter(file: HoverFile, c: HoverCase): number {
	const text = file.content.split('\n')[c.line];
	const at = text.indexOf(c.word);
	if (at < 0) {
		throw new Error(`${file.name}:${c.line}: "${c.word}" not on the line`);
	}
	return at + Math.floor(c.word.length / 2);
}
