// The bench's probe inside VS Code (bench/vscode.ts): activated at the host's start (`*`), before
// the subject (TIL Notes or the floor, both onStartupFinished) and before the bench's suite,
// so nothing the subject does escapes it. It records the event loop's gaps, the heap, and with
// TIL_BENCH_MODE=profile a CPU profile; the suite collects them with `_tilProbe.collect`.
// Times are the host's performance.now(), the clock the subjects' timings use.
'use strict';
const { Session } = require('node:inspector');
const { getHeapStatistics } = require('node:v8');
const vscode = require('vscode');

/** Gaps of the event loop longer than this are kept, with when they began. */
const BLOCK_MS = 20;
/** The heap is sampled this often (every 50th tick of the 1 ms meter). */
const HEAP_EVERY = 50;

const startedAtMs = performance.now();
// V8's profile timestamps and process.hrtime are the same monotonic clock (µs and ns); this
// offset puts profile samples on performance.now()'s clock, whenever Profiler.start answered.
const hrMinusNowMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
const blocks = [];
const heap = [];
let last = startedAtMs;
let ticks = 0;
// A 1 ms timer: its lateness is how long something else held the loop.
const meter = setInterval(() => {
	const now = performance.now();
	if (now - last > BLOCK_MS) {
		blocks.push({ atMs: last, ms: now - last });
	}
	last = now;
	if (++ticks % HEAP_EVERY === 0) {
		heap.push({ atMs: now, mb: getHeapStatistics().used_heap_size / 1e6 });
	}
}, 1);
heap.push({ atMs: startedAtMs, mb: getHeapStatistics().used_heap_size / 1e6 });

const session = new Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
const profiling = process.env.TIL_BENCH_MODE?.startsWith('profile')
	? post('Profiler.enable')
			.then(() => post('Profiler.setSamplingInterval', { interval: 200 }))
			.then(() => post('Profiler.start'))
			.then(() => performance.now())
	: undefined;

exports.activate = (context) => {
	context.subscriptions.push(
		vscode.commands.registerCommand('_tilProbe.collect', async () => {
			clearInterval(meter);
			let profile;
			let profileStartedAtMs;
			if (profiling) {
				profileStartedAtMs = await profiling;
				profile = (await post('Profiler.stop')).profile;
			}
			await post('HeapProfiler.collectGarbage');
			const retainedMb = getHeapStatistics().used_heap_size / 1e6;
			return { startedAtMs, stoppedAtMs: performance.now(), blocks, heap, retainedMb, profile, profileStartedAtMs, hrMinusNowMs };
		}),
	);
};

exports.deactivate = () => session.disconnect();
