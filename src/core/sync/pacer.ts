/**
 * Cooperative time slicing for long work on the extension host's one thread: call
 * `await pacer.pause()` between small steps, and it yields to the event loop once the current
 * slice has run {@link Pacer.sliceMs}. It also records the longest slice it saw, so the
 * adapters can log how long indexing held the thread.
 */
export class Pacer {
	private sliceStart = performance.now();
	/** The longest stretch between two yields so far, in ms. */
	longestSliceMs = 0;

	constructor(
		readonly sliceMs = 8,
		private readonly yieldNow: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
	) {}

	/** Yields when the slice is used up; otherwise returns at once (a resolved promise). */
	async pause(): Promise<void> {
		const elapsed = performance.now() - this.sliceStart;
		if (elapsed >= this.sliceMs) {
			this.longestSliceMs = Math.max(this.longestSliceMs, elapsed);
			await this.yieldNow();
			this.sliceStart = performance.now();
		}
	}

	/** Ends the measurement: counts the slice in progress, as the work stops here. */
	finish(): number {
		this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - this.sliceStart);
		return this.longestSliceMs;
	}
}
