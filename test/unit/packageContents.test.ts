import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { unexpectedPackageFiles } from '../support/packageContents';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

suite('package contents (vsce ls)', () => {
	// The same listing `vsce package` zips, from .vscodeignore over the project's files: those git
	// tracks plus the built dist/ (bundles and, after a dev build, source maps). Staged in a
	// temporary folder because vsce globs every file before applying .vscodeignore, and a
	// developer's tree holds the VS Code server and benchmark data: minutes of walking.
	let files: string[];
	let stage: string;
	suiteSetup(async () => {
		stage = mkdtempSync(join(tmpdir(), 'til-vsce-ls-'));
		const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
		for (const file of tracked.filter((f) => existsSync(join(root, f)))) {
			cpSync(join(root, file), join(stage, file), { recursive: true });
		}
		if (existsSync(join(root, 'dist'))) {
			cpSync(join(root, 'dist'), join(stage, 'dist'), { recursive: true });
		}
		files = (await listFiles({ cwd: stage, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/'));
	});
	suiteTeardown(() => rmSync(stage, { recursive: true, force: true }));

	test('ships no test, source, source map or corpus file, and nothing off the allow-list', () => {
		assert.deepStrictEqual(unexpectedPackageFiles(files), []);
	});

	test('ships what the manifest points at', () => {
		const wanted = [manifest.icon, 'notes/til-2020-01.md', 'l10n/bundle.l10n.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
		// The bundles are built by `npm run build`, which `npm test` runs first; `npm run test:unit`
		// on a fresh clone checks the rest, and the packaged integration check the installed bundles.
		for (const entry of [manifest.main, manifest.browser, './dist/parseWorker.js']) {
			const bundle = entry.replace(/^\.\//, '');
			if (existsSync(join(root, bundle))) {
				wanted.push(bundle);
			}
		}
		for (const f of wanted) {
			assert.ok(files.includes(f), `${f} is missing from the package: ${files.join(', ')}`);
		}
	});

	test('the rule itself catches what must not ship', () => {
		const bad = [
			'src/extension.ts',
			'test/unit/x.test.ts',
			'dist/extension.js.map',
			'notes/jbranchaud/vim.md',
			'.bench-data/corpus/a.md',
			'node_modules/x/index.js',
			'eslint.config.mjs',
		];
		assert.strictEqual(unexpectedPackageFiles(bad).length, bad.length);
	});
});
