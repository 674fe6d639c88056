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
});
