import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { INDEX_OPTIONS, tokenizeForIndex } from '../../src/core/search/schema';
import { decodeFieldTokens, encodeFieldTokens, parseForIndex } from '../../src/core/search/pretokenized';
import { ParserPool } from '../../src/node/parserPool';
import { LINKED_FOLDER } from '../../src/core/parse/fileParser';
import { BUNDLED_NOTES, CORPUS, fileInfoOf, listMarkdown, parseBytes } from '../support/nodeNotes';

/** The worker as the Node build starts it, run from its TypeScript source. */
const startWorker = () => new Worker(join(__dirname, '..', '..', 'src', 'node', 'parseWorker.ts'), { execArgv: ['--require', 'tsx/cjs'] });

function files(): [string, string][] {
	return [
		...listMarkdown(BUNDLED_NOTES).map((f): [string, string] => [f, BUNDLED_NOTES]),
		...listMarkdown(CORPUS)
			.slice(0, 120)
			.map((f): [string, string] => [f, CORPUS]),
	];
}

suite('parsing in a worker thread', () => {
	test('a folder listed in the worker: the note files in path order, with stamps, and what was left out and why', async () => {
		const root = mkdtempSync(join(tmpdir(), 'til-list-'));
		const pool = new ParserPool(startWorker, (reason) => assert.fail(reason));
		try {
			for (const [rel, text] of [
				['b.md', 'b'],
				['a/z.md', 'z'],
				['a/c.md', 'c'],
				['a/skip.txt', 'no'],
				['node_modules/x.md', 'excluded'],
				['big.md', 'x'.repeat(2048)],
			]) {
				mkdirSync(dirname(join(root, rel)), { recursive: true });
				writeFileSync(join(root, rel), text);
			}
			symlinkSync(join(root, 'a'), join(root, 'link-to-a'));
			symlinkSync(join(root, 'b.md'), join(root, 'link-to-b.md'));
			symlinkSync(join(root, 'gone.md'), join(root, 'broken.md'));
			const listing = await pool.listLocal({ root, include: '**/*.md', exclude: ['**/node_modules/**'], maxBytes: 1024 });
			assert.ok(listing);
			assert.deepStrictEqual(
				listing.files.map((f) => f.rel),
				['a/c.md', 'a/z.md', 'b.md', 'link-to-b.md'],
			);
			const b = statSync(join(root, 'b.md'));
			assert.deepStrictEqual(
				listing.files.find((f) => f.rel === 'b.md'),
				{ rel: 'b.md', size: b.size, mtime: b.mtime.getTime() },
			);
			const problems = Object.fromEntries(listing.problems.map((p) => [p.rel, p.message]));
			assert.deepStrictEqual(Object.keys(problems).sort(), ['big.md', 'broken.md', 'link-to-a']);
			assert.strictEqual(problems['link-to-a'], LINKED_FOLDER);
			assert.match(problems['big.md'], /KB/);
			await assert.rejects(pool.listLocal({ root: join(root, 'missing'), include: '**/*.md', exclude: [], maxBytes: 1024 }), /ENOENT/);
		} finally {
			pool.dispose();
			rmSync(root, { recursive: true, force: true });
		}
	});

	test('field tokens cross as one string, counted; a token with a space is left to the index', () => {
		const fields = [['fn::join', 'fn', 'join', 'fn'], [], ['설정값']];
		assert.deepStrictEqual(decodeFieldTokens(encodeFieldTokens(fields)!), [['fn::join', '1', 'fn', '2', 'join', '1'], [], ['설정값', '1']]);
		assert.strictEqual(encodeFieldTokens([['a b']]), undefined);
		assert.strictEqual(INDEX_OPTIONS.processTerm!('Fn::Join'), 'Fn::Join', 'counted tokens are the terms as they are');
	});

	test('notes parsed and tokenized in the worker give exactly the index built in this thread', async () => {
		const pool = new ParserPool(startWorker, (reason) => assert.fail(reason));
		try {
			const here = new NoteIndex();
			const there = new NoteIndex();
			const parsed = await Promise.all(files().map(([path, root]) => pool.parse(readFileSync(path), fileInfoOf(path, root), {})));
			for (const [i, [path, root]] of files().entries()) {
				const uri = fileInfoOf(path, root).uri;
				here.setFile(uri, parseBytes(readFileSync(path), path, root));
				there.setFile(uri, parsed[i].notes, parsed[i].fieldTokens);
			}
			assert.deepStrictEqual(JSON.parse(JSON.stringify(there.toJSON())), JSON.parse(JSON.stringify(here.toJSON())));
			assert.ok(there.size > 100);
		} finally {
			pool.dispose();
		}
	});

	test('tokens travel beside their notes: the same notes indexed again without them are tokenized again, to the same index', () => {
		const [path, root] = files()[0];
		const parsed = parseForIndex(readFileSync(path), fileInfoOf(path, root), {}, tokenizeForIndex);
		assert.strictEqual(parsed.fieldTokens?.length, parsed.notes.length);
		const uri = fileInfoOf(path, root).uri;
		const withTokens = new NoteIndex();
		withTokens.setFile(uri, parsed.notes, parsed.fieldTokens);
		const withoutTokens = new NoteIndex();
		withoutTokens.setFile(uri, parsed.notes);
		assert.deepStrictEqual(JSON.parse(JSON.stringify(withTokens.toJSON())), JSON.parse(JSON.stringify(withoutTokens.toJSON())));
		withTokens.setFile(uri, parsed.notes); // the file again, say after an edit: tokenized here
		assert.deepStrictEqual(JSON.parse(JSON.stringify(withTokens.toJSON().index)).documentCount, parsed.notes.length);
	});

	test('the worker reads local files itself: the same notes; a missing file or a named pipe is an error, never a hang', async () => {
		const pool = new ParserPool(startWorker, (reason) => assert.fail(reason));
		const dir = mkdtempSync(join(tmpdir(), 'til-pool-'));
		try {
			for (const [path, root] of files().slice(0, 30)) {
				const result = await pool.readLocal(path, fileInfoOf(path, root), {});
				assert.deepStrictEqual(result?.notes, parseBytes(readFileSync(path), path, root), path);
			}
			const missing = join(dir, 'missing.md');
			await assert.rejects(pool.readLocal(missing, fileInfoOf(missing, dir), {}), /ENOENT/);
			const pipe = join(dir, 'pipe.md');
			execFileSync('mkfifo', [pipe]);
			await assert.rejects(pool.readLocal(pipe, fileInfoOf(pipe, dir), {}), /not a regular file/);
			const big = join(dir, 'big.md');
			writeFileSync(big, '# Big\n' + 'x'.repeat(2000));
			assert.match((await pool.readLocal(big, fileInfoOf(big, dir), { maxBytes: 1000 }))?.unreadable ?? '', /larger than/);
		} finally {
			pool.dispose();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('a worker that cannot start or dies: every file is still parsed, here, and the reason is told', async () => {
		const reasons: string[] = [];
		const broken = new ParserPool(
			() => new Worker('process.exit(3)', { eval: true }),
			(reason) => reasons.push(reason),
		);
		try {
			for (const [path, root] of files().slice(0, 40)) {
				const result = await broken.parse(readFileSync(path), fileInfoOf(path, root), {});
				assert.deepStrictEqual(result.notes, parseBytes(readFileSync(path), path, root), path);
			}
			assert.ok(reasons.length >= 1 && reasons.length <= 3, reasons.join('\n'));
			assert.match(reasons[0], /exited with code 3/);
			const [path, root] = files()[0];
			assert.strictEqual(await broken.readLocal(path, fileInfoOf(path, root), {}), undefined, 'no worker: the caller reads the file');
		} finally {
			broken.dispose();
		}
	});
});
