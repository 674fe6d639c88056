import * as assert from 'node:assert';
import { bodySnippet, graphemeStart, plainBody, termRanges } from '../../src/core/search/snippet';

const words = (text: string, terms: string[]) => termRanges(text, terms).map((r) => text.slice(r.start, r.end));

suite('snippet: where matched terms are', () => {
	test('English stems find their inflected words, whole', () => {
		assert.deepStrictEqual(words('Committed the queries, hoping', ['commit', 'queri', 'hope']), ['Committed', 'queries', 'hoping']);
	});

	test('a stem matches at a word start only, and only a word that stems to it', () => {
		assert.deepStrictEqual(words('prune the run, fsync fs', ['run', 'fs']), ['run', 'fs']);
	});

	test('identifier parts are found inside the identifier', () => {
		const text = 'sysctl fs.inotify.max_user_watches and waitUntil';
		assert.deepStrictEqual(words(text, ['inotify', 'user', 'until', 'max_user_watches']), ['inotify', 'max_user_watches', 'Until']);
	});

	test('Korean stems match before their particles and after Latin or backticks', () => {
		assert.deepStrictEqual(words('한글 인코딩은 `inotify`설정값이 config파일', ['인코딩', '설정값', '파일']), ['인코딩', '설정값', '파일']);
	});

	test('ranges are sorted and never overlap', () => {
		const ranges = termRanges('fs.inotify.max_user_watches', ['fs.inotify.max_user_watches', 'inotify', 'max']);
		assert.deepStrictEqual(ranges, [{ start: 0, end: 27 }]);
	});
});

suite('snippet: body on one line', () => {
	test('bullets, fences and links give way to text; soft-wrapped lines join with a space', () => {
		const body = '- first `code`\n  continued [here](https://x.y)\n\n```sh\n$ cat /proc\n```\n- second';
		assert.strictEqual(plainBody({ body }), 'first `code` continued here · $ cat /proc · second');
	});
});

suite('snippet: the part of the body around the match', () => {
	const long = (middle: string) => ({ body: `${'앞 문장입니다 '.repeat(20)}${middle}${' 뒤 문장입니다'.repeat(20)}` });

	test('a short body is shown whole', () => {
		assert.strictEqual(bodySnippet({ body: '- docker 환경에서 한글 인코딩은 문제' }, ['인코딩']), 'docker 환경에서 한글 인코딩은 문제');
	});

	test('a long body is cut around the best match, on spaces, with ellipses', () => {
		const snippet = bodySnippet(long('한글 인코딩은 `utf-8`이 아니면 안 된다'), ['인코딩'], { maxLength: 60 });
		assert.match(snippet, /^…\S.*인코딩은 `utf-8`이 .*…$/);
		assert.ok(snippet.length <= 62, snippet);
		assert.ok(!/…\S*입니$|^…니다/.test(snippet), `cut inside a word: ${snippet}`);
	});

	test('the window with the most distinct words wins over the first match', () => {
		const body = `docker alone here. ${'filler words '.repeat(20)}docker with 인코딩 together`;
		assert.match(bodySnippet({ body }, ['docker', '인코딩'], { maxLength: 50 }), /docker with 인코딩 together$/);
	});

	test('a code span near a cut is kept whole', () => {
		const body = `${'word '.repeat(30)}\`fs.inotify.max_user_watches=524288\` is the limit ${'word '.repeat(30)}`;
		const snippet = bodySnippet({ body }, ['max_user_watches'], { maxLength: 40 });
		assert.match(snippet, /`fs\.inotify\.max_user_watches=524288`/);
	});

	test('a cut inside a long code span before the match skips the span rather than halve it', () => {
		const body = `${'word '.repeat(10)}\`ENOSPC: System limit for number of file watchers reached\`에러 발생시 · \`inotify\`설정값이 ${'끝 '.repeat(40)}`;
		const snippet = bodySnippet({ body }, ['inotify'], { maxLength: 60 });
		assert.match(snippet, /^…에러 발생시 · `inotify`설정값이/);
	});

	test('Korean without spaces is cut between syllables, also syllables written as jamo', () => {
		const run = '한글맞춤법'.normalize('NFD').repeat(30); // 한 = ᄒ ᅡ ᆫ: three code units, one character
		const snippet = bodySnippet({ body: `${run} 인코딩은 ${run}` }, ['인코딩'], { maxLength: 40 });
		assert.ok(snippet.includes('인코딩은'), snippet);
		assert.ok(!/[\u1100-\u11ff]/.test(snippet.normalize('NFC')), `a syllable was split: ${snippet}`);
		const text = '한글'.normalize('NFD').repeat(3);
		for (let at = 0; at <= text.length; at++) {
			assert.strictEqual(graphemeStart(text, at) % 3, 0, `cut at ${at} splits a syllable`);
		}
	});

	test('a note without a match shows its beginning', () => {
		assert.match(bodySnippet(long(''), [], { maxLength: 30 }), /^앞 문장입니다 .*…$/);
	});
});
