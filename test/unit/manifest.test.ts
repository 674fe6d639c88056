import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
	);
}

suite('manifest and layout', () => {
	test('every command and setting uses the tilNotes prefix and the TIL category', () => {
		for (const c of manifest.contributes.commands) {
			assert.match(c.command, /^_?tilNotes\.[a-z][A-Za-z]+$/, c.command);
			assert.strictEqual(c.category, '%command.category%');
		}
		assert.strictEqual(nls['command.category'], 'TIL');
		for (const key of Object.keys(manifest.contributes.configuration.properties)) {
			assert.match(key, /^tilNotes\./);
		}
	});

	test('every %placeholder% in package.json has a string in package.nls.json', () => {
		const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
		assert.ok(keys.length > 0);
		for (const key of keys) {
			assert.ok(typeof nls[key] === 'string', `missing nls key ${key}`);
		}
	});

	test('every command id in src/vscode/commands.ts is contributed', () => {
		const ids = [...readFileSync(join(root, 'src', 'vscode', 'commands.ts'), 'utf8').matchAll(/= '([^']+)'/g)].map((m) => m[1]);
		const contributed = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
		for (const id of ids.filter((id) => !id.startsWith('_'))) {
			assert.ok(contributed.has(id), id);
		}
	});

	test('src/core imports nothing from vscode', () => {
		for (const file of sourceFiles(join(root, 'src', 'core'))) {
			const text = readFileSync(file, 'utf8');
			assert.ok(!/from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(text), `${file} imports vscode`);
		}
	});

	test('Restricted Mode: the settings that choose files to read or write ignore the workspace', () => {
		const untrusted = manifest.capabilities.untrustedWorkspaces;
		assert.strictEqual(untrusted.supported, 'limited', 'restrictedConfigurations is honoured only for limited support');
		const inCode = /RESTRICTED_SETTINGS = \[([^\]]*)\]/.exec(readFileSync(join(root, 'src', 'vscode', 'config.ts'), 'utf8'))![1];
		const keys = [...inCode.matchAll(/'([^']+)'/g)].map((m) => `tilNotes.${m[1]}`);
		assert.deepStrictEqual([...untrusted.restrictedConfigurations].sort(), keys.sort());
		for (const key of ['tilNotes.folders', 'tilNotes.journal', ...keys]) {
			assert.ok(untrusted.restrictedConfigurations.includes(key), `${key} is restricted`);
			assert.ok(manifest.contributes.configuration.properties[key], `${key} is a setting`);
		}
	});

	test("only TIL: Add Today's Entry writes files the user has (and the cache, its own storage)", () => {
		// File-system writes through VS Code or Node, edits of documents, saves.
		const writes =
			/\bfs\.(writeFile|rename|delete|copy|createDirectory)\(|\b(writeFile|writeFileSync|appendFile\w*|rename\w*|unlink\w*|rmSync|truncate\w*|copyFile\w*|createWriteStream)\(|applyEdit\(|WorkspaceEdit\b|\b(document|doc|editor)\.(save|edit)\(/;
		const writers = sourceFiles(join(root, 'src'))
			.filter((file) => writes.test(readFileSync(file, 'utf8')))
			.map((file) => file.slice(root.length + 1).replace(/\\/g, '/'))
			.sort();
		assert.deepStrictEqual(writers, ['src/vscode/index/cacheStore.ts', 'src/vscode/journal/addEntry.ts']);
	});
});
