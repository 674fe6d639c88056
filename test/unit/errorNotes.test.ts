import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { ErrorNotes, quotedErrors } from '../../src/core/errors/errorNotes';
import { errorSignature, messageLines } from '../../src/core/errors/errorSignature';
import type { Note } from '../../src/core/note';
import { makeNote } from '../support/notes';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { BUNDLED_NOTES, CORPUS, listMarkdown, parseFile, SHARED } from '../support/nodeNotes';

/** Where the test notes' bodies start in their files. */
const BODY_LINE = 2;

function note(id: string, title: string, body: string): Note {
	return makeNote({ id, uri: `file:///n/${id}.md`, title, topic: '', body, bodyLine: BODY_LINE });
}

function errorsOf(...notes: Note[]): ErrorNotes {
	const errors = new ErrorNotes();
	const index = new NoteIndex();
	index.observe(errors);
	notes.forEach((n) => index.setFile(n.uri, [n]));
	return errors;
}

interface ErrorCase {
	message: string;
	expect: (string | { date: string; title: string; contains: string })[] | null;
}

suite('error signatures', () => {
	test('codes, classes and fixed words, with the variable parts masked', () => {
		const s = errorSignature(`Error: ENOSPC: System limit for number of file watchers reached, watch '/home/me/app'`);
		assert.deepStrictEqual(s.codes, ['ENOSPC']);
		assert.deepStrictEqual(s.content, ['system', 'limit', 'number', 'file', 'watcher', 'reach', 'watch']);
		assert.deepStrictEqual(errorSignature('ERROR 1175 (HY000): You are using safe update mode').codes.sort(), ['ERROR 1175', 'HY000'].sort());
		assert.deepStrictEqual(errorSignature('src/a.ts(3,7): error TS2304: Cannot find name "foo".').codes, ['TS2304']);
		assert.deepStrictEqual(errorSignature('TimeoutError: Navigation Timeout Exceeded: 30000ms exceeded').classes, ['TimeoutError']);
		assert.deepStrictEqual(
			errorSignature(`fatal: A branch named 'x' already exists.`).content,
			errorSignature(`fatal: A branch named 'feature/other-thing' already exists.`).content,
		);
	});

	test('quoted error lines: code blocks, inline code and a title, with their file lines', () => {
		const quotes = quotedErrors(
			note(
				'a',
				'ENOSPC errors',
				'Run it:\n```sh\n$ npm start\nError: ENOSPC: System limit for number of file watchers reached\n```\nor see `TypeError: x is not a function here`',
			),
		);
		assert.deepStrictEqual(quotes, [
			{ line: 5, text: 'Error: ENOSPC: System limit for number of file watchers reached' },
			{ line: 7, text: 'TypeError: x is not a function here' },
		]);
	});
});

suite('errors to notes', () => {
	test('the public error set: each covered error finds its note, the others find nothing', () => {
		// The quoted errors need no full-text index: the notes are handed over as the index would.
		const notes = [BUNDLED_NOTES, CORPUS].flatMap((root) => listMarkdown(root).flatMap((file) => parseFile(file, root)));
		const byId = new Map(notes.map((n) => [n.id, n]));
		const index = { get: (id: string) => byId.get(id) };
		const errors = new ErrorNotes();
		notes.forEach((n) => errors.added(n));
		const set = JSON.parse(readFileSync(join(SHARED, 'eval', 'errors.json'), 'utf8')) as { cases: ErrorCase[] };
		for (const c of set.cases) {
			const found = errors.match(c.message).map((m) => index.get(m.noteId)!);
			if (c.expect === null) {
				assert.deepStrictEqual(
					found.map((n) => n.title),
					[],
					c.message,
				);
				continue;
			}
			for (const expected of c.expect) {
				const ok = found.some((n) =>
					typeof expected === 'string'
						? n.uri.endsWith(`/${expected}`)
						: n.date === expected.date && n.title === expected.title && n.body.includes(expected.contains),
				);
				assert.ok(ok, `${c.message} → ${found.map((n) => n.title).join(', ')}`);
			}
		}
	});

	test('sharing an error class and a word or two is not a match; the same error with other names is', () => {
		const errors = errorsOf(
			note('json', 'JSON', '```\nSyntaxError: Unexpected token < in JSON at position 0\n```'),
			note('branch', 'Branches', "```\nfatal: A branch named 'main' already exists.\n```"),
		);
		assert.deepStrictEqual(errors.match("SyntaxError: Unexpected token '}'"), []);
		assert.deepStrictEqual(
			errors.match("fatal: A branch named 'feature/x' already exists.").map((m) => m.noteId),
			['branch'],
		);
		assert.deepStrictEqual(
			errors.match('SyntaxError: Unexpected token < in JSON at position 12').map((m) => [m.noteId, m.line]),
			[['json', 3]],
		);
	});

	test('a removed note stops matching', () => {
		const errors = new ErrorNotes();
		const index = new NoteIndex();
		index.observe(errors);
		const n = note('a', 'x', '`ERROR:  arrays must have same bounds`');
		index.setFile(n.uri, [n]);
		assert.strictEqual(errors.match('ERROR:  arrays must have same bounds').length, 1);
		index.removeFile(n.uri);
		assert.strictEqual(errors.match('ERROR:  arrays must have same bounds').length, 0);
	});

	test('long and hostile messages: no throw, only the first lines read', () => {
		const errors = errorsOf(note('a', 'x', '`ERROR:  arrays must have same bounds`'));
		const trace = ['ERROR:  arrays must have same bounds', ...Array.from({ length: 10_000 }, (_, i) => `    at frame${i} (/app/src/file${i}.js:${i}:7)`)].join(
			'\n',
		);
		assert.strictEqual(errors.match(trace).length, 1);
		assert.ok(messageLines(trace).length <= 60);
		assert.strictEqual(errors.match('\x1b[31mERROR:  arrays must have same bounds\x1b[0m').length, 1, 'terminal colours are not words');
		assert.strictEqual(errors.match('x'.repeat(5_000_000)).length, 0);
		fc.assert(
			fc.property(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }), (a, b) => {
				errors.match(a + '\n' + b);
				quotedErrors(note('p', a.slice(0, 50), b));
			}),
			{ numRuns: 300 },
		);
	});
});
