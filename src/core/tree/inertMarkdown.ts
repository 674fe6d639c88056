import { FenceTracker } from '../parse/markdownLines';

/**
 * Note Markdown made safe to render where VS Code renders it (a tree item's tooltip): it keeps
 * its formatting, links the user may click, and images next to the note, but loses what would
 * act without a click or come from elsewhere. Outside code: raw HTML is shown as text, images
 * from another host or scheme become their alt text, `command:` links their text, and link
 * reference definitions are shown rather than used (they could point an image anywhere).
 * Untrusted `MarkdownString`s already refuse commands and HTML; this does not rely on it.
 */
export function inertMarkdown(markdown: string): string {
	const fences = new FenceTracker();
	return markdown
		.split('\n')
		.map((line) => (fences.inCode(line) ? line : inertLine(line)))
		.join('\n');
}

const CODE_SPAN = /(?<!`)(`+)(?!`)[^]*?(?<!`)\1(?!`)/g;
const REMOTE = /^\s*<?\s*(?:[a-zA-Z][\w+.-]*:|\/\/|\\\\)/;
const IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const COMMAND_LINK = /\[([^\]]*)\]\(\s*<?\s*command:[^)]*\)/gi;
const REFERENCE_DEFINITION = /^( {0,3})\[(?=[^\]]+\]:)/;

function inertLine(line: string): string {
	const parts: string[] = [];
	let last = 0;
	for (const m of line.matchAll(CODE_SPAN)) {
		parts.push(inertText(line.slice(last, m.index)), m[0]);
		last = m.index + m[0].length;
	}
	parts.push(inertText(line.slice(last)));
	return parts.join('').replace(REFERENCE_DEFINITION, '$1\\[');
}

function inertText(text: string): string {
	let out = text;
	for (let previous = ''; previous !== out;) {
		previous = out;
		out = out.replace(IMAGE, (image, alt: string, target: string) => (REMOTE.test(target) ? alt : image)).replace(COMMAND_LINK, '$1');
	}
	return out.replace(/</g, '&lt;');
}
