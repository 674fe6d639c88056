// Activation time and time to `ready` inside the real VS Code, through the integration runner:
// for the bundled notes and for the 1,873-note corpus (a workspace whose settings add it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS } from '../test/support/nodeNotes';
import { median } from './stats';

export interface VsCodeTimings {
	collection: string;
	runs: number;
	loadMs: number;
	activateMs: number;
	readyMs: number;
	reindexMs: number;
	longestBlockMs: number;
	notes: number;
	/** With the corpus: cold and warm start of the index service with its cache (cache.bench.ts). */
	cache?: { coldMs: number; warmMs: number; coldBlockMs: number; warmBlockMs: number };
}

export function vscodeTimings(runs: number): VsCodeTimings[] {
	const root = join(__dirname, '..');
	const out: VsCodeTimings[] = [];
	for (const [collection, folders] of [
		['bundled journal', []],
		['1,873 notes', [CORPUS]],
	] as const) {
		const samples: Record<string, number>[] = [];
		const caches: Record<string, number>[] = [];
		for (let i = 0; i < runs; i++) {
			const dir = mkdtempSync(join(tmpdir(), 'til-bench-'));
			const workspace = join(dir, 'workspace');
			mkdirSync(join(workspace, '.vscode'), { recursive: true });
			writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'tilNotes.folders': folders }));
			const result = join(dir, 'result.json');
			execFileSync('node', [join(root, 'test', 'integration', 'runTests.mjs')], {
				cwd: root,
				env: { ...process.env, TIL_TEST_WORKSPACE: workspace, TIL_BENCH_OUT: result },
				stdio: ['ignore', 'ignore', 'inherit'],
			});
			samples.push(JSON.parse(readFileSync(result, 'utf8')));
			if (folders.length && existsSync(`${result}.cache.json`)) {
				caches.push(JSON.parse(readFileSync(`${result}.cache.json`, 'utf8')));
			}
			rmSync(dir, { recursive: true, force: true });
		}
		const med = (key: string) => median(samples.map((s) => s[key]));
		out.push({
			collection,
			runs,
			loadMs: med('loadMs'),
			activateMs: med('activateMs'),
			readyMs: med('readyMs'),
			reindexMs: med('reindexMs'),
			longestBlockMs: Math.max(...samples.map((s) => s.longestBlockMs)),
			notes: samples[0].notes,
			cache: caches.length
				? {
						coldMs: median(caches.map((c) => c.coldMs)),
						warmMs: median(caches.map((c) => c.warmMs)),
						coldBlockMs: Math.max(...caches.map((c) => c.coldBlockMs)),
						warmBlockMs: Math.max(...caches.map((c) => c.warmBlockMs)),
					}
				: undefined,
		});
	}
	return out;
}
