/** Small line-level readers of Markdown shared by the parsers. */

const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([^\s`{]*)/;
const HEADING = /^(#{1,6})[ \t]+\S|^(#{1,6})[ \t]*$/;
const BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;

/** Tracks fenced code blocks line by line; fences may be indented any amount (real notes do). */
export class FenceTracker {
	private open: string | undefined;
	private info = '';

	/** The open block's language as its info string names it (`bash` in ```` ```bash ````), lowercase; '' when none. */
	get language(): string {
		return this.open === undefined ? '' : this.info;
	}

	/** True while inside a fenced block (after its opening line, before its closing one). */
	get isOpen(): boolean {
		return this.open !== undefined;
	}

	/** Feeds one line; true when the line is a fence or inside one (i.e. not Markdown structure). */
	inCode(line: string): boolean {
		const m = FENCE.exec(line);
		if (this.open !== undefined) {
			if (m && m[1][0] === this.open[0] && m[1].length >= this.open.length && line.trim() === m[1]) {
				this.open = undefined;
			}
			return true;
		}
		if (m) {
			this.open = m[1];
			this.info = m[2].toLowerCase();
			return true;
		}
		return false;
	}
}

export function headingLevel(line: string): number {
	const m = HEADING.exec(line);
	return m ? (m[1] ?? m[2]).length : 0;
}

export interface Bullet {
	/** Indentation in columns, a tab advancing to the next multiple of 4 (CommonMark's tab stop). */
	indent: number;
	text: string;
}

export function parseBullet(line: string): Bullet | undefined {
	const m = BULLET.exec(line);
	return m ? { indent: indentWidth(m[1]), text: (m[2] ?? '').trim() } : undefined;
}

export function indentWidth(whitespace: string): number {
	let width = 0;
	for (const ch of whitespace) {
		width = ch === '\t' ? width + 4 - (width % 4) : width + 1;
	}
	return width;
}

/**
 * Removes the note's own indentation level: a leading tab from tab-indented lines, and the
 * smallest space indent from space-indented ones, so mixed journals dedent line by line.
 */
export function dedent(lines: readonly string[]): string[] {
	let spaces = Infinity;
	for (const line of lines) {
		if (line.startsWith(' ') && line.trim()) {
			spaces = Math.min(spaces, /^ */.exec(line)![0].length);
		}
	}
	return lines.map((line) => {
		if (line.startsWith('\t')) {
			return line.slice(1);
		}
		const lead = /^ */.exec(line)![0].length;
		return line.slice(Math.min(lead, spaces === Infinity ? 0 : spaces));
	});
}

/** A backtick fence no line of `code` can close early: longer than any backtick run in it. */
export function fenceFor(code: string): string {
	const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
	return '`'.repeat(Math.max(3, longestRun + 1));
}

/** Markdown inline formatting removed, for titles and topics shown as plain text. */
export function plainInline(text: string): string {
	return text
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/`([^`]*)`/g, '$1')
		.trim();
}
