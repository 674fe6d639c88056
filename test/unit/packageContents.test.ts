import * as assert from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { unexpectedPackageFiles } from '../support/packageContents';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

suite('package contents (vsce ls)', () => {
	// The same listing `vsce package` zips, from .vscodeignore over the working tree as it is now
	// (with sources, tests, and, after a build, source maps next to the bundle).
	let files: string[];
	suiteSetup(async () => {
		files = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/'));
	});

	test('ships no test, source, source map or corpus file, and nothing off the allow-list', () => {
		assert.deepStrictEqual(unexpectedPackageFiles(files), []);
	});

	test('ships what the manifest points at', () => {
		const wanted = [manifest.icon, 'notes/til-2020-01.md', 'l10n/bundle.l10n.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
		const main = manifest.main.replace(/^\.\//, '');
		if (existsSync(join(root, main))) {wanted.push(main);} // built by `npm run build`, which `npm test` runs first
		for (const f of wanted) {assert.ok(files.includes(f), `${f} is missing from the package: ${files.join(', ')}`);}
	});

	test('the rule itself catches what must not ship', () => {
		const bad = ['src/extension.ts', 'test/unit/x.test.ts', 'dist/extension.js.map', 'notes/jbranchaud/vim.md', '.bench-data/corpus/a.md', 'node_modules/x/index.js', 'eslint.config.mjs'];
		assert.strictEqual(unexpectedPackageFiles(bad).length, bad.length);
	});
});
