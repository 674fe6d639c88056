import * as assert from 'node:assert';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isRelevant, Scores, type EvalSet } from '../../eval/metrics';
import { readShared } from './evalFiles';
import { getApi, waitFor, type TilApi } from './helpers';

/** The note's text as the editor shows it, from its line up to the next note of the same file. */
async function noteText(api: TilApi, hit: { uri: string; line: number }): Promise<string> {
	const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(hit.uri));
	const next = api
		.notes()
		.filter((n) => n.uri === hit.uri && n.line > hit.line)
		.reduce((min, n) => Math.min(min, n.line), doc.lineCount);
	return doc.getText(new vscode.Range(hit.line, 0, next, 0));
}

suite('foundation: bundled notes, search API, user folders', () => {
	test('the bundled journal is indexed: 31 notes with dates and lines', async () => {
		const api = await getApi();
		const bundled = api.notes().filter((n) => n.uri.endsWith('/notes/til-2020-01.md'));
		assert.strictEqual(bundled.length, 31);
		const linux = bundled.filter((n) => n.topic === 'linux');
		assert.deepStrictEqual(
			linux.map((n) => [n.date, n.line]),
			[
				['2020-01-02', 17],
				['2020-01-15', 139],
				['2020-01-28', 151],
			],
		);
	});

	test('the journal was parsed in a worker thread, which never failed over to the extension host', async () => {
		await getApi();
		const log = (await vscode.commands.executeCommand<string[]>('_tilNotes.recentLog')) ?? [];
		assert.ok(log.includes('info Parsing notes in a worker thread'), log.join('\n'));
		assert.deepStrictEqual(
			log.filter((l) => l.includes('instead of a worker')),
			[],
		);
	});

	test('seed queries through the API: recall@5 = 1.0 and MRR@10 >= 0.9', async () => {
		const api = await getApi();
		const set = readShared<EvalSet>('eval', 'seed-queries.json');
		const scores = new Scores();
		for (const c of set.queries) {
			const hits = await api.search(c.q, { limit: 10 });
			let rank = -1;
			for (let i = 0; i < hits.length && rank < 0; i++) {
				const judged = { date: hits[i].date, title: hits[i].title, text: await noteText(api, hits[i]) };
				if (c.relevant.some((t) => isRelevant(judged, t))) {
					rank = i;
				}
			}
			scores.add(c.kind, rank);
			assert.ok(rank >= 0 && rank < 5, `"${c.q}" (${c.kind}): relevant note not in the top 5`);
		}
		console.log(`seed queries in VS Code:\n${scores.table()}`);
		assert.strictEqual(scores.get('all').recall5, 1);
		assert.ok(scores.get('all').mrr10 >= 0.9, `MRR@10 ${scores.get('all').mrr10}`);
	});

	test('a folder added in tilNotes.folders is indexed; an unreadable file is skipped, the rest kept', async () => {
		const api = await getApi();
		const dir = mkdtempSync(path.join(tmpdir(), 'til-folder-'));
		writeFileSync(path.join(dir, 'journal.md'), '## 2024-03-01\n- zigzag\n  - `quuxify --frobnicate` rewrites things\n');
		writeFileSync(path.join(dir, 'note.md'), '---\ntitle: Wibble Setup\nkeywords: [wibblectl]\n---\nbody\n');
		symlinkSync(path.join(dir, 'missing-target'), path.join(dir, 'broken.md'));
		const config = vscode.workspace.getConfiguration('tilNotes');
		await config.update('folders', [dir], vscode.ConfigurationTarget.Global);
		try {
			await waitFor(() => api.notes().some((n) => n.title === 'Wibble Setup'), 'the folder to be indexed');
			assert.strictEqual(api.notes().filter((n) => n.uri.includes(path.basename(dir))).length, 2);
			assert.strictEqual(api.notes().filter((n) => n.uri.endsWith('/notes/til-2020-01.md')).length, 31);
			const [hit] = await api.search('quuxify');
			assert.strictEqual(hit?.title, 'zigzag');
			assert.strictEqual(hit.date, '2024-03-01');
			assert.deepStrictEqual((await api.search('wibblectl'))[0]?.keywords, ['wibblectl']);
		} finally {
			await config.update('folders', undefined, vscode.ConfigurationTarget.Global);
		}
		await waitFor(() => !api.notes().some((n) => n.title === 'Wibble Setup'), 'the folder to be dropped');
		rmSync(dir, { recursive: true, force: true });
	});
});
