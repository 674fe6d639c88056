import { FenceTracker, parseBullet, plainInline } from '../parse/markdownLines';
import type { Note } from '../note';

/** A first-level bullet of a note's body: the tree shows it under the note, as Outline shows headings. */
export interface SubTopic {
	/** The bullet's text as plain text (`reboot: 재부팅` for ``- `reboot`: 재부팅``). */
	title: string;
	/** 0-based line of the bullet in the note's file. */
	line: number;
	/** 0-based last line of the sub-topic (inclusive), trailing blank lines excluded. */
	endLine: number;
}

/**
 * The sub-topics of a note: the bullets at its body's shallowest bullet level, outside code.
 * Bodies are dedented, but journals mix tabs and spaces, so the level is found rather than
 * assumed to be column 0 (the same relative rule the journal parser uses for notes).
 *
 * ### Example
 * ```ts
 * subTopicsOf({ ...note, body: '- ubuntu\n\t- inotify\n- `reboot`', bodyLine: 13 });
 * // [{ title: 'ubuntu', line: 13, endLine: 14 }, { title: 'reboot', line: 15, endLine: 15 }]
 * ```
 */
export function subTopicsOf(note: Pick<Note, 'body' | 'bodyLine'>): SubTopic[] {
	const lines = note.body.split('\n');
	const bullets: { index: number; indent: number; text: string }[] = [];
	const fences = new FenceTracker();
	lines.forEach((line, index) => {
		if (fences.inCode(line)) {
			return;
		}
		const bullet = parseBullet(line);
		if (bullet) {
			bullets.push({ index, indent: bullet.indent, text: bullet.text });
		}
	});
	if (bullets.length === 0) {
		return [];
	}
	const level = Math.min(...bullets.map((b) => b.indent));
	const tops = bullets.filter((b) => b.indent === level);
	const subTopics: SubTopic[] = [];
	tops.forEach((top, i) => {
		const title = plainInline(top.text);
		if (!title) {
			return; // an empty bullet has nothing to show; its lines still count for the previous one
		}
		let last = (tops[i + 1]?.index ?? lines.length) - 1;
		while (last > top.index && !lines[last].trim()) {
			last--;
		}
		subTopics.push({ title, line: note.bodyLine + top.index, endLine: note.bodyLine + last });
	});
	return subTopics;
}
