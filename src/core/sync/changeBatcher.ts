/** The two timer functions the batcher needs; tests pass a fake clock. */
export interface Timers {
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	now(): number;
}

export interface ChangeBatcherOptions {
	/** Quiet time after the last change before a batch is handed over: a save or a `git checkout` is a burst. */
	debounceMs: number;
	/** An endless stream of changes is still handed over this often. */
	maxWaitMs: number;
	/** A batch with this many changes in one group is a burst, after which the group is re-checked whole. */
	burstSize: number;
	/** Quiet time after the last change before a re-check runs. */
	recheckAfterMs: number;
	/** An endless stream of changes still gets its re-check this often. */
	maxRecheckWaitMs: number;
	timers?: Timers;
}

const realTimers: Timers = {
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	now: () => Date.now(),
};

/**
 * Debounces a stream of changes into batches of distinct items, and asks for a whole group
 * (a notes folder) to be re-checked once a burst of changes in it has gone quiet. File
 * watchers drop events when a burst fills a queue (Linux's inotify queue holds 16,384 events
 * by default; VS Code's own watchers also drop above their buffers), and nothing reports what
 * was dropped. So after a batch large enough to risk that, the folder is listed again, which
 * finds the changes whose events were lost.
 */
export class ChangeBatcher<T> {
	private readonly timers: Timers;
	private pending = new Map<string, { item: T; group: string }>();
	private batchTimer: unknown;
	private firstPendingAt = 0;
	private readonly recheckGroups = new Set<string>();
	private recheckTimer: unknown;
	private firstRecheckAt = 0;

	constructor(
		private readonly onBatch: (items: T[]) => void,
		private readonly onRecheck: (groups: string[]) => void,
		private readonly options: ChangeBatcherOptions,
	) {
		this.timers = options.timers ?? realTimers;
	}

	/** A change to `item` (known by `key`) in `group`. */
	add(key: string, item: T, group: string): void {
		const now = this.timers.now();
		if (this.pending.size === 0) {
			this.firstPendingAt = now;
		}
		this.pending.set(key, { item, group });
		this.batchTimer = this.restart(this.batchTimer, () => this.flush(), this.firstPendingAt, this.options.debounceMs, this.options.maxWaitMs);
		if (this.recheckGroups.size > 0) {
			this.scheduleRecheck(); // the burst goes on: re-check once it is over
		}
	}

	private flush(): void {
		this.batchTimer = undefined;
		const batch = [...this.pending.values()];
		this.pending.clear();
		if (batch.length === 0) {
			return;
		}
		const perGroup = new Map<string, number>();
		for (const { group } of batch) {
			perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
		}
		const bursts = [...perGroup].filter(([, n]) => n >= this.options.burstSize).map(([group]) => group);
		if (bursts.length > 0) {
			if (this.recheckGroups.size === 0) {
				this.firstRecheckAt = this.timers.now();
			}
			bursts.forEach((group) => this.recheckGroups.add(group));
			this.scheduleRecheck();
		}
		this.onBatch(batch.map(({ item }) => item));
	}

	private scheduleRecheck(): void {
		this.recheckTimer = this.restart(this.recheckTimer, () => this.recheck(), this.firstRecheckAt, this.options.recheckAfterMs, this.options.maxRecheckWaitMs);
	}

	private recheck(): void {
		this.recheckTimer = undefined;
		const groups = [...this.recheckGroups];
		this.recheckGroups.clear();
		if (groups.length > 0) {
			this.onRecheck(groups);
		}
	}

	/** (Re)starts a debounce timer: `quietMs` from now, but no later than `maxWaitMs` after `since`. */
	private restart(handle: unknown, fn: () => void, since: number, quietMs: number, maxWaitMs: number): unknown {
		this.timers.clearTimeout(handle);
		const wait = Math.max(0, Math.min(quietMs, since + maxWaitMs - this.timers.now()));
		return this.timers.setTimeout(fn, wait);
	}

	/** Drops what is pending; nothing is handed over after this. */
	dispose(): void {
		this.timers.clearTimeout(this.batchTimer);
		this.timers.clearTimeout(this.recheckTimer);
		this.pending.clear();
		this.recheckGroups.clear();
	}
}
