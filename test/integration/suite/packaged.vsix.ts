// Run by the integration runner's packaged check only (TIL_SUITE=vsix): the extension here is the
// .vsix that `vsce package` built, installed into VS Code's extensions dir as a user would install it.
import * as assert from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { unexpectedPackageFiles } from '../../support/packageContents';
import { EXTENSION_ID, type TilApi } from './helpers';

function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
	);
}

suite('the packaged extension (.vsix), installed', () => {
	const extension = () => {
		const ext = vscode.extensions.getExtension<TilApi>(EXTENSION_ID);
		assert.ok(ext, `${EXTENSION_ID} is not installed`);
		return ext;
	};

	test('is loaded from the extensions dir, not from the working tree', () => {
		const dir = process.env.TIL_EXTENSIONS_DIR;
		assert.ok(dir, 'the runner names the extensions dir');
		assert.strictEqual(path.dirname(extension().extensionPath), dir);
	});

	test('holds only what it needs: no test, source, source map or corpus file', () => {
		const files = filesUnder(extension().extensionPath);
		assert.ok(files.includes('dist/extension.js'), files.join(', '));
		assert.deepStrictEqual(unexpectedPackageFiles(files), []);
	});

	test('activates; its API is ready with the bundled notes, read from the package', async () => {
		const ext = extension();
		const api = await ext.activate();
		await api.ready;
		const bundled = vscode.Uri.file(path.join(ext.extensionPath, 'notes', 'til-2020-01.md')).toString();
		assert.strictEqual(api.notes().filter((n) => n.uri === bundled).length, 31);
		const [hit] = await api.search('inotify', { limit: 1 });
		assert.strictEqual(hit?.topic, 'linux');
	});

	test('contributes its commands, TIL: Search Notes among them', async () => {
		const commands = new Set(await vscode.commands.getCommands(true));
		for (const c of extension().packageJSON.contributes.commands as { command: string }[]) {
			assert.ok(commands.has(c.command), `${c.command} is not registered`);
		}
		assert.ok(commands.has('tilNotes.search'));
	});

	test('a hover over sysctl shows the linux note', async () => {
		await (
			await extension().activate()
		).ready;
		const doc = await vscode.workspace.openTextDocument({ content: 'sudo sysctl -p\n', language: 'shellscript' });
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 7));
		const text = hovers
			.flatMap((h) => h.contents)
			.map((c) => (typeof c === 'string' ? c : c.value))
			.join('\n');
		assert.match(text, /command:_tilNotes\.openNote/, 'our hover');
		assert.match(text, /sudo sysctl fs\\?\.inotify/);
	});
});
