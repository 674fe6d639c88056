import { parseDayHeading, toIsoDate, type DayHeading } from './dates';
import { readFrontMatter, isRecord, stringList } from '../parse/frontMatter';
import { dedent, FenceTracker, headingLevel, parseBullet, plainInline } from '../parse/markdownLines';
import type { Note, ParseProblem, ParseResult } from '../note';

/**
 * A journal: `## DD.MM.YYYY` day headings (or the other forms in `dates.ts`), each top-level
 * bullet under a day one note, its nested bullets and code the note's body.
 *
 * Real journals mix tabs and spaces, indent fences oddly and leave trailing tabs; the rule that
 * survives all of it is relative: the first bullet under a day sets the day's top level, and a
 * bullet at or left of it starts the next note. Anything else belongs to the current note.
 */
export function parseJournal(text: string, uri: string): ParseResult {
	const front = readFrontMatter(text);
	const problems: ParseProblem[] = front.problem ? [{ line: 0, message: front.problem }] : [];
	const lines = text.split('\n');
	const notes: Note[] = [];
	const fences = new FenceTracker();
	const idsSeen = new Map<string, number>();

	let day: DayHeading | undefined;
	let topIndent: number | undefined;
	let open: { title: string; line: number; last: number } | undefined;

	const close = () => {
		if (open && day) {
			notes.push(makeNote(uri, day.date, open.title, open.line, open.last, lines, idsSeen));
		}
		open = undefined;
	};

	for (let i = front.bodyStartLine; i < lines.length; i++) {
		const line = lines[i];
		if (fences.inCode(line)) {
			if (open) {
				open.last = i;
			}
			continue;
		}
		const level = headingLevel(line);
		if (level > 0) {
			const heading = parseDayHeading(line);
			if (heading) {
				close();
				day = heading;
				topIndent = undefined;
			} else if (day && level <= day.level) {
				close();
				day = undefined;
			} else if (open) {
				open.last = i;
			}
			continue;
		}
		if (!day) {
			continue;
		}
		const bullet = parseBullet(line);
		if (bullet && (topIndent === undefined || bullet.indent <= topIndent)) {
			close();
			topIndent ??= bullet.indent;
			if (bullet.text) {
				open = { title: bullet.text, line: i, last: i };
			}
			continue;
		}
		if (open && line.trim()) {
			open.last = i;
		}
	}
	close();

	applyDeclaredKeywords(front.data.keywords, notes, problems);
	return { notes, problems };
}

/** True when the text has a day heading outside code: such a file is read as a journal. */
export function looksLikeJournal(text: string): boolean {
	const fences = new FenceTracker();
	for (const line of text.split('\n')) {
		if (!fences.inCode(line) && line.startsWith('#') && parseDayHeading(line)) {
			return true;
		}
	}
	return false;
}

/** The title's leading name: `scp` for `scp(Secure Copy)`, `WRS` for `WRS(...): ...`. */
export function topicOf(title: string): string {
	const plain = plainInline(title);
	const cut = plain.search(/\(|:(?=\s|$)|：/);
	const topic = (cut > 0 ? plain.slice(0, cut) : plain).trim();
	return topic || plain;
}

function makeNote(uri: string, date: string, title: string, line: number, last: number, lines: readonly string[], idsSeen: Map<string, number>): Note {
	const baseId = `${uri}#${date}/${title}`;
	const seen = (idsSeen.get(baseId) ?? 0) + 1;
	idsSeen.set(baseId, seen);
	return {
		id: seen === 1 ? baseId : `${baseId}~${seen}`,
		uri,
		line,
		endLine: last,
		title,
		topic: topicOf(title),
		date,
		keywords: [],
		tags: [],
		body: dedent(lines.slice(line + 1, last + 1)).join('\n'),
		bodyLine: line + 1,
	};
}

/**
 * A journal declares extra keywords for its notes in front matter, without touching the notes:
 *
 * ```yaml
 * keywords:
 *   10.01.2020 puppeteer: [waitUntil, page.goto]
 * ```
 * The key is a day (any supported date form) and the note's topic or title.
 */
function applyDeclaredKeywords(declared: unknown, notes: Note[], problems: ParseProblem[]): void {
	if (declared === undefined) {
		return;
	}
	if (!isRecord(declared)) {
		problems.push({ line: 0, message: 'front matter `keywords` of a journal must map "<date> <topic>" to a list' });
		return;
	}
	for (const [key, value] of Object.entries(declared)) {
		const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(key);
		const date = m ? toIsoDate(m[1]) : undefined;
		const name = m?.[2].toLowerCase();
		const targets = notes.filter((n) => n.date === date && (n.topic.toLowerCase() === name || n.title.toLowerCase() === name));
		if (targets.length === 0) {
			problems.push({ line: 0, message: `front matter keywords for "${key}" match no note` });
		}
		for (const note of targets) {
			note.keywords.push(...stringList(value));
		}
	}
}
