/**
 * Imported first by extension.ts, so esbuild evaluates it before the other modules of the
 * bundle: the time from here covers loading our code and its libraries, not just activate().
 */
export const loadStarted = performance.now();

export interface Timings {
	/** From loading the bundle until VS Code called activate() (VS Code's own scheduling included). */
	loadMs?: number;
	/** activate() itself, from its first line until it returned. */
	activateMs?: number;
	/** From loading the bundle until the first index over every source was built. */
	readyMs?: number;
	/** From loading the bundle until the first index's deferred work (hover keywords, mined pairs, error lines, compaction) was done. */
	settledMs?: number;
	/** When the first index was ready, on the host's clock (since its process started), to compare extensions started alike. */
	readyAtMs?: number;
}

export const timings: Timings = {};

export function sinceLoad(): number {
	return performance.now() - loadStarted;
}
