// Start-up inside the real VS Code, through the integration runner (test/integration/runTests.mjs)
// and its suite test/integration/suite/startup.bench.ts. Each figure of TIL Notes is printed beside
// the floor extension's (bench/floor/: Node's fs and a plain MiniSearch, in the host's thread),
// measured from the same kind of start-up; medians over the runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_NOTES, CORPUS } from '../test/support/nodeNotes';
import { derived } from './corpora';
import { attributeBlocks, type AttributedBlock } from './profileBlocks';
import { latencies, median } from './stats';

const ROOT = join(__dirname, '..');
const FLOOR = join(__dirname, 'floor');
const PROBE = join(__dirname, 'probe');

/** What startup.bench.ts writes for one start-up. */
export interface StartupRun {
	subject: 'til' | 'floor';
	mode: string;
	/** The probe was watching before the subject loaded (it must be, for the figures to hold). */
	probeFirst: boolean;
	notes: number;
	loadMs?: number;
	readyMs: number;
	readyAtMs: number;
	/** When the subject's bundle began loading, on the host's clock. */
	loadAtMs: number;
	profileStartedAtMs?: number;
	hrMinusNowMs?: number;
	settledMs?: number;
	longestBlockMs: number;
	blocks: { atMs: number; ms: number }[];
	heapAtLoadMb: number;
	heapPeakMb: number;
	heapRetainedMb: number;
	keystrokes: number[];
}

export interface StartupFigures {
	collection: string;
	runs: number;
	notes: number;
	floor: { readyMs: number; readyAtMs: number; longestBlockMs: number };
	cold: { readyMs: number; readyAtMs: number; settledMs: number; longestBlockMs: number; heapGrowthMb: number; heapPeakGrowthMb: number };
	warm: { readyMs: number; readyAtMs: number; settledMs: number; longestBlockMs: number; heapGrowthMb: number };
	coldVsFloor: number;
	coldAtVsFloorAt: number;
	warmVsCold: number;
	/** The quick pick's answer to a keystroke while the first index is built (one typing run). */
	keystroke: { p50: number; p99: number; n: number };
	/** The same typing once the index is built and settled: the pick's own round trip. */
	keystrokeAtRest: { p50: number; p99: number; n: number };
	/** The longest loop blocks of the cold runs, from the subject's load: when, and how long. */
	coldBlocks: { atMs: number; ms: number }[];
	/** With --profile: a profiled cold and warm start, blocks attributed (bench/profileBlocks.ts). */
	profiled?: {
		start: string;
		readyMs: number;
		/** The longest block whose samples were mostly the extension's. */
		longestOursMs: number;
		longestAnyMs: number;
		oursInBlocksMs: number;
		worst: AttributedBlock[];
		profile: string;
	}[];
}

/** A folder of files a real notes folder has besides notes: binary, too large, not UTF-8, empty, broken front matter. */
function badFiles(dir: string): string {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'image.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
	writeFileSync(join(dir, 'huge.md'), '# huge\n' + 'x'.repeat(6 * 1024 * 1024));
	writeFileSync(join(dir, 'latin1.md'), Buffer.from('# caf\xe9\n\nna\xefve\n', 'latin1'));
	writeFileSync(join(dir, 'empty.md'), '');
	writeFileSync(join(dir, 'front-matter.md'), '---\ntitle: [unclosed\n---\n# body\n');
	return dir;
}

export function startOnce(opts: {
	subject: 'til' | 'floor';
	mode: string;
	folders: string[];
	dataDir: string;
	workspace: string;
	out: string;
	probe: string;
}): StartupRun {
	try {
		execFileSync('node', [join(ROOT, 'test', 'integration', 'runTests.mjs')], {
			cwd: ROOT,
			env: {
				...process.env,
				TIL_TEST_WORKSPACE: opts.workspace,
				TIL_TEST_DATA_DIR: opts.dataDir,
				TIL_TEST_TIMEOUT_MS: String(15 * 60_000),
				...(opts.subject === 'floor' ? { TIL_TEST_EXTENSION: FLOOR } : {}),
				TIL_TEST_INSTALL: opts.probe,
				TIL_BENCH_OUT: opts.out,
				TIL_BENCH_SUBJECT: opts.subject,
				TIL_BENCH_MODE: opts.mode,
				TIL_BUNDLED_NOTES: BUNDLED_NOTES,
			},
			stdio: ['ignore', 'pipe', 'inherit'],
			maxBuffer: 256 * 1024 * 1024,
		});
	} catch (err) {
		const out = String((err as { stdout?: Buffer }).stdout ?? '');
		throw new Error(`bench: the ${opts.subject} ${opts.mode} start-up failed; its last lines:\n${out.split('\n').slice(-30).join('\n')}`);
	}
	const run = JSON.parse(readFileSync(opts.out, 'utf8')) as StartupRun;
	if (!run.probeFirst) {
		throw new Error(`bench: the probe started after ${opts.subject} loaded; its blocks and heap would miss the start`);
	}
	return run;
}

/**
 * The probe as a package: VS Code runs one extension in development mode, the subject, so the
 * probe is installed beside it like any extension (and activates at start, `*`).
 */
export function packageProbe(dir: string): string {
	const vsix = join(dir, 'probe.vsix');
	const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
	execFileSync('node', [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--allow-star-activation', '--out', vsix], {
		cwd: PROBE,
		stdio: 'ignore',
	});
	return vsix;
}

export function vscodeStartups(options: { runs: number; sizes: number[]; profile: boolean }): StartupFigures[] {
	const figures: StartupFigures[] = [];
	const scratch = mkdtempSync(join(tmpdir(), 'til-bench-'));
	try {
		const probe = packageProbe(scratch);
		const sets: [string, string[]][] = [
			['journal + 1,873 notes + bad files', [CORPUS, badFiles(join(scratch, 'bad-files'))]],
			...options.sizes.map((size): [string, string[]] => [`journal + ${size.toLocaleString('en-US')} notes`, [derived(size).root]]),
		];
		for (const [set, [collection, folders]] of sets.entries()) {
			// Every start-up of every collection gets its own VS Code dirs (a warm run reuses its cold
			// run's, on purpose): dirs left by an earlier start make VS Code itself start warmer.
			const dirs = join(scratch, `set-${set}`);
			const workspace = join(dirs, 'workspace');
			mkdirSync(join(workspace, '.vscode'), { recursive: true });
			writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'tilNotes.folders': folders }));
			let n = 0;
			const start = (subject: 'til' | 'floor', mode: string, dataDir?: string) => {
				const dir = dataDir ?? join(dirs, `data-${n}`);
				const run = startOnce({ subject, mode, folders, dataDir: dir, workspace, probe, out: join(dirs, `run-${n++}.json`) });
				if (!dataDir) {
					rmSync(dir, { recursive: true, force: true });
				}
				return run;
			};
			const floor: StartupRun[] = [];
			const cold: StartupRun[] = [];
			const warm: StartupRun[] = [];
			for (let i = 0; i < options.runs; i++) {
				floor.push(start('floor', 'cold'));
				const dataDir = join(dirs, `data-til-${i}`);
				cold.push(start('til', 'cold', dataDir));
				warm.push(start('til', 'warm', dataDir)); // the same dirs: the cache the cold run saved
				rmSync(dataDir, { recursive: true, force: true });
			}
			const typing = start('til', 'typing');
			const typingReady = start('til', 'typing-ready');
			let profiled: StartupFigures['profiled'];
			if (options.profile) {
				// A cold and then a warm start, profiled: which blocks were ours, and in what.
				const dataDir = join(dirs, 'data-profile');
				const runs = ['cold', 'warm'].map(() => {
					const run = start('til', 'profile', dataDir);
					const written = join(dirs, `run-${n - 1}.json.cpuprofile`);
					return { run, written };
				});
				profiled = runs.map(({ run, written }, i) => {
					const kept = join(ROOT, 'bench', `profile-${collection.replace(/\W+/g, '-')}-${i === 0 ? 'cold' : 'warm'}.cpuprofile`);
					writeFileSync(kept, readFileSync(written));
					const blocks = attributeBlocks(kept, run);
					const theirs = blocks.filter((b) => b.oursMs * 2 >= b.ms);
					return {
						start: i === 0 ? 'cold' : 'warm',
						readyMs: run.readyMs,
						longestOursMs: Math.max(0, ...theirs.map((b) => b.ms)),
						longestAnyMs: Math.max(0, ...blocks.map((b) => b.ms)),
						oursInBlocksMs: blocks.reduce((sum, b) => sum + b.oursMs, 0),
						worst: [...blocks].sort((a, b) => b.oursMs - a.oursMs).slice(0, 3),
						profile: kept,
					};
				});
			}
			const med = (rs: StartupRun[], key: 'readyMs' | 'readyAtMs' | 'settledMs' | 'heapRetainedMb' | 'heapAtLoadMb' | 'heapPeakMb') =>
				median(rs.map((r) => r[key] ?? NaN));
			const longest = (rs: StartupRun[]) => Math.max(...rs.map((r) => r.longestBlockMs));
			const growth = (rs: StartupRun[]) => median(rs.map((r) => r.heapRetainedMb - r.heapAtLoadMb));
			figures.push({
				collection,
				runs: options.runs,
				notes: cold[0].notes,
				floor: { readyMs: med(floor, 'readyMs'), readyAtMs: med(floor, 'readyAtMs'), longestBlockMs: longest(floor) },
				cold: {
					readyMs: med(cold, 'readyMs'),
					readyAtMs: med(cold, 'readyAtMs'),
					settledMs: med(cold, 'settledMs'),
					longestBlockMs: longest(cold),
					heapGrowthMb: growth(cold),
					heapPeakGrowthMb: median(cold.map((r) => r.heapPeakMb - r.heapAtLoadMb)),
				},
				warm: {
					readyMs: med(warm, 'readyMs'),
					readyAtMs: med(warm, 'readyAtMs'),
					settledMs: med(warm, 'settledMs'),
					longestBlockMs: longest(warm),
					heapGrowthMb: growth(warm),
				},
				coldVsFloor: med(cold, 'readyMs') / med(floor, 'readyMs'),
				coldAtVsFloorAt: med(cold, 'readyAtMs') / med(floor, 'readyAtMs'),
				warmVsCold: med(warm, 'readyMs') / med(cold, 'readyMs'),
				keystroke: latencies(typing.keystrokes),
				keystrokeAtRest: latencies(typingReady.keystrokes),
				coldBlocks: cold
					.flatMap((r) => r.blocks)
					.sort((a, b) => b.ms - a.ms)
					.slice(0, 5),
				profiled,
			});
			const last = figures[figures.length - 1];
			console.error(`bench: ${collection}: ${JSON.stringify(last)}`);
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	return figures;
}
