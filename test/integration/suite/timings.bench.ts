// Run by `npm run bench` (bench/vscode.ts), not by `npm test`: activation and ready times as the
// real VS Code sees them, and the longest event-loop block while the index is rebuilt.
import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { getApi } from './helpers';

suite('benchmark: timings inside VS Code', () => {
	test('activation, ready, and event-loop blocking while reindexing', async function () {
		this.timeout(600_000);
		const api = await getApi();
		const startup = await vscode.commands.executeCommand<{ activateMs?: number; readyMs?: number }>('_tilNotes.timings');
		const histogram = monitorEventLoopDelay({ resolution: 5 });
		histogram.enable();
		const t = performance.now();
		await vscode.commands.executeCommand('tilNotes.reindex');
		const reindexMs = performance.now() - t;
		histogram.disable();
		const result = { ...startup, notes: api.notes().length, reindexMs, longestBlockMs: histogram.max / 1e6 };
		console.log(`bench: ${JSON.stringify(result)}`);
		writeFileSync(process.env.TIL_BENCH_OUT!, JSON.stringify(result));
		assert.ok(result.notes > 0);
	});
});
