import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { corpusDir, readShared } from './evalFiles';
import { getApi, screenshot, waitFor } from './helpers';

interface ErrorCase {
	message: string;
	source: string;
	language: string;
	expect: (string | { date: string; title: string; contains: string })[] | null;
}

/** Our error section in a hover: the line it puts before the quoted error. */
const OUR_ERROR_HOVER = /Your note quotes this error|command:_tilNotes\.openNote/;

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
	const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
	return hovers
		.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
		.filter((text) => OUR_ERROR_HOVER.test(text))
		.join('\n')
		.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1');
}

async function ourActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
	const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
	return actions.filter((a): a is vscode.CodeAction => 'command' in a && (a.command as vscode.Command | undefined)?.command === '_tilNotes.openNote');
}

function titleOf(relPath: string): string {
	return /^# (.+)$/m.exec(readFileSync(path.join(corpusDir(), relPath), 'utf8'))![1].trim();
}

suite('errors where they appear', () => {
	let diagnostics: vscode.DiagnosticCollection;

	suiteSetup(async function () {
		this.timeout(180_000);
		const api = await getApi();
		await vscode.workspace.getConfiguration('tilNotes').update('folders', [corpusDir()], vscode.ConfigurationTarget.Global);
		await waitFor(() => api.notes().length > 1800, 'the corpus to be indexed', 120_000);
		diagnostics = vscode.languages.createDiagnosticCollection('til-test');
	});

	suiteTeardown(async () => {
		diagnostics.dispose();
		await vscode.workspace.getConfiguration('tilNotes').update('folders', undefined, vscode.ConfigurationTarget.Global);
	});

	test('each covered error of the public set: its note in the diagnostic hover and as a code action; the others: nothing', async function () {
		this.timeout(120_000);
		const set = readShared<{ cases: ErrorCase[] }>('eval', 'errors.json');
		let covered = 0;
		for (const c of set.cases) {
			const doc = await vscode.workspace.openTextDocument({ content: `${c.source} output\nsecond line\n`, language: c.language });
			const range = new vscode.Range(0, 0, 0, 6);
			diagnostics.set(doc.uri, [new vscode.Diagnostic(range, c.message, vscode.DiagnosticSeverity.Error)]);
			if (c.expect === null) {
				// The code action request carries the diagnostic (markers reach it through the main
				// thread): once VS Code's own providers answer with it, ours has been asked too.
				await waitFor(
					async () => (await vscode.commands.executeCommand<unknown[]>('vscode.executeCodeActionProvider', doc.uri, range)) !== undefined,
					'code actions',
				);
				assert.strictEqual(await hoverText(doc.uri, range.start), '', `${c.message}: no hover section`);
				assert.deepStrictEqual(
					(await ourActions(doc.uri, range)).map((a) => a.title),
					[],
					`${c.message}: no code action`,
				);
				diagnostics.delete(doc.uri);
				continue;
			}
			const titles = c.expect.map((e) => (typeof e === 'string' ? titleOf(e) : e.title));
			let actions: vscode.CodeAction[] = [];
			await waitFor(async () => (actions = await ourActions(doc.uri, range)).length > 0, `a code action for ${c.message}`);
			for (const title of titles) {
				assert.ok(
					actions.some((a) => a.title.startsWith(`TIL: ${title} (`)),
					`${c.message}: code action for ${title}; got ${actions.map((a) => a.title)}`,
				);
				const text = await hoverText(doc.uri, range.start);
				assert.ok(text.includes(`TIL: ${title}`), `${c.message}: hover shows ${title}; got:\n${text}`);
			}
			covered++;
			diagnostics.delete(doc.uri);
		}
		assert.ok(covered >= 4);
	});

	test('the code action opens the note at the line that quotes the error', async function () {
		this.timeout(30_000);
		const doc = await vscode.workspace.openTextDocument({ content: 'create schema pg_x;\n', language: 'sql' });
		await vscode.window.showTextDocument(doc);
		const range = new vscode.Range(0, 0, 0, 6);
		diagnostics.set(doc.uri, [new vscode.Diagnostic(range, 'ERROR:  arrays must have same bounds', vscode.DiagnosticSeverity.Error)]);
		let actions: vscode.CodeAction[] = [];
		await waitFor(async () => (actions = await ourActions(doc.uri, range)).length > 0, 'the code action');
		await screenshot('error-code-action');
		const opened = new Promise<vscode.TextEditor>((resolve) => {
			const listener = vscode.window.onDidChangeActiveTextEditor((editor) => {
				if (editor?.document.uri.path.endsWith('create-hstore-from-two-arrays.md')) {
					listener.dispose();
					resolve(editor);
				}
			});
		});
		await vscode.commands.executeCommand(actions[0].command!.command, ...(actions[0].command!.arguments ?? []));
		const editor = await opened;
		assert.match(editor.document.lineAt(editor.selection.active.line).text, /ERROR: {2}arrays must have same bounds/);
		diagnostics.delete(doc.uri);
	});

	test('a failed terminal command that printed a covered error is offered its note, once; an uncovered one is not', async function () {
		this.timeout(90_000);
		const terminal = vscode.window.createTerminal({ name: 'til-errors', shellPath: '/bin/bash' });
		try {
			terminal.show();
			const integration = await new Promise<vscode.TerminalShellIntegration>((resolve, reject) => {
				if (terminal.shellIntegration) {
					return resolve(terminal.shellIntegration);
				}
				const timer = setTimeout(() => reject(new Error('shell integration did not start in bash within 30 s')), 30_000);
				const listener = vscode.window.onDidChangeTerminalShellIntegration((e) => {
					if (e.terminal === terminal) {
						clearTimeout(timer);
						listener.dispose();
						resolve(e.shellIntegration);
					}
				});
			});
			const seen = () => vscode.commands.executeCommand<{ offers: { noteId: string; quoted: string }[]; failedCommands: number }>('_tilNotes.terminalOffers');
			const run = async (command: string) => {
				const before = (await seen()).failedCommands;
				integration.executeCommand(command);
				await waitFor(async () => (await seen()).failedCommands > before, `the extension to look at: ${command}`, 30_000);
				return (await seen()).offers;
			};
			// A first command proves the shell is at its prompt with integration running.
			const warmedUp = new Promise<void>((resolve) => {
				const listener = vscode.window.onDidEndTerminalShellExecution((e) => {
					if (e.terminal === terminal) {
						listener.dispose();
						resolve();
					}
				});
			});
			integration.executeCommand('true');
			await warmedUp;
			const start = (await seen()).offers.length;
			// `sleep` before failing: VS Code can end an execution's data stream before the output
			// of a command that exits at once has reached it (a known race in shell integration,
			// seen here once in five runs under load); a real failing build prints for longer.
			let offers = await run(`printf 'ERROR:  arrays must have same bounds\\n'; sleep 0.5; false`);
			assert.strictEqual(offers.length, start + 1, `the covered error is offered; output: ${JSON.stringify(await seen())}`);
			assert.match(offers.at(-1)!.quoted, /arrays must have same bounds/);
			offers = await run(`printf 'ERROR:  arrays must have same bounds\\n'; sleep 0.5; false`);
			assert.strictEqual(offers.length, start + 1, 'not again for the same error');
			offers = await run(`printf 'TypeError: items.map is not a function\\n'; sleep 0.5; false`);
			assert.strictEqual(offers.length, start + 1, 'an uncovered error is not offered');
		} finally {
			terminal.dispose();
		}
	});
});
