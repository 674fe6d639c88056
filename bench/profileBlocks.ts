// Which of the extension host's event-loop blocks were the extension's: the probe records every
// block (any extension's, or VS Code's own start-up), the CPU profile of the same start-up says
// whose code ran. A block is the extension's when most of its samples are in its bundle.
import { readFileSync } from 'node:fs';

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

export interface AttributedBlock {
	/** ms after the subject's load, as the run reports blocks */
	atMs: number;
	ms: number;
	/** ms of the block's samples with the subject's bundle on the stack */
	oursMs: number;
	/** the subject's function that ran most in the block (innermost frame of the bundle) */
	top?: string;
}

export function attributeBlocks(
	profileFile: string,
	run: { blocks: { atMs: number; ms: number }[]; loadAtMs: number; profileStartedAtMs?: number; hrMinusNowMs?: number },
	bundle = /\/dist\/extension\.js$/,
): AttributedBlock[] {
	const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
	const parent = new Map<number, number>();
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	for (const n of profile.nodes) {
		for (const c of n.children ?? []) {
			parent.set(c, n.id);
		}
	}
	/** The innermost frame of the bundle on a sample's stack, or undefined. */
	const ours = new Map<number, string | undefined>();
	const oursOf = (id: number): string | undefined => {
		if (!ours.has(id)) {
			let found: string | undefined;
			for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
				const f = nodes.get(at)!.callFrame;
				if (bundle.test(f.url)) {
					found = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
					break;
				}
			}
			ours.set(id, found);
		}
		return ours.get(id);
	};
	// Sample times on the host's performance.now() clock, after the subject's load: the profile's
	// timestamps are the monotonic clock process.hrtime reads (the probe gives the offset). When
	// Profiler.start answered is not when it started: in the busy start-up, often 100s of ms later.
	const origin = run.hrMinusNowMs !== undefined ? profile.startTime / 1000 - run.hrMinusNowMs - run.loadAtMs : (run.profileStartedAtMs ?? 0) - run.loadAtMs;
	const samples: { atMs: number; ms: number; ours?: string }[] = [];
	let t = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i];
		samples.push({ atMs: origin + t / 1000, ms: (profile.timeDeltas[i + 1] ?? 0) / 1000, ours: oursOf(profile.samples[i]) });
	}
	return run.blocks.map((block) => {
		const inside = samples.filter((s) => s.atMs >= block.atMs && s.atMs < block.atMs + block.ms);
		const byFunction = new Map<string, number>();
		let oursMs = 0;
		for (const s of inside) {
			if (s.ours) {
				oursMs += s.ms;
				byFunction.set(s.ours, (byFunction.get(s.ours) ?? 0) + s.ms);
			}
		}
		const top = [...byFunction].sort((a, b) => b[1] - a[1])[0]?.[0];
		return { ...block, oursMs: Math.round(oursMs), top };
	});
}
