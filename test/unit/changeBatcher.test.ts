import * as assert from 'node:assert';
import { ChangeBatcher, type Timers } from '../../src/core/sync/changeBatcher';

/** A clock that moves only when told, running the timers that fall due. */
class FakeClock implements Timers {
	private time = 0;
	private nextId = 1;
	private readonly timers = new Map<number, { at: number; fn: () => void }>();

	now(): number {
		return this.time;
	}

	setTimeout(fn: () => void, ms: number): unknown {
		const id = this.nextId++;
		this.timers.set(id, { at: this.time + ms, fn });
		return id;
	}

	clearTimeout(handle: unknown): void {
		this.timers.delete(handle as number);
	}

	advance(ms: number): void {
		const end = this.time + ms;
		for (;;) {
			const due = [...this.timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
			if (!due) {
				break;
			}
			this.timers.delete(due[0]);
			this.time = due[1].at;
			due[1].fn();
		}
		this.time = end;
	}
}

const OPTIONS = { debounceMs: 250, maxWaitMs: 2000, burstSize: 3, recheckAfterMs: 1500, maxRecheckWaitMs: 15_000 };

function setup() {
	const clock = new FakeClock();
	const batches: string[][] = [];
	const rechecks: string[][] = [];
	const batcher = new ChangeBatcher<string>(
		(items) => batches.push(items),
		(groups) => rechecks.push(groups),
		{ ...OPTIONS, timers: clock },
	);
	return { clock, batches, rechecks, batcher };
}

suite('change batcher: watcher events into updates', () => {
	test('a burst of events is one batch of distinct paths, once things are quiet', () => {
		const { clock, batches, batcher } = setup();
		batcher.add('a', 'a', 'root');
		clock.advance(100);
		batcher.add('b', 'b', 'root');
		batcher.add('a', 'a', 'root');
		clock.advance(200);
		assert.deepStrictEqual(batches, []);
		clock.advance(100);
		assert.deepStrictEqual(batches, [['a', 'b']]);
	});

	test('an endless stream is still handed over every maxWaitMs', () => {
		const { clock, batches, batcher } = setup();
		for (let t = 0; t < 4500; t += 100) {
			batcher.add(`p${t}`, `p${t}`, 'root');
			clock.advance(100);
		}
		assert.strictEqual(batches.length, 2);
		assert.strictEqual(batches[0].length, 20);
	});

	test('a small batch asks for no re-check', () => {
		const { clock, batches, rechecks, batcher } = setup();
		batcher.add('a', 'a', 'root');
		batcher.add('b', 'b', 'root');
		clock.advance(60_000);
		assert.strictEqual(batches.length, 1);
		assert.deepStrictEqual(rechecks, []);
	});

	test('after a burst in a folder, that folder alone is re-checked once it has been quiet', () => {
		const { clock, batches, rechecks, batcher } = setup();
		for (const p of ['a', 'b', 'c']) {
			batcher.add(`big/${p}`, p, 'big');
		}
		batcher.add('small/x', 'x', 'small');
		clock.advance(250);
		assert.strictEqual(batches.length, 1);
		assert.deepStrictEqual(rechecks, []);
		// The burst goes on in small batches: the re-check waits for it to end.
		for (let i = 0; i < 5; i++) {
			clock.advance(1000);
			batcher.add(`big/late${i}`, `late${i}`, 'big');
		}
		assert.deepStrictEqual(rechecks, []);
		clock.advance(1500);
		assert.deepStrictEqual(rechecks, [['big']]);
		clock.advance(60_000);
		assert.strictEqual(rechecks.length, 1, 'one re-check per burst');
	});

	test('the re-check comes after the batch of the burst, and a never-ending stream still gets one', () => {
		const { clock, batcher } = setup();
		const order: [string, number][] = [];
		const ordered = new ChangeBatcher<string>(
			() => order.push(['batch', clock.now()]),
			() => order.push(['recheck', clock.now()]),
			{ ...OPTIONS, timers: clock },
		);
		for (let t = 0; t < 30_000; t += 100) {
			ordered.add(`p${t}`, `p${t}`, 'root');
			clock.advance(100);
		}
		assert.strictEqual(order[0][0], 'batch');
		const recheck = order.find(([what]) => what === 'recheck');
		assert.ok(recheck, 'a re-check during the stream');
		assert.ok(recheck[1] <= order[0][1] + OPTIONS.maxRecheckWaitMs, `at ${recheck[1]} ms`);
		batcher.dispose();
	});

	test('nothing is handed over after dispose', () => {
		const { clock, batches, rechecks, batcher } = setup();
		for (const p of ['a', 'b', 'c']) {
			batcher.add(p, p, 'root');
		}
		clock.advance(250);
		batcher.add('d', 'd', 'root');
		batcher.dispose();
		clock.advance(60_000);
		assert.strictEqual(batches.length, 1);
		assert.deepStrictEqual(rechecks, []);
	});
});
