import * as assert from 'node:assert';
import { join } from 'node:path';
import { lexDocument, regionAt, type Region } from '../../src/core/hover/codeContext';
import { readRealFiles } from '../eval/realCode';

/** The region at the first occurrence of `marker` in `text` (the marker's first character). */
function regionOf(languageId: string, text: string, marker: string): Region {
	const lines = text.split('\n');
	const line = lines.findIndex((l) => l.includes(marker));
	assert.ok(line >= 0, `no ${marker}`);
	return regionAt(languageId, (n) => lines[n] ?? '', line, lines[line].indexOf(marker));
}

suite('code context: where a word stands', () => {
	test('comments, strings and code in a C-like, a hash-comment and a Python file', () => {
		const go = 'package main\n/* a block\n   still blockword */\nfunc main() { // lineword\n\tx := "strword"\n\tcodeword()\n}';
		assert.strictEqual(regionOf('go', go, 'blockword'), 'comment');
		assert.strictEqual(regionOf('go', go, 'lineword'), 'comment');
		assert.strictEqual(regionOf('go', go, 'strword'), 'string');
		assert.strictEqual(regionOf('go', go, 'codeword'), 'code');
		const shell = 'echo $# hashcode\ngrep -c x # commentword\n';
		assert.strictEqual(regionOf('shellscript', shell, 'hashcode'), 'code', '`$#` opens no comment');
		assert.strictEqual(regionOf('shellscript', shell, 'commentword'), 'comment');
		const python = 'def f():\n    """docword\n    more docword2\n    """\n    return it\'s_code\n';
		assert.strictEqual(regionOf('python', python, 'docword2'), 'string', 'a triple-quoted string spans lines');
		assert.strictEqual(regionOf('markdown', '# title\ntext', 'text'), 'prose');
	});

	test('with the line states of a lexed document, every fifth position is in the region a full lex finds', () => {
		const files = readRealFiles(join(__dirname, '..', 'eval', 'real-code'));
		assert.ok(files.length >= 6);
		for (const file of files) {
			const lines = file.content.split('\n');
			const lineAt = (n: number) => lines[n] ?? '';
			const lexed = lexDocument(file.languageId, lineAt, lines.length);
			assert.ok(lexed, file.name);
			assert.strictEqual(lexed.lineStates.length, lines.length);
			for (let line = 0; line < lines.length; line++) {
				for (let character = 0; character <= lines[line].length; character += 5) {
					// Within the look-back window the two ways must agree exactly.
					if (line < 400) {
						assert.strictEqual(
							regionAt(file.languageId, lineAt, line, character, lexed.lineStates),
							regionAt(file.languageId, lineAt, line, character),
							`${file.name}:${line + 1}:${character + 1}`,
						);
					}
				}
			}
		}
	});

	test('a block comment opened far above the cursor is still a comment with line states', () => {
		const lines = ['/*', ...Array.from({ length: 1000 }, (_, i) => `filler ${i}`), 'farword */', 'code()'];
		const lineAt = (n: number) => lines[n] ?? '';
		const lexed = lexDocument('c', lineAt, lines.length)!;
		assert.strictEqual(regionAt('c', lineAt, 1001, 0, lexed.lineStates), 'comment');
		assert.strictEqual(regionAt('c', lineAt, 1002, 0, lexed.lineStates), 'code');
		assert.ok(lexed.codeWords.has('code') && !lexed.codeWords.has('farword'));
	});

	test('prose documents are not lexed', () => {
		assert.strictEqual(
			lexDocument('markdown', () => 'x', 1),
			undefined,
		);
	});
});
