// Run by `npm run bench` (bench/vscode.ts), not by `npm test`: one start-up of VS Code, seen from
// inside its extension host. The subject is TIL Notes, or the bench's floor extension
// (bench/floor/, TIL_BENCH_SUBJECT=floor) started the same way, so their figures compare.
// The watching is the bench's probe (bench/probe/), an extension activated at the host's start,
// before the subject and before this suite (both come after startup finished).
// TIL_BENCH_MODE: `cold`/`warm` (the bench picks the data dir), `typing` (types into the search
// pick while the first index is built), `profile` (a CPU profile of the host to TIL_BENCH_OUT.cpuprofile).
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { TilApi } from './helpers';
import { EXTENSION_ID, waitFor } from './helpers';

const FLOOR_ID = 'til-notes-bench.til-notes-floor';
const subject = process.env.TIL_BENCH_SUBJECT === 'floor' ? 'floor' : 'til';
const mode = process.env.TIL_BENCH_MODE ?? 'cold';
const extensionId = subject === 'floor' ? FLOOR_ID : EXTENSION_ID;

/** What the probe recorded from the host's start (bench/probe/extension.js). */
interface ProbeRecord {
	startedAtMs: number;
	stoppedAtMs: number;
	blocks: { atMs: number; ms: number }[];
	heap: { atMs: number; mb: number }[];
	retainedMb: number;
	profile?: unknown;
	profileStartedAtMs?: number;
	hrMinusNowMs: number;
}

/** Each wait of a start-up ends in a failure naming it rather than in the runner's time limit. */
const WAIT_MS = 600_000;

type Timings = { loadMs?: number; readyMs?: number; readyAtMs?: number; settledMs?: number; activateMs?: number; notes?: number };
const timings = () => vscode.commands.executeCommand<Timings>(subject === 'floor' ? '_tilFloor.timings' : '_tilNotes.timings');
const recentLog = () => vscode.commands.executeCommand<string[]>('_tilNotes.recentLog');

/** When each keystroke was typed (host clock), beside its latency: to find it in a profile. */
const typedAt: number[] = [];

/** Types into the search pick, a key every ~30 ms after the last answer, until `done`; per-key latencies. */
async function typeWhileIndexing(done: () => boolean): Promise<number[]> {
	await vscode.commands.executeCommand('tilNotes.search');
	const pick = await vscode.commands.executeCommand<vscode.QuickPick<vscode.QuickPickItem> | undefined>('_tilNotes.searchPickInternals');
	if (!pick) {
		throw new Error('the search pick did not open');
	}
	const words = ['git rebase', 'postgres index', 'docker volume', 'vim macro', '도커 볼륨', 'react hook', 'ruby hash', 'sql join'];
	const latencies: number[] = [];
	// The extension's onDidChangeValue listener was added first, so it has run when this one does.
	let answered: (() => void) | undefined;
	const listener = pick.onDidChangeValue(() => answered?.());
	try {
		for (let w = 0; !done(); w++) {
			const word = words[w % words.length];
			for (let i = 1; i <= word.length && !done(); i++) {
				const typed = new Promise<void>((resolve) => (answered = resolve));
				const t = performance.now();
				pick.value = word.slice(0, i);
				await typed;
				latencies.push(performance.now() - t);
				typedAt.push(t);
				await new Promise((r) => setTimeout(r, 30));
			}
		}
	} finally {
		listener.dispose();
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
	}
	return latencies;
}

suite('benchmark: start-up inside VS Code', () => {
	test(`${subject}, ${mode}`, async function () {
		this.timeout(900_000);
		const out = process.env.TIL_BENCH_OUT!;
		const ext = vscode.extensions.getExtension<TilApi & { ready: Promise<void> }>(extensionId);
		if (!ext) {
			throw new Error(`${extensionId} is not loaded`);
		}
		// Not ext.activate(): VS Code's own activation (onStartupFinished) is part of what is measured.
		await waitFor(() => ext.isActive, `${extensionId} to activate`, WAIT_MS);
		let ready = false;
		const readyPromise = ext.exports.ready.then(() => (ready = true));
		let keystrokes: number[] = [];
		if ((mode === 'typing' || mode === 'profile-typing') && subject === 'til') {
			keystrokes = await typeWhileIndexing(() => ready);
		} else if ((mode === 'typing-ready' || mode === 'profile-typing-ready') && subject === 'til') {
			// The same typing with the index built and settled: what the round trip costs at rest.
			await readyPromise;
			await waitFor(async () => (await timings()).settledMs !== undefined, 'the index to settle', WAIT_MS);
			let typed = 0;
			keystrokes = await typeWhileIndexing(() => ++typed > 60);
		}
		await readyPromise;
		if (subject === 'til') {
			await waitFor(async () => (await timings()).settledMs !== undefined, 'the index to settle', WAIT_MS);
			if ((await recentLog()).some((l) => l.includes('(cold start)'))) {
				// The next (warm) start reads the cache this one writes, shortly after it is ready.
				await waitFor(async () => (await recentLog()).some((l) => l.includes('Saved the index cache')), 'the index cache to be saved', WAIT_MS);
			}
		}
		const probe = (await vscode.commands.executeCommand<ProbeRecord | undefined>('_tilProbe.collect'))!;
		if (!probe) {
			throw new Error('the bench probe is not loaded');
		}
		const t = await timings();
		const notes = subject === 'til' ? (ext.exports as TilApi).notes().length : (t.notes ?? 0);
		// Loop gaps from the subject's load on: before it, the host was starting, not the subject.
		const loadAt = (t.readyAtMs ?? 0) - (t.readyMs ?? 0);
		const ours = probe.blocks.filter((b) => b.atMs + b.ms > loadAt).map((b) => ({ atMs: Math.round(b.atMs - loadAt), ms: Math.round(b.ms) }));
		const heapAtLoad = [...probe.heap].reverse().find((h) => h.atMs <= loadAt) ?? probe.heap[0];
		const log = subject === 'til' ? await recentLog() : [];
		const result = {
			subject,
			mode,
			probeFirst: probe.startedAtMs < loadAt,
			notes,
			...t,
			loadAtMs: loadAt,
			watchedMs: probe.stoppedAtMs - loadAt,
			longestBlockMs: Math.max(0, ...ours.map((b) => b.ms)),
			blocks: ours.sort((a, b) => b.ms - a.ms),
			heapAtLoadMb: heapAtLoad.mb,
			heapPeakMb: Math.max(heapAtLoad.mb, ...probe.heap.filter((h) => h.atMs > loadAt).map((h) => h.mb)),
			heapRetainedMb: probe.retainedMb,
			keystrokes,
			typedAtMs: typedAt.map((t) => Math.round(t - loadAt)),
			profileStartedAtMs: probe.profileStartedAtMs,
			hrMinusNowMs: probe.hrMinusNowMs,
			log,
		};
		console.log(`bench: ${JSON.stringify({ ...result, keystrokes: keystrokes.length, log: log.length })}`);
		writeFileSync(out, JSON.stringify(result));
		if (probe.profile) {
			writeFileSync(`${out}.cpuprofile`, JSON.stringify(probe.profile));
		}
	});
});
