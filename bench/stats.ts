// Small statistics helpers for the benchmark.
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) {
		return NaN;
	}
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}

export function median(values: readonly number[]): number {
	return percentile(
		[...values].sort((a, b) => a - b),
		50,
	);
}

/** Times `fn` `runs` times and returns the median in ms. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		// Each run starts from a collected heap, as an extension host that starts up does;
		// otherwise the last run's garbage (a whole index) is collected inside this one.
		collectGarbage();
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	return median(times);
}

/** A full collection when Node runs with --expose-gc (`npm run bench` does). */
export function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

/** p50 and p99 of per-call latencies in ms. */
export function latencies(samples: number[]): { p50: number; p99: number; n: number } {
	const sorted = [...samples].sort((a, b) => a - b);
	return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}

export function fmt(ms: number): string {
	return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
