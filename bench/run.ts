// `npm run bench`: the figures users feel, with baselines measured in the same run so ratios hold
// on a noisy machine. Writes bench/results.json and prints a Markdown table.
// Options: --sizes=10000,50000 (derived collection sizes), --runs=3, --quick (fewer queries),
// --no-vscode (Node only), --vscode-only (only the start-ups inside VS Code), --profile (also a CPU
// profile of the extension host's cold and warm start per collection, to bench/profile-*.cpuprofile,
// with each loop block attributed to the extension or not: bench/profileBlocks.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { bytesToLines, CACHE_LAYOUT, decodeCache, encodeCache, linesToBytes } from '../src/core/search/indexCache';
import { IndexedNotes, syncIndex, type FoundFile } from '../src/core/sync/indexSync';
import { Pacer } from '../src/core/sync/pacer';
import { searchEntries } from '../src/core/search/searchEntries';
import type { Note } from '../src/core/note';
import { fileFactsOf, hoverAt, type FileFacts, type HoverDocument } from '../src/core/hover/hoverDecision';
import { readRealFiles } from '../test/eval/realCode';
import { assemble, disassemble } from 'es-hangul';
import { glossary } from '../src/core/bridge/glossary';
import { quotedErrors } from '../src/core/errors/errorNotes';
import { documentOf, REAL_CODE_DIRS } from '../test/eval/realCodeEval';
import { ParserPool } from '../src/node/parserPool';
import { fileInfoOf } from '../test/support/nodeNotes';
import { collections, prng, type Collection } from './corpora';
import { collectGarbage, fmt, latencies, medianMs } from './stats';
import { vscodeStartups } from './vscode';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? '10000,50000').split(',').filter(Boolean).map(Number);
const runs = Number(args.get('runs') ?? 3);
const quick = args.has('quick');

function readAll(c: Collection): Buffer[] {
	return c.files.map((f) => readFileSync(f));
}

const HEADER = { layout: CACHE_LAYOUT, extensionVersion: 'bench', fingerprint: 'bench' };

/**
 * Runs `work` and returns the longest the event loop was held meanwhile, as an extension
 * host would feel it (the loop's delay, sampled every 1 ms; pauses inside libraries count).
 */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; longestBlockMs: number }> {
	const histogram = monitorEventLoopDelay({ resolution: 1 });
	histogram.enable();
	const result = await work();
	histogram.disable();
	return { result, longestBlockMs: histogram.max / 1e6 };
}

/** Parses in a worker thread as the Node build does (dist/parseWorker.js, built by `npm run bench`). */
const parser = new ParserPool(
	() => new Worker(join(__dirname, '..', 'dist', 'parseWorker.js')),
	(reason) => {
		throw new Error(`bench: the parse worker failed: ${reason}`);
	},
);

/**
 * A cold start as the extension does it: core/indexSync with a Pacer yielding every 8 ms, and
 * files read and parsed in a worker thread.
 */
async function coldStart(c: Collection, measure: <T>(work: () => Promise<T>) => Promise<T> = (work) => work()): Promise<IndexedNotes> {
	const pathOf = new Map<string, string>();
	// Listing is the harness's job here (the extension lists with workspace.fs, a directory at a
	// time): 50,000 stats in one Promise.all would be a block of the harness's own making.
	const found: FoundFile[] = c.files.map((file) => {
		const uri = pathToFileURL(file).toString();
		pathOf.set(uri, file);
		const s = statSync(file);
		return { uri, stamp: { size: s.size, mtime: s.mtimeMs } };
	});
	const load = async (uri: string) => {
		const file = pathOf.get(uri)!;
		const info = fileInfoOf(file, c.root);
		return (await parser.readLocal(file, info, {})) ?? (await parser.parse(await readFile(file), info, {}));
	};
	const state = new IndexedNotes();
	await measure(() => syncIndex(state, found, load, { pacer: new Pacer() }));
	return state;
}

/** A warm start: decode the persisted cache (as cacheStore reads it) and rebuild the index. */
async function warmStart(cache: Uint8Array): Promise<IndexedNotes> {
	const decoded = await decodeCache(bytesToLines(cache), HEADER, new Pacer());
	if (!('state' in decoded)) {
		throw new Error(`bench: cache did not decode: ${decoded.problem}`);
	}
	return decoded.state;
}

/** What a plain MiniSearch does with the same files: the bar's reference for a cold build. */
function plainMiniSearch(bytes: Buffer[]): MiniSearch {
	const mini = new MiniSearch({ fields: ['title', 'text'] });
	mini.addAll(
		bytes.map((b, id) => {
			const text = b.toString('utf8');
			return { id, title: text.slice(0, text.indexOf('\n')), text };
		}),
	);
	return mini;
}

/** As-you-type queries: title words typed a character at a time, and typos of them. */
function keystrokes(notes: Note[], count: number, seed: number): { typed: string[]; typos: string[] } {
	const random = prng(seed);
	const typed: string[] = [];
	const typos: string[] = [];
	for (let i = 0; i < count; i++) {
		const note = notes[Math.floor(random() * notes.length)];
		const words = note.title.split(/\s+/).filter((w) => w.length > 2);
		if (words.length === 0) {
			continue;
		}
		const start = Math.floor(random() * words.length);
		const query = words
			.slice(start, start + 1 + Math.floor(random() * 2))
			.join(' ')
			.toLowerCase();
		for (let n = 1; n <= query.length; n++) {
			typed.push(query.slice(0, n));
		}
		const w = query.split(' ')[0];
		if (w.length > 4) {
			const at = 1 + Math.floor(random() * (w.length - 2));
			typos.push(w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) + query.slice(w.length));
		}
	}
	return { typed, typos };
}

/**
 * Hover positions: random places in real code (the real-code eval files, opened as the hover
 * opens them) and in the code of random notes, as a document of its own language.
 */
function hoverPositions(notes: Note[], count: number, seed: number): { doc: HoverDocument; facts: FileFacts; line: number; character: number }[] {
	const random = prng(seed);
	const docs = REAL_CODE_DIRS.flatMap((dir) => readRealFiles(dir)).map(documentOf);
	const out: { doc: HoverDocument; facts: FileFacts; line: number; character: number }[] = [];
	const facts = new Map<HoverDocument, FileFacts>();
	while (out.length < count) {
		let doc: HoverDocument;
		if (out.length % 2 === 0 && docs.length) {
			doc = docs[Math.floor(random() * docs.length)];
		} else {
			const note = notes[Math.floor(random() * notes.length)];
			const lines = note.body.split('\n');
			doc = { languageId: 'shellscript', path: '/notes/snippet.sh', lineCount: lines.length, lineAt: (n) => lines[n] ?? '' };
		}
		const line = Math.floor(random() * doc.lineCount);
		const text = doc.lineAt(line);
		if (text.trim().length <= 3) {
			continue;
		}
		if (!facts.has(doc)) {
			facts.set(doc, fileFactsOf(doc));
		}
		out.push({ doc, facts: facts.get(doc)!, line, character: Math.floor(random() * text.length) });
	}
	return out;
}

/**
 * Korean queries as an input method types them, jamo by jamo (`ㅂ`, `브`, `브랴`, `브랜`...):
 * glossary renderings of random notes' title words, so each query has a note to bridge to.
 */
function koreanKeystrokes(notes: Note[], count: number, seed: number): string[] {
	const random = prng(seed);
	const out: string[] = [];
	for (let tries = 0; out.length < count * 6 && tries < count * 50; tries++) {
		const note = notes[Math.floor(random() * notes.length)];
		const korean = note.title
			.toLowerCase()
			.split(/\s+/)
			.map((w) => glossary().koreanFor(w)[0])
			.filter(Boolean)
			.slice(0, 2)
			.join(' ');
		if (!korean) {
			continue;
		}
		const jamo = disassemble(korean);
		for (let n = 1; n <= jamo.length; n++) {
			out.push(assemble([...jamo.slice(0, n)]));
		}
	}
	return out;
}

/**
 * Diagnostic messages: error lines the notes quote, with their variable parts changed (another
 * path, another number), and ordinary lines of the notes that are no error, each made unique
 * so no lookup is answered from the message cache.
 */
function errorMessages(notes: Note[], count: number, seed: number): string[] {
	const random = prng(seed);
	const quoted = notes.flatMap((n) => quotedErrors(n).map((q) => q.text)).filter(Boolean);
	const out: string[] = [];
	for (let i = 0; out.length < count; i++) {
		const note = notes[Math.floor(random() * notes.length)];
		if (i % 2 === 0 && quoted.length) {
			out.push(`${quoted[Math.floor(random() * quoted.length)]} at /src/file${i}.ts:${i}:7`);
		} else {
			const lines = note.body.split('\n').filter((l) => l.trim());
			out.push(`${lines[Math.floor(random() * lines.length)] ?? note.title} (${i})`);
		}
	}
	return out;
}

function time(fn: () => void): number {
	const t = performance.now();
	fn();
	return performance.now() - t;
}

function heapUsed(): number {
	global.gc?.();
	global.gc?.();
	return process.memoryUsage().heapUsed;
}

async function measure(c: Collection) {
	console.error(`# ${c.name}: ${c.files.length} files`);
	const readMs = await medianMs(runs, () => readAll(c));
	const bytes = readAll(c);
	const plainMs = await medianMs(runs, () => plainMiniSearch(bytes));
	let coldBlockMs = 0;
	const coldMs = await medianMs(runs, async () => {
		await coldStart(c, async (work) => {
			const { result, longestBlockMs } = await longestBlock(work);
			coldBlockMs = Math.max(coldBlockMs, longestBlockMs);
			return result;
		});
	});

	const before = heapUsed();
	const state = await coldStart(c);
	const index = state.index;
	state.settle(Infinity); // the idle work the extension does after indexing: keywords, compaction
	const heapMb = (heapUsed() - before) / 1024 / 1024;

	const cache = await linesToBytes(encodeCache(state, HEADER, new Pacer()), new Pacer());
	let warmBlockMs = 0;
	const warmMs = await medianMs(runs, async () => {
		warmBlockMs = Math.max(warmBlockMs, (await longestBlock(() => warmStart(cache))).longestBlockMs);
	});

	const notes = index.notes();
	const { typed, typos } = keystrokes(notes, quick ? 60 : 300, 7);
	// The search pick's whole per-keystroke work: query to rows with snippets.
	collectGarbage(); // the cold and warm runs' garbage is not the search's
	const searchTimes = [...typed, ...typos].map((q) => time(() => searchEntries(index, q, { limit: 50 })));
	// Korean over the same notes, bridged to them (the bridge lists were built by the idle work).
	const koreanTyped = koreanKeystrokes(notes, quick ? 30 : 150, 5);
	const koreanTimes = koreanTyped.map((q) => time(() => searchEntries(index, q, { limit: 50 })));
	const errorTimes = errorMessages(notes, quick ? 500 : 3000, 13).map((m) => time(() => state.errors.match(m)));
	const hovers = hoverPositions(notes, quick ? 500 : 3000, 11);
	const keywords = state.keywords.all;
	const hoverTimes = hovers.map(({ doc, facts, line, character }) => time(() => hoverAt(keywords, doc, line, character, { file: facts })));

	// Baselines: a naive substring scan over every note's text, and grep over the files.
	const texts = notes.map((n) => `${n.title}\n${n.body}`.toLowerCase());
	const scanTimes = typed
		.filter((_, i) => i % 5 === 0)
		.map((q) =>
			time(() => {
				const words = q.split(/\s+/).filter(Boolean);
				texts.filter((t) => words.every((w) => t.includes(w)));
			}),
		);
	const grepWords = typed
		.filter((q) => q.length >= 4)
		.filter((_, i) => i % 40 === 0)
		.slice(0, 10);
	const grepMs = grepWords.length
		? (await medianMs(1, () =>
				grepWords.forEach((w) => {
					try {
						execFileSync('grep', ['-ril', '--include=*.md', w.split(' ')[0], c.root]);
					} catch {
						/* no match */
					}
				}),
			)) / grepWords.length
		: NaN;

	return {
		collection: c.name,
		files: c.files.length,
		notes: notes.length,
		readMs,
		plainMiniSearchMs: plainMs,
		coldBuildMs: coldMs,
		coldVsReadPlusPlain: coldMs / (readMs + plainMs),
		warmLoadMs: warmMs,
		warmVsCold: warmMs / coldMs,
		coldLongestBlockMs: coldBlockMs,
		warmLongestBlockMs: warmBlockMs,
		cacheMb: cache.length / 1024 / 1024,
		heapMb,
		search: latencies(searchTimes),
		hover: latencies(hoverTimes),
		koreanSearch: latencies(koreanTimes),
		errorMatch: latencies(errorTimes),
		naiveScan: latencies(scanTimes),
		grepPerQueryMs: grepMs,
	};
}

async function main() {
	const dist = join(__dirname, '..', 'dist', 'extension.js');
	const results = [];
	if (!args.has('vscode-only')) {
		for (const c of collections(sizes)) {
			results.push(await measure(c));
		}
	}
	parser.dispose();
	const bundleKb = statSync(dist).size / 1024;
	const vscode = args.has('no-vscode') ? [] : vscodeStartups({ runs, sizes, profile: args.has('profile') });
	writeFileSync(
		join(__dirname, 'results.json'),
		JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, bundleKb, results, vscode }, null, 2),
	);
	console.log(`\ndist/extension.js: ${bundleKb.toFixed(0)} KB (minified)\n`);
	if (results.length) {
		console.log(
			'| collection | notes | read files | plain MiniSearch | cold start | cold / (read+plain) | warm start | warm / cold | longest block cold / warm | heap | search p50 / p99 | hover p50 / p99 | naive scan p50 / p99 | grep -ril per query |',
		);
		console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
		for (const r of results) {
			console.log(
				`| ${r.collection} | ${r.notes} | ${fmt(r.readMs)} ms | ${fmt(r.plainMiniSearchMs)} ms | ${fmt(r.coldBuildMs)} ms | ${r.coldVsReadPlusPlain.toFixed(2)} | ${fmt(r.warmLoadMs)} ms | ${(r.warmVsCold * 100).toFixed(0)}% | ${fmt(r.coldLongestBlockMs)} / ${fmt(r.warmLongestBlockMs)} ms | ${r.heapMb.toFixed(1)} MB | ${fmt(r.search.p50)} / ${fmt(r.search.p99)} ms | ${(r.hover.p50 * 1000).toFixed(1)} / ${(r.hover.p99 * 1000).toFixed(1)} µs | ${fmt(r.naiveScan.p50)} / ${fmt(r.naiveScan.p99)} ms | ${fmt(r.grepPerQueryMs)} ms |`,
			);
		}
		console.log('\n| collection | Korean keystroke, typed jamo by jamo, p50 / p99 | diagnostic match p50 / p99 |\n|---|---|---|');
		for (const r of results) {
			console.log(
				`| ${r.collection} | ${fmt(r.koreanSearch.p50)} / ${fmt(r.koreanSearch.p99)} ms | ${(r.errorMatch.p50 * 1000).toFixed(1)} / ${(r.errorMatch.p99 * 1000).toFixed(1)} µs |`,
			);
		}
	}
	if (vscode.length) {
		console.log(
			`\nInside VS Code (code-server's VS Code, or desktop with VSCODE_EXECUTABLE_PATH): medians of ${runs} start-ups each; ready = from the subject's bundle loading until its index is built; "on the host's clock" = since the extension host process started; longest block = max over runs, from the subject's load until it settled (and, cold, saved its cache); heap = the extension host's used heap after a full GC, minus before the subject loaded (peak: sampled every ~50 ms).\n`,
		);
		console.log(
			'| collection | notes | floor ready | cold ready | cold / floor | cold / floor, host clock | warm ready | warm / cold | settled cold / warm | longest block floor / cold / warm | heap growth cold (peak) / warm | keystroke while indexing p50 / p99 (n) | keystroke at rest p50 / p99 (n) |',
		);
		console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
		for (const v of vscode) {
			console.log(
				`| ${v.collection} | ${v.notes} | ${fmt(v.floor.readyMs)} ms | ${fmt(v.cold.readyMs)} ms | ${v.coldVsFloor.toFixed(2)} | ${v.coldAtVsFloorAt.toFixed(2)} | ${fmt(v.warm.readyMs)} ms | ${v.warmVsCold.toFixed(2)} | ${fmt(v.cold.settledMs)} / ${fmt(v.warm.settledMs)} ms | ${fmt(v.floor.longestBlockMs)} / ${fmt(v.cold.longestBlockMs)} / ${fmt(v.warm.longestBlockMs)} ms | ${v.cold.heapGrowthMb.toFixed(0)} (${v.cold.heapPeakGrowthMb.toFixed(0)}) / ${v.warm.heapGrowthMb.toFixed(0)} MB | ${fmt(v.keystroke.p50)} / ${fmt(v.keystroke.p99)} ms (${v.keystroke.n}) | ${fmt(v.keystrokeAtRest.p50)} / ${fmt(v.keystrokeAtRest.p99)} ms (${v.keystrokeAtRest.n}) |`,
			);
		}
		for (const v of vscode) {
			console.log(`\n${v.collection}: longest cold blocks, any code (ms after load: ms): ${v.coldBlocks.map((b) => `${b.atMs}: ${b.ms}`).join(', ')}`);
			for (const p of v.profiled ?? []) {
				console.log(
					`  profiled ${p.start} start (ready ${fmt(p.readyMs)} ms): longest block that is the extension's ${fmt(p.longestOursMs)} ms (any code: ${fmt(p.longestAnyMs)} ms); the extension's ms inside blocks >20 ms: ${fmt(p.oursInBlocksMs)}; most of ours: ${p.worst.map((b) => `${b.oursMs} of ${b.ms} ms at ${b.atMs} (${b.top ?? '-'})`).join(', ')}; ${p.profile}`,
				);
			}
		}
	}
}

void main();
