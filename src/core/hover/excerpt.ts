import { FenceTracker, indentWidth } from '../parse/markdownLines';
import type { Note } from '../note';

/** The part of a note around one of its lines: the code block holding it, or its bullet and children. */
export interface Excerpt {
	kind: 'code' | 'text';
	/** The fence's info string (`sh`, `json`), for code. */
	language: string;
	text: string;
	/** For code: the bullet that introduces the block, which usually says what it does. */
	intro?: string;
}

const MAX_LINES = 12;

export function excerptAt(note: Note, fileLine: number): Excerpt {
	const lines = note.body.split('\n');
	const at = fileLine - note.bodyLine;
	if (at < 0 || at >= lines.length) {
		return { kind: 'text', language: '', text: trimBlock(lines.slice(0, MAX_LINES)) };
	}
	const block = fenceAround(lines, at);
	if (block) {
		const before = block.from > 0 ? lines[block.from - 1].trim() : '';
		const intro = /^([-*+]|\d+[.)])\s/.test(before) ? before.replace(/^([-*+]|\d+[.)])\s+/, '') : undefined;
		return { kind: 'code', language: block.language, text: trimBlock(stripCommonIndent(lines.slice(block.from + 1, block.to))), intro };
	}
	// The bullet and its children: following lines indented deeper, up to the next sibling.
	const ownIndent = indentOf(lines[at]);
	let end = at + 1;
	while (end < lines.length && end - at < MAX_LINES && (!lines[end].trim() || indentOf(lines[end]) > ownIndent)) {
		end++;
	}
	return { kind: 'text', language: '', text: trimBlock(dedentTo(lines.slice(at, end), ownIndent)) };
}

function fenceAround(lines: readonly string[], at: number): { from: number; to: number; language: string } | undefined {
	const fences = new FenceTracker();
	let from = -1;
	for (let i = 0; i < lines.length; i++) {
		const wasOpen = fences.isOpen;
		fences.inCode(lines[i]);
		if (!wasOpen && fences.isOpen) {
			from = i;
		} else if (wasOpen && !fences.isOpen) {
			if (at >= from && at <= i) {
				return { from, to: i, language: /^[ \t]*[`~]{3,}\s*([\w+-]*)/.exec(lines[from])?.[1] ?? '' };
			}
			from = -1;
		}
		if (i >= at && from === -1) {
			return undefined;
		}
	}
	return from >= 0 && at >= from ? { from, to: lines.length, language: '' } : undefined;
}

/** Code keeps its own indentation but not the list's around it (a fence may sit four tabs deep). */
function stripCommonIndent(lines: readonly string[]): string[] {
	const widths = lines.filter((l) => l.trim()).map(indentOf);
	return dedentTo(lines, widths.length ? Math.min(...widths) : 0);
}

function indentOf(line: string): number {
	return indentWidth(/^[ \t]*/.exec(line)![0]);
}

function dedentTo(lines: readonly string[], columns: number): string[] {
	return lines.map((line) => {
		let cut = 0;
		let width = 0;
		while (cut < line.length && width < columns && (line[cut] === ' ' || line[cut] === '\t')) {
			width = indentWidth(line.slice(0, cut + 1));
			cut++;
		}
		return line.slice(cut);
	});
}

function trimBlock(lines: readonly string[]): string {
	const kept = lines.slice(0, MAX_LINES);
	while (kept.length && !kept[kept.length - 1].trim()) {
		kept.pop();
	}
	return kept.join('\n') + (lines.length > MAX_LINES ? '\n…' : '');
}
