import * as assert from 'node:assert';
import { stemEnglish } from '../../src/core/words/englishStem';
import { stemKorean } from '../../src/core/words/korean';
import { tokenize } from '../../src/core/words/tokenizer';

suite('tokenizer', () => {
	test('code identifiers are kept whole and split into parts', () => {
		assert.deepStrictEqual(tokenize('Fn::Join'), ['fn::join', 'fn', 'join']);
		assert.deepStrictEqual(tokenize('!Join'), ['!join', 'join']);
		assert.deepStrictEqual(tokenize('--acl public-read'), ['--acl', 'acl', 'public-read', 'public', 'read']);
		assert.deepStrictEqual(tokenize('__DIR__'), ['__dir__', 'dir']);
		assert.ok(tokenize('fs.inotify.max_user_watches=524288').includes('fs.inotify.max_user_watches'));
		assert.ok(tokenize('fs.inotify.max_user_watches').includes('max_user_watches'));
		assert.deepStrictEqual(tokenize('Promise.race()').slice(0, 1), ['promise.race']);
		assert.ok(tokenize('waitUntil').includes('wait'));
	});

	test('backticks and brackets separate tokens', () => {
		assert.deepStrictEqual(tokenize('`networkidle0`: 0.5초'), tokenize('networkidle0 0.5초'));
		assert.ok(tokenize('`psql`').includes('psql'));
	});

	test('Hangul and Latin letters written together are separate words', () => {
		assert.deepStrictEqual(tokenize('`inotify`설정값이'), ['inotifi', '설정값']);
		assert.deepStrictEqual(tokenize('pipeline으로'), ['pipeline']);
	});

	test('Korean particles and endings are stripped, keeping two syllables', () => {
		assert.strictEqual(stemKorean('인코딩은'), '인코딩');
		assert.strictEqual(stemKorean('설정값이'), '설정값');
		assert.strictEqual(stemKorean('파일을'), '파일');
		assert.strictEqual(stemKorean('사용한다'), '사용');
		assert.strictEqual(stemKorean('포도'), '포도');
		assert.strictEqual(stemKorean('을'), undefined);
	});

	test('English words are stemmed and function words dropped', () => {
		assert.deepStrictEqual(tokenize('I committed on master'), ['commit', 'master']);
		assert.deepStrictEqual(tokenize("isn't the latest"), ['latest']);
	});
});

suite('light English stemmer', () => {
	test('inflections meet, derivations stay apart', () => {
		assert.deepStrictEqual(['committed', 'commits', 'containers', 'contains', 'running', 'tables', 'queries'].map(stemEnglish), [
			'commit',
			'commit',
			'container',
			'contain',
			'run',
			'table',
			'queri',
		]);
	});
});
