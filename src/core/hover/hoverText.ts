import { excerptAt } from './excerpt';
import { fenceFor } from '../parse/markdownLines';
import type { Note } from '../note';

/**
 * The hover's Markdown. Note text is untrusted: it is escaped, or put in a code fence longer than
 * any backtick run inside it, so a note cannot add links, command links, images or HTML. The
 * only links are the ones built here, to the commands the adapter trusts.
 */
export interface HoverLinks {
	/** `command:` URI that opens a note at its line. */
	open(note: Note): string;
	/** `command:` URI that searches the notes for the keyword. */
	search(keyword: string): string;
	/** `command:` URI that stops hovers for the keyword. */
	ignore?(keyword: string): string;
}

export interface HoverLabels {
	open: string;
	search: string;
	ignore?: string;
}

/** A note to show: where it mentions the keyword, and one short line saying why it matched. */
export interface ShownNote {
	note: Note;
	line: number;
	why?: string;
}

export function renderHover(keyword: string, shown: readonly ShownNote[], links: HoverLinks, labels: HoverLabels): string {
	const parts: string[] = [];
	for (const { note, line, why } of shown) {
		const meta = [note.date, note.topic && note.topic !== note.title ? escapeMarkdown(note.topic) : ''].filter(Boolean).join(' · ');
		parts.push(`**${escapeMarkdown(note.title)}**${meta ? ` — ${meta}` : ''}`);
		if (why) {
			parts.push(`*${escapeMarkdown(why)}*`);
		}
		const excerpt = excerptAt(note, line);
		if (excerpt.intro) {
			parts.push(escapeMarkdown(excerpt.intro));
		}
		if (excerpt.text.trim()) {
			parts.push(excerpt.kind === 'code' ? codeBlock(excerpt.text, excerpt.language) : escapeMarkdown(excerpt.text).replace(/\n/g, '  \n'));
		}
		parts.push(`[${escapeMarkdown(labels.open)}](${links.open(note)})`);
		parts.push('---');
	}
	const footer = [`[${escapeMarkdown(labels.search)}](${links.search(keyword)})`];
	if (links.ignore && labels.ignore) {
		footer.push(`[${escapeMarkdown(labels.ignore)}](${links.ignore(keyword)})`);
	}
	parts.push(footer.join(' · '));
	return parts.join('\n\n');
}

/** Backslash-escapes every character Markdown or its HTML could act on. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/^( +)/gm, (s) => '&nbsp;'.repeat(s.length))
		.replace(/^(\t+)/gm, (s) => '&nbsp;'.repeat(s.length * 4));
}

/** A fenced block that no content can close early. */
export function codeBlock(code: string, language: string): string {
	const fence = fenceFor(code);
	return `${fence}${/^[\w+-]*$/.test(language) ? language : ''}\n${code}\n${fence}`;
}
