/**
 * Runs asynchronous operations one at a time, in the order given: a sync, a save and a watcher
 * update never interleave, so none sees the index change under it. A failing operation is
 * reported and the next one still runs; after {@link stop}, queued operations are skipped.
 */
export class OperationQueue {
	private tail: Promise<unknown> = Promise.resolve();
	private stopped = false;

	constructor(private readonly onError: (err: unknown) => void) {}

	/** Queues `work`; the promise settles when it has run (or been skipped), never rejecting. */
	enqueue(work: () => Promise<void>): Promise<void> {
		const run = async () => {
			if (this.stopped) {
				return;
			}
			try {
				await work();
			} catch (err) {
				this.onError(err);
			}
		};
		const op = this.tail.then(run, run);
		this.tail = op;
		return op;
	}

	stop(): void {
		this.stopped = true;
	}
}

/** `work` over `items` with at most `limit` calls in flight; results in the order of `items`. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		for (let i = next++; i < items.length; i = next++) {
			results[i] = await work(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
