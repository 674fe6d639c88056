// Property-based: random and mutated journals, single notes and bytes never make a parser throw,
// and every note it returns points at lines of its file, without overlapping another note.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { excerptAt } from '../../src/core/hover/excerpt';
import { renderHover } from '../../src/core/hover/hoverText';
import type { Note } from '../../src/core/note';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { IndexedNotes } from '../../src/core/sync/indexSync';
import { notePreview } from '../../src/core/tree/notePreview';
import { parseNotesFile, readNotesFile } from '../../src/core/parse/noteFile';
import { bodySnippet } from '../../src/core/search/snippet';
import { subTopicsOf } from '../../src/core/tree/subTopics';
import { decodeText } from '../../src/core/parse/text';
import { SEED } from '../support/nodeNotes';

const FILE = { uri: 'file:///n/t/journal.md', fileName: 'journal.md', folderName: 't' };
const RUNS = Number(process.env.TIL_FC_RUNS) || 300;

/** Lines a journal is made of, and the ones that trip parsers: fences, front matter, odd indents. */
const line = fc.oneof(
	fc.constantFrom(
		'## 02.01.2020',
		'## 2020-01-03',
		'### 2021-02-29',
		'# Title',
		'## Notes',
		'#',
		'---',
		'...',
		'```',
		'```sh',
		'~~~',
		'  ```',
		'\t```',
		'',
		' ',
		'\t',
	),
	fc
		.tuple(
			fc.constantFrom('', ' ', '  ', '\t', '\t\t', '    ', ' \t'),
			fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '-', '> '),
			fc.string({ maxLength: 20 }),
		)
		.map((parts) => parts.join('')),
	fc.tuple(fc.constantFrom('title: ', 'keywords: ', 'date: ', 'topic: ', '  02.01.2020 x: '), fc.string({ maxLength: 12 })).map((parts) => parts.join('')),
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
);
const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
/** Front matter, whole or broken, at the very start, where it is recognised. */
const frontMatter = fc.constantFrom(
	'',
	'',
	'---\n',
	'---\n---',
	'---\ntitle: x\n---',
	'---\ntitle: x\n---\n',
	'---\nkeywords: [\n---\n',
	'---\nkeywords:\n  02.01.2020 a: [b]\n...\n',
);
const document = fc.tuple(frontMatter, fc.array(fc.tuple(line, lineEnd), { maxLength: 60 }), fc.boolean()).map(
	([front, parts, cut]) =>
		front +
		parts
			.map(([l, e]) => l + e)
			.join('')
			.slice(0, cut ? -1 : undefined),
);

const seed = readFileSync(SEED, 'utf8');
/** The seed journal with lines deleted, duplicated, swapped or replaced. */
const mutatedSeed = fc
	.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'replace', 'cut'), fc.nat(), fc.nat(), line), { minLength: 1, maxLength: 12 })
	.map((edits) => {
		let lines = seed.split('\n');
		for (const [kind, a, b, text] of edits) {
			const i = a % Math.max(lines.length, 1);
			const j = b % Math.max(lines.length, 1);
			if (kind === 'delete') {
				lines.splice(i, 1);
			} else if (kind === 'duplicate') {
				lines.splice(i, 0, lines[i] ?? '');
			} else if (kind === 'swap') {
				[lines[i], lines[j]] = [lines[j], lines[i]];
			} else if (kind === 'replace') {
				lines[i] = text;
			} else {
				lines = lines.slice(0, i);
			}
		}
		return lines.join('\n');
	});

/** Every note inside the file's lines, in order, none overlapping the next; its body placed in range. */
function assertWellFormed(notes: readonly Note[], text: string): void {
	const lineCount = text.split('\n').length;
	let previousEnd = -1;
	const ids = new Set<string>();
	for (const n of notes) {
		assert.ok(Number.isInteger(n.line) && n.line >= 0 && n.line < lineCount, `line ${n.line} of ${lineCount}`);
		assert.ok(n.endLine >= n.line && n.endLine < lineCount, `endLine ${n.endLine} (line ${n.line}) of ${lineCount}`);
		assert.ok(n.line > previousEnd, `note at ${n.line} overlaps the one ending at ${previousEnd}`);
		assert.ok(n.bodyLine >= 0 && n.bodyLine <= lineCount, `bodyLine ${n.bodyLine} of ${lineCount}`);
		assert.ok(!ids.has(n.id), `duplicate id ${n.id}`);
		ids.add(n.id);
		previousEnd = n.endLine;
	}
}

/** What every surface does with a note: none of it may throw either. */
function useEverywhere(notes: readonly Note[]): void {
	const index = new NoteIndex();
	index.setFile(FILE.uri, notes);
	new IndexedNotes(index).keywords.flush(Infinity);
	for (const n of notes) {
		const words = n.title.split(/\s+/).slice(0, 2).join(' ');
		index.search(words);
		notePreview(n);
		bodySnippet(n, words.split(' '));
		subTopicsOf(n);
		const excerptLine = n.bodyLine + 1;
		excerptAt(n, excerptLine);
		renderHover(n.title, [{ note: n, line: excerptLine }], { open: () => 'command:a', search: () => 'command:b' }, { open: 'o', search: 's' });
	}
	index.removeFile(FILE.uri);
}

suite('parsers never throw (property-based, fast-check)', () => {
	test('random journals: parsing terminates, never throws, note ranges inside the file and not overlapping', () => {
		fc.assert(
			fc.property(document, (raw) => {
				const { text } = decodeText(new TextEncoder().encode(raw));
				const result = parseNotesFile(text, FILE);
				assertWellFormed(result.notes, text);
				useEverywhere(result.notes);
			}),
			{ numRuns: RUNS },
		);
	});

	test('the seed journal, mutated: same properties', () => {
		fc.assert(
			fc.property(mutatedSeed, (text) => {
				const result = parseNotesFile(text, FILE);
				assertWellFormed(result.notes, text);
				useEverywhere(result.notes);
			}),
			{ numRuns: Math.ceil(RUNS / 3) }, // each run indexes the whole seed
		);
	});

	test('random bytes: decoding and reading never throw, and never leave a CR or BOM', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.uint8Array({ maxLength: 200 }),
					document.map((d) => new TextEncoder().encode(d)),
				),
				(bytes) => {
					const result = readNotesFile(bytes, FILE);
					const { text } = decodeText(bytes);
					assert.ok(!text.includes('\r') && text.charCodeAt(0) !== 0xfeff);
					assertWellFormed(result.notes, text);
				},
			),
			{ numRuns: RUNS },
		);
	});
});
