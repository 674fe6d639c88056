import { toIsoDate } from '../journal/dates';
import { readFrontMatter, stringList } from './frontMatter';
import { looksLikeJournal, parseJournal } from '../journal/journal';
import { FenceTracker, headingLevel, plainInline } from './markdownLines';
import type { Note, ParseResult } from '../note';
import { decodeText } from './text';

/** Where a file sits, as the parsers need it; the adapter derives it from the file's URI. */
export interface FileInfo {
	uri: string;
	/** File name with extension, e.g. `get-the-size-of-a-table.md`. */
	fileName: string;
	/** Name of the folder holding the file, or '' at a source's root. */
	folderName: string;
}

/** What reading a file's bytes gave: its notes, and what to tell the user about it. */
export interface ReadResult extends ParseResult {
	/** The bytes were decoded with a guess (another encoding, broken sequences): said, not fatal. */
	warning?: string;
	/** Why the file could not be indexed at all (binary, too large, an encoding we cannot tell). */
	unreadable?: string;
	/** Per note, its index fields tokenized and counted, when a parse worker did it (see search/pretokenized.ts). */
	fieldTokens?: (string | undefined)[];
}

/**
 * Bytes to notes: decodes (see `text.ts`), then parses. Never throws; a file that cannot be read
 * as text gives no notes and a reason, so the caller can log it and go on with the next file.
 */
export function readNotesFile(bytes: Uint8Array, file: FileInfo, options: { maxBytes?: number } = {}): ReadResult {
	if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
		return { notes: [], problems: [], unreadable: tooLarge(bytes.length, options.maxBytes) };
	}
	const decoded = decodeText(bytes);
	if (decoded.unreadable) {
		return { notes: [], problems: [], unreadable: decoded.unreadable };
	}
	return { ...parseNotesFile(decoded.text, file), warning: decoded.warning };
}

/** The reason a file over the size limit is left out; the listing says it before reading. */
export function tooLarge(size: number, maxBytes: number): string {
	const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
	return `${mb(size)}, larger than the ${Math.round(maxBytes / 1024)} KB limit (setting tilNotes.maxFileSizeKB)`;
}

/**
 * Parses any Markdown notes file: a journal when it has day headings (decided by content,
 * not by name), otherwise one note. Never throws: problems come back with the notes.
 */
export function parseNotesFile(text: string, file: FileInfo): ParseResult {
	if (looksLikeJournal(text)) {
		return parseJournal(text, file.uri);
	}
	if (isTableOfContents(text)) {
		// A collection's README that links every note would match every search and repeat them.
		return { notes: [], problems: [], skipped: 'it lists links to other notes (a table of contents)' };
	}
	return parseSingleNote(text, file);
}

/** Mostly lines linking to other Markdown files: an index of notes, not a note. */
export function isTableOfContents(text: string): boolean {
	// Most files have few links to notes: count cheaply before looking at lines.
	let quick = 0;
	for (let at = text.indexOf('.md'); at !== -1 && quick < 20; at = text.indexOf('.md', at + 3)) {
		quick++;
	}
	if (quick < 20) {
		return false;
	}
	let links = 0;
	let lines = 0;
	for (const line of text.split('\n')) {
		if (line.trim()) {
			lines++;
			if (/\]\([^)\s]+\.md(?:#[^)]*)?\)/.test(line)) {
				links++;
			}
		}
	}
	return links >= 20 && links >= lines / 2;
}

/**
 * One note per file. Title: front matter `title`, else the first `# ` heading, else the file
 * name. Topic: front matter `topic`/`category`, else the folder. Date: front matter `date`,
 * else a leading `YYYY-MM-DD` in the file name. Keywords: front matter `keywords` and `aliases`.
 */
export function parseSingleNote(text: string, file: FileInfo): ParseResult {
	const front = readFrontMatter(text);
	const data = front.data;
	const lines = text.split('\n');
	const titleLine = findTitleLine(lines, front.bodyStartLine);
	const frontTitle = typeof data.title === 'string' ? data.title.trim() : '';
	const headingTitle = titleLine === undefined ? '' : plainInline(lines[titleLine].replace(/^#[ \t]*/, '').replace(/[ \t]#+[ \t]*$/, ''));
	const title = frontTitle || headingTitle || titleFromFileName(file.fileName);
	let bodyLine = titleLine === undefined ? front.bodyStartLine : titleLine + 1;
	// The body starts at its first written line, so that `bodyLine + i` is the file line of body line i.
	while (bodyLine < lines.length - 1 && !lines[bodyLine].trim()) {
		bodyLine++;
	}
	let endLine = lines.length - 1;
	while (endLine > bodyLine && !lines[endLine].trim()) {
		endLine--;
	}
	const topic = firstString(data.topic, data.category) ?? file.folderName;
	// A file that is only front matter has no line after it: the note is its last line.
	const first = Math.min(titleLine ?? front.bodyStartLine, lines.length - 1);
	const note: Note = {
		id: file.uri,
		uri: file.uri,
		line: first,
		endLine: Math.max(endLine, first),
		title,
		topic,
		date: toIsoDate(data.date) ?? toIsoDate(file.fileName),
		keywords: [...stringList(data.keywords), ...stringList(data.aliases)],
		tags: stringList(data.tags),
		body: lines.slice(bodyLine).join('\n').trimEnd(),
		bodyLine,
	};
	return { notes: [note], problems: front.problem ? [{ line: 0, message: front.problem }] : [] };
}

function findTitleLine(lines: readonly string[], from: number): number | undefined {
	const fences = new FenceTracker();
	for (let i = from; i < lines.length; i++) {
		if (!fences.inCode(lines[i]) && headingLevel(lines[i]) === 1) {
			return i;
		}
	}
	return undefined;
}

function titleFromFileName(fileName: string): string {
	const stem = fileName.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}[-_ ]?/, '');
	const words = stem.replace(/[-_]+/g, ' ').trim();
	return words ? words[0].toUpperCase() + words.slice(1) : fileName;
}

function firstString(...values: unknown[]): string | undefined {
	for (const v of values) {
		if (typeof v === 'string' && v.trim()) {
			return v.trim();
		}
	}
	return undefined;
}
