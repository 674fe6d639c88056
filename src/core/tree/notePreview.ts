import { inertMarkdown } from './inertMarkdown';
import { FenceTracker } from '../parse/markdownLines';
import type { Note } from '../note';

/**
 * The first lines of a note as Markdown, for a tooltip: the title in bold, then up to
 * `maxLines` lines of the body. A fence cut off by the limit is closed, so the rest of the
 * tooltip is not rendered as code; an ellipsis says there is more. Note text is untrusted: it is
 * made inert (no HTML, remote images or command links, see `inertMarkdown.ts`).
 *
 * ### Example
 * ```ts
 * notePreview({ title: 'linux', body: '- `reboot`: 재부팅\n- ubuntu' }, 1);
 * // '**linux**\n\n- `reboot`: 재부팅\n\n…'
 * ```
 */
export function notePreview(note: Pick<Note, 'title' | 'body'>, maxLines = 12): string {
	const lines = note.body.split('\n');
	while (lines.length > 0 && !lines[lines.length - 1].trim()) {
		lines.pop();
	}
	const shown = lines.slice(0, maxLines);
	// An empty line is code exactly when a fence is open, so feeding one asks the tracker its state.
	const fences = new FenceTracker();
	let opening = '';
	for (const line of shown) {
		const wasOpen = fences.inCode('');
		if (fences.inCode(line) && !wasOpen) {
			opening = /[`~]{3,}/.exec(line)?.[0] ?? '```';
		}
	}
	if (fences.inCode('')) {
		shown.push(opening);
	}
	const parts = [`**${inertMarkdown(note.title.replace(/\n/g, ' '))}**`];
	if (shown.length > 0) {
		parts.push(inertMarkdown(shown.join('\n')));
	}
	if (lines.length > maxLines) {
		parts.push('…');
	}
	return parts.join('\n\n');
}
