import * as assert from 'node:assert';
import { mapConcurrently, OperationQueue } from '../../src/core/sync/operationQueue';

suite('operations one at a time', () => {
	test('in the order given, never interleaved; a failure is reported and the next still runs; after stop, none', async () => {
		const events: string[] = [];
		const errors: unknown[] = [];
		const queue = new OperationQueue((err) => errors.push(err));
		const op =
			(name: string, fail = false) =>
			async () => {
				events.push(`${name} start`);
				await new Promise((r) => setImmediate(r));
				events.push(`${name} end`);
				if (fail) {
					throw new Error(name);
				}
			};
		await Promise.all([queue.enqueue(op('a')), queue.enqueue(op('b', true)), queue.enqueue(op('c'))]);
		assert.deepStrictEqual(events, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
		assert.deepStrictEqual(errors.map(String), ['Error: b']);
		queue.stop();
		await queue.enqueue(op('d'));
		assert.ok(!events.includes('d start'));
	});

	test('mapConcurrently keeps the order of its items and never has more than the limit in flight', async () => {
		let inFlight = 0;
		let most = 0;
		const out = await mapConcurrently([5, 4, 3, 2, 1, 0], 2, async (n) => {
			most = Math.max(most, ++inFlight);
			await new Promise((r) => setImmediate(r));
			inFlight--;
			return n * 2;
		});
		assert.deepStrictEqual(out, [10, 8, 6, 4, 2, 0]);
		assert.strictEqual(most, 2);
	});
});
