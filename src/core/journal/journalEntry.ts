import { formatDate, parseDayHeading, type DateStyle } from './dates';
import { readFrontMatter } from '../parse/frontMatter';
import { FenceTracker, fenceFor, headingLevel, parseBullet } from '../parse/markdownLines';

/**
 * `TIL: Add Today's Entry` as a text computation: where a new `- topic` bullet goes in a
 * journal and what is inserted there. The result is a single insertion, so every other byte of
 * the journal (its line ends, trailing whitespace, a missing final newline) stays as it was,
 * and the editor's undo takes the whole entry back in one step.
 *
 * Written the way the journal is written: today's heading in the date style, heading level and
 * day order of its most recent day; the bullet with that day's marker and indentation; blank
 * lines where the journal puts them; and the file's own line ends.
 *
 * ### Example
 * ```ts
 * journalEntry('## 01.02.2024\n\n- git\n', { today: '2024-02-02', topic: 'vim' });
 * // { line: 2, character: 5, text: '\n\n## 02.02.2024\n\n- vim', bulletLine: 6, bulletCharacter: 5 }
 * ```
 */
export interface EntryRequest {
	/** Today as ISO `YYYY-MM-DD` (the adapter's local date). */
	today: string;
	topic: string;
	/** Code to put under the bullet in a fenced block (e.g. the editor's selection). */
	code?: string;
	/** The fence's info string, e.g. `ts`; see {@link fenceLanguage}. */
	language?: string;
	/** Line end for a journal that has none yet; a journal with line ends keeps its own. */
	defaultEol?: '\n' | '\r\n';
}

export interface EntryEdit {
	/** Where to insert, 0-based, as an editor counts lines and characters. */
	line: number;
	character: number;
	text: string;
	/** Where the new bullet's text ends once inserted: where the cursor goes. */
	bulletLine: number;
	bulletCharacter: number;
}

/** The day heading the journal uses when it has none yet: `## DD.MM.YYYY`. */
const DEFAULT_STYLE: DateStyle = { order: 'dmy', separator: '.', pad: true };

interface Day {
	line: number;
	level: number;
	date: string;
	style: DateStyle;
	/** First line after the day (the next heading at its level or above, or the end). */
	end: number;
	/** Top-level bullets' lines. */
	bullets: number[];
	/** Leading whitespace of the first line nested under a top-level bullet, beyond the bullet's own. */
	nestedIndent?: string;
}

export function journalEntry(journal: string, request: EntryRequest): EntryEdit {
	const eol = /\r\n|\n|\r/.exec(journal)?.[0] ?? request.defaultEol ?? '\n';
	const lines = journal.split(/\r\n|\n|\r/);
	const days = findDays(lines);
	const recent = days.reduce<Day | undefined>((best, d) => (!best || d.date >= best.date ? d : best), undefined);
	const withBullets = [...days].sort((a, b) => (a.date < b.date ? 1 : -1)).find((d) => d.bullets.length > 0);
	const firstBullet = withBullets ? lines[withBullets.bullets[0]] : undefined;
	const bulletPrefix = (firstBullet && /^[ \t]*[-*+][ \t]+/.exec(firstBullet)?.[0]) || '- ';
	const bulletLead = /^[ \t]*/.exec(bulletPrefix)![0];
	const nested = days.find((d) => d === withBullets && d.nestedIndent)?.nestedIndent ?? days.find((d) => d.nestedIndent)?.nestedIndent ?? '  ';
	const blankAfterHeading = withBullets ? !lines[withBullets.line + 1]?.trim() : true;
	const withTwo = [...days].reverse().find((d) => d.bullets.length > 1);
	const blankBetweenNotes = withTwo ? !lines[withTwo.bullets[1] - 1]?.trim() : false;
	const laterDay = days[1];
	const blankBetweenDays = laterDay ? !lines[laterDay.line - 1]?.trim() : true;

	const bullet = bulletPrefix + request.topic.replace(/\s+/g, ' ').trim();
	const entry = [bullet, ...codeBlock(request.code, request.language, bulletLead + nested)].join(eol);
	const gap = (blank: boolean) => eol + (blank ? eol : '');

	const day = [...days].reverse().find((d) => d.date === request.today);
	if (day) {
		const last = lastContentLine(lines, day.line, day.end);
		const blank = day.bullets.length > 0 ? blankBetweenNotes : last === day.line ? blankAfterHeading : true;
		return edit(last, lines[last].length, gap(blank) + entry, eol, bullet);
	}
	const heading = `${'#'.repeat(recent?.level ?? 2)} ${formatDate(request.today, recent?.style ?? DEFAULT_STYLE)}`;
	const block = heading + gap(blankAfterHeading) + entry;
	const newestFirst = days.length > 1 && days[0].date > days[days.length - 1].date;
	if (newestFirst) {
		return edit(days[0].line, 0, block + gap(blankBetweenDays), eol, bullet);
	}
	const last = lastContentLine(lines, 0, lines.length);
	if (!lines[last].trim()) {
		return edit(0, 0, block + eol, eol, bullet); // an empty journal
	}
	return edit(last, lines[last].length, gap(blankBetweenDays || days.length === 0) + block, eol, bullet);
}

/** A VS Code language id as a fence's info string (`shellscript` → `sh`); '' for plain text. */
export function fenceLanguage(languageId: string | undefined): string {
	const known: Record<string, string> = { plaintext: '', shellscript: 'sh', typescriptreact: 'tsx', javascriptreact: 'jsx', jsonc: 'json' };
	return languageId === undefined ? '' : (known[languageId] ?? languageId);
}

function edit(line: number, character: number, text: string, eol: string, bullet: string): EntryEdit {
	const bulletAt = text.indexOf(bullet);
	const linesBefore = text.slice(0, bulletAt).split(eol).length - 1;
	return { line, character, text, bulletLine: line + linesBefore, bulletCharacter: bullet.length };
}

/** The fenced block's lines, indented under the bullet; none without code. */
function codeBlock(code: string | undefined, language: string | undefined, indent: string): string[] {
	if (!code || !code.trim()) {
		return [];
	}
	let lines = code.split(/\r\n|\n|\r/);
	while (!lines[0].trim()) {
		lines.shift();
	}
	while (!lines[lines.length - 1].trim()) {
		lines.pop();
	}
	// A selection keeps its indentation in the source file; the block keeps only the relative part.
	const common =
		lines
			.filter((l) => l.trim())
			.reduce<string | undefined>((acc, l) => {
				const lead = /^[ \t]*/.exec(l)![0];
				if (acc === undefined) {
					return lead;
				}
				let i = 0;
				while (i < acc.length && i < lead.length && acc[i] === lead[i]) {
					i++;
				}
				return acc.slice(0, i);
			}, undefined) ?? '';
	lines = lines.map((l) => (l.trim() ? l.slice(common.length) : ''));
	const fence = fenceFor(lines.join('\n'));
	return [indent + fence + (language ?? ''), ...lines.map((l) => (l ? indent + l : '')), indent + fence];
}

function lastContentLine(lines: readonly string[], from: number, end: number): number {
	for (let i = end - 1; i > from; i--) {
		if (lines[i].trim()) {
			return i;
		}
	}
	return from;
}

/** The journal's days, with their bullets, outside front matter and code. */
function findDays(lines: readonly string[]): Day[] {
	const days: Day[] = [];
	const fences = new FenceTracker();
	const start = readFrontMatter(lines.join('\n')).bodyStartLine;
	let day: Day | undefined;
	let topIndent: number | undefined;
	let bulletLead = '';
	let inBullet = false;
	const close = (i: number) => {
		if (day) {
			day.end = i;
			days.push(day);
		}
		day = undefined;
	};
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		if (fences.inCode(line)) {
			continue;
		}
		const level = headingLevel(line);
		if (level > 0) {
			const heading = parseDayHeading(line);
			if (heading) {
				close(i);
				day = { line: i, level: heading.level, date: heading.date, style: heading.style, end: lines.length, bullets: [] };
				topIndent = undefined;
				inBullet = false;
			} else if (day && level <= day.level) {
				close(i);
			}
			continue;
		}
		if (!day || !line.trim()) {
			continue;
		}
		const bullet = parseBullet(line);
		if (bullet && (topIndent === undefined || bullet.indent <= topIndent)) {
			topIndent ??= bullet.indent;
			day.bullets.push(i);
			bulletLead = /^[ \t]*/.exec(line)![0];
			inBullet = true;
		} else if (inBullet && day.nestedIndent === undefined) {
			const lead = /^[ \t]*/.exec(line)![0];
			if (lead.startsWith(bulletLead) && lead.length > bulletLead.length) {
				day.nestedIndent = lead.slice(bulletLead.length);
			}
		}
	}
	close(lines.length);
	return days;
}
