import * as assert from 'node:assert';
import { FileFilter, globToRegExp } from '../../src/core/sync/glob';

const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

suite('include and exclude globs', () => {
	test('the default include takes Markdown at any depth, any case of extension', () => {
		const filter = new FileFilter('**/*.md', DEFAULT_EXCLUDE);
		for (const path of ['a.md', 'x/y/z.md', 'README.MD']) {
			assert.ok(filter.includesFile(path), path);
		}
		for (const path of ['a.txt', 'a.md.bak', 'node_modules/pkg/readme.md', 'x/.git/a.md']) {
			assert.ok(!filter.includesFile(path), path);
		}
	});

	test('excluded folders are skipped whole, other folders walked', () => {
		const filter = new FileFilter('**/*.md', [...DEFAULT_EXCLUDE, '**/drafts']);
		assert.ok(filter.skipsFolder('node_modules'));
		assert.ok(filter.skipsFolder('deep/node_modules'));
		assert.ok(filter.skipsFolder('.git'));
		assert.ok(filter.skipsFolder('journal/drafts'));
		assert.ok(!filter.skipsFolder('journal'));
		assert.ok(!filter.skipsFolder('node_modules_notes'));
	});

	test('alternatives, classes and single-character wildcards', () => {
		const re = globToRegExp('{journal,til}/**/*.{md,markdown}');
		assert.ok(re.test('journal/2024.md') && re.test('til/x/y.markdown'));
		assert.ok(!re.test('other/2024.md'));
		assert.ok(globToRegExp('20[0-9][0-9]-??.md').test('2024-01.md'));
		assert.ok(!globToRegExp('20[!0-1]*.md').test('2012.md'));
		assert.ok(globToRegExp('*.md').test('a.md') && !globToRegExp('*.md').test('x/a.md'));
		assert.ok(globToRegExp('notes/(draft).md').test('notes/(draft).md'));
	});

	test('an empty include falls back to Markdown files', () => {
		assert.ok(new FileFilter(' ', []).includesFile('a/b.md'));
	});
});
