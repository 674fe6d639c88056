import * as assert from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { CACHE_LAYOUT } from '../../../src/core/search/indexCache';
import { IndexCacheStore } from '../../../src/vscode/index/cacheStore';
import { DEFAULT_EXCLUDE, DEFAULT_MAX_FILE_SIZE_KB } from '../../../src/vscode/config';
import { ParserPool } from '../../../src/node/parserPool';
import { NotesService } from '../../../src/vscode/index/notesService';
import { sourceSettings } from '../../../src/vscode/index/sources';
import { corpusDir } from './evalFiles';
import { EXTENSION_ID } from './helpers';

/**
 * Cold and warm start over the 1,873-note corpus, in this extension host, with a cache in a
 * temporary folder; the longest event-loop block is measured with a 1 ms timer.
 * Run by `npm run bench` (bench/vscode.ts), which reads the figures from TIL_BENCH_OUT.cache.json.
 */
suite('benchmark: index cache on the corpus', () => {
	test('cold and warm ready time, longest block while loading', async function () {
		this.timeout(300_000);
		const storage = vscode.Uri.file(mkdtempSync(path.join(tmpdir(), 'til-cache-')));
		const log = vscode.window.createOutputChannel('TIL measure', { log: true });
		const corpus = corpusDir();
		const settings = () =>
			sourceSettings(vscode.Uri.file('/nonexistent'), {
				folders: [corpus],
				includeBundledNotes: false,
				include: '**/*.md',
				exclude: DEFAULT_EXCLUDE,
				journal: '',
				maxFileSizeKB: DEFAULT_MAX_FILE_SIZE_KB,
			});
		const header = { layout: CACHE_LAYOUT, extensionVersion: 'measure', fingerprint: 'measure' };
		let last = performance.now();
		let longest = 0;
		const timer = setInterval(() => {
			const now = performance.now();
			longest = Math.max(longest, now - last);
			last = now;
		}, 1);
		const run = async (label: string) => {
			// Parsing in a worker, as the extension does in this host (src/node/extension.ts).
			const parser = new ParserPool(() => new Worker(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'parseWorker.js')));
			const service = new NotesService(log, settings, Promise.resolve(new IndexCacheStore(storage, header, log)), parser);
			longest = 0;
			last = performance.now();
			const started = performance.now();
			await service.ready;
			const ms = performance.now() - started;
			const block = longest;
			console.log(`userNotes: ${label} ready in ${Math.round(ms)} ms, ${service.index.size} notes, longest event-loop block ${block.toFixed(1)} ms`);
			const saveStarted = performance.now();
			longest = 0;
			await service.flushCache();
			console.log(`userNotes: ${label} cache saved in ${Math.round(performance.now() - saveStarted)} ms, longest event-loop block ${longest.toFixed(1)} ms`);
			service.dispose();
			parser.dispose();
			return { ms, notes: service.index.size, block };
		};
		try {
			const cold = await run('cold');
			const warm = await run('warm');
			assert.strictEqual(warm.notes, cold.notes);
			if (process.env.TIL_BENCH_OUT) {
				writeFileSync(
					`${process.env.TIL_BENCH_OUT}.cache.json`,
					JSON.stringify({ notes: cold.notes, coldMs: cold.ms, warmMs: warm.ms, coldBlockMs: cold.block, warmBlockMs: warm.block }),
				);
			}
		} finally {
			clearInterval(timer);
			log.dispose();
			await vscode.workspace.fs.delete(storage, { recursive: true });
		}
	});
});
