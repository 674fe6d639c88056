import * as assert from 'node:assert';
import { Glossary, koreanKeysOf } from '../../src/core/bridge/glossary';
import { continuesTyping, isChoseongQuery, unfinishedHangul } from '../../src/core/bridge/hangulTyping';
import { pairsIn } from '../../src/core/bridge/minedPairs';
import { bridgeWords } from '../../src/core/bridge/queryBridge';
import { englishSoundKey, koreanSoundKey, soundAlike } from '../../src/core/bridge/soundKey';
import type { Note } from '../../src/core/note';
import { makeNote } from '../support/notes';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { relatedNotes } from '../../src/core/search/relatedNotes';
import { searchEntries } from '../../src/core/search/searchEntries';
import { IndexedNotes } from '../../src/core/sync/indexSync';
import { BUNDLED_NOTES, indexFolder } from '../support/nodeNotes';

const BODY_LINE = 1;

function note(id: string, title: string, body: string): Note {
	return makeNote({ id, uri: `file:///n/${id}.md`, title, topic: '', body, bodyLine: BODY_LINE });
}

/** An index of `notes` with its idle work done (mined pairs among it), as after start-up. */
function settled(...notes: Note[]): NoteIndex {
	const index = new NoteIndex();
	notes.forEach((n) => index.setFile(n.uri, [n]));
	new IndexedNotes(index).settle(Infinity);
	return index;
}

suite('Korean as it is typed', () => {
	test('a final consonant that may move on, or a trailing lone jamo, is a prefix of what it can become', () => {
		const typing = unfinishedHangul('인콛')!;
		assert.deepStrictEqual(typing.prefixes, ['인콛', '인코']);
		assert.ok(continuesTyping('인코딩', typing));
		assert.ok(!continuesTyping('인코더스', { ...typing, jamo: 'ㅇㅣㄴㅋㅗㄷㅣㅇㄱ' }));
		assert.ok(continuesTyping('재부팅', unfinishedHangul('재부ㅌ')!));
		assert.ok(continuesTyping('캡슐화', unfinishedHangul('캡슐ㅎ')!));
		assert.strictEqual(unfinishedHangul('코드'), undefined, 'no final consonant: nothing unfinished');
		assert.strictEqual(unfinishedHangul('code'), undefined);
		assert.ok(isChoseongQuery('ㄹㄱㅅㅌㅅ') && !isChoseongQuery('ㄹ') && !isChoseongQuery('로그'));
	});

	test('the search finds the word being composed, and words by their initials', () => {
		const index = settled(note('a', '인코딩 문제', 'UTF-8 인코딩을 확인한다'), note('b', 'elk', '로그스태시 설정'), note('c', 'other', '인간 공학'));
		assert.strictEqual(index.search('인콛')[0]?.note.id, 'a');
		assert.strictEqual(index.search('ㄹㄱㅅㅌ')[0]?.note.id, 'b');
	});
});

suite('loanwords by sound', () => {
	test('a Korean spelling and the English word meet on one key; unrelated short words do not', () => {
		for (const [korean, english] of [
			['웹팩', 'webpack'],
			['키바나', 'kibana'],
			['도커', 'docker'],
			['로그스태시', 'logstash'],
			['쿠버네티스', 'kubernetes'],
			['깃', 'git'],
			['서버', 'server'],
		]) {
			assert.strictEqual(koreanSoundKey(korean), englishSoundKey(english), `${korean} ~ ${english}`);
		}
		assert.notStrictEqual(koreanSoundKey('깃'), englishSoundKey('cat'));
		assert.notStrictEqual(koreanSoundKey('깃'), englishSoundKey('code'));
		assert.strictEqual(englishSoundKey('ab'), undefined, 'too short to tell');
	});

	test('consonants alone are not enough: the vowels must agree too, so made-up words bridge to nothing', () => {
		assert.strictEqual(englishSoundKey('crlfbodyword'), koreanSoundKey('구글봇'), 'the consonant keys collide');
		assert.ok(!soundAlike('crlfbodyword', '구글봇'));
		assert.ok(soundAlike('logstash', '로그스태시') && soundAlike('kubernetes', '쿠버네티스') && soundAlike('webpack', '웹팩'));
		const seed = indexFolder(BUNDLED_NOTES).index;
		new IndexedNotes(seed).settle(Infinity);
		assert.deepStrictEqual(seed.search('hugefileword'), []);
		assert.deepStrictEqual(seed.search('zqxbodyword'), []);
	});
});

suite('the glossary and mined pairs', () => {
	test('Korean keys drop spaces and a verb ending; English keys are stemmed', () => {
		assert.ok(koreanKeysOf('나누기').includes('나누'));
		assert.ok(koreanKeysOf('나누다').includes('나누'));
		assert.ok(koreanKeysOf('결과적 일관성').includes('결과적일관성'));
		const g = new Glossary('split\t나누다\tdeploy\t배포\neventual consistency\t결과적 일관성\ndeploy\t배포');
		assert.deepStrictEqual(g.englishFor('나누고'), ['split']);
		assert.deepStrictEqual(g.koreanFor('deploying'), ['배포']);
		assert.deepStrictEqual(g.englishFor('결과적 일관성'), ['eventual consistency']);
	});

	test('a phrase bridges each of its words; single words are bridged too', () => {
		const g = new Glossary('eventual consistency\t결과적 일관성\nconsistency\t일관성');
		const bridged = bridgeWords(['eventual', 'consistency'], g);
		assert.deepStrictEqual(
			bridged[0].map((b) => b.label),
			['결과적 일관성 ← eventual consistency'],
		);
		assert.deepStrictEqual(
			bridged[1].map((b) => b.text),
			['결과적 일관성', '일관성'],
		);
	});

	test('pairs the notes state in brackets, both ways, and abbreviations spelled out', () => {
		const pairs = pairsIn('결과적 일관성(eventual consistency)을 택한다. TPS(Transaction Per Second)와 hang up(끊기)');
		assert.ok(pairs.some((p) => p.english === 'eventual consistency' && p.other === '결과적 일관성'));
		assert.ok(pairs.some((p) => p.english === 'TPS' && p.other === 'Transaction Per Second'));
		assert.ok(pairs.some((p) => p.english === 'hang up' && p.other === '끊기'));
		assert.deepStrictEqual(pairsIn('call f(x) then g(y, z)'), [], 'code is no pair');
	});

	test('a note that states a pair is found from either side, its row says by what, and typed words still rank first', () => {
		const index = settled(
			// A pair no glossary knows: only the note that states it can bridge it.
			note('mono', 'monolith', '서비스 간에는 수염 모드(whiskermode)를 켠다'),
			note('other', 'msa', '수염 모드 때문에 조회가 늦다'),
			note('typed', 'whiskermode in practice', 'whiskermode means replicas converge'),
		);
		const hits = index.search('whiskermode', { limit: 5 });
		assert.strictEqual(hits[0].note.id, 'typed', 'the note with the typed words first');
		const other = hits.find((h) => h.note.id === 'other');
		assert.ok(other, 'the Korean-only note is found through the note that stated the pair');
		assert.ok(
			other.bridges.some((b) => b.startsWith('수염 모드 ←')),
			JSON.stringify(other.bridges),
		);
		const row = searchEntries(index, 'whiskermode').find((e) => e.note.id === 'other');
		assert.match(row?.description ?? '', /수염 모드 ← whiskermode/);
		assert.strictEqual(index.search('수염 모드', { limit: 5 }).length, 3, 'and from Korean, the English note too');
	});

	test('a Korean query finds an English note by the glossary and by sound', () => {
		const index = settled(note('split', 'Split The Current Window', 'In vim, :split splits the window'), note('tab', 'Tabs', 'vim tabs hold windows'));
		assert.strictEqual(index.search('빔 현재 창 나누기')[0]?.note.id, 'split');
		assert.ok(index.search('빔 현재 창 나누기')[0].bridges.includes('vim ← 빔'));
	});
});

suite('loanwords while the index is being built', () => {
	test('a search with a budget for the sound lists plans without them when it runs out, and keeps the steps done', () => {
		const index = new NoteIndex(); // not settled: the lists are not built
		const notes = Array.from({ length: 400 }, (_, i) => note(`n${i}`, `Note ${i}`, `word${i} filler${i}`));
		notes.push(note('portainer', 'Portainer Stacks', 'portainer deploys stacks')); // in no glossary: found by sound only
		notes.forEach((n) => index.setFile(n.uri, [n]));
		const found = (hits: ReturnType<NoteIndex['search']>) => hits.some((h) => h.note.id === 'portainer');
		assert.ok(!found(index.search('포테이너', { listBudgetMs: 0 })), 'no budget: no loanword by sound, and no wait');
		assert.ok(found(index.search('포테이너')), 'without a budget the lists are built now');
		assert.ok(found(index.search('포테이너', { listBudgetMs: 0 })), 'built once, a budget costs nothing');
	});
});

suite('related notes', () => {
	test('the notes closest to a note share its distinctive words, and bridges reach the other language', () => {
		const seed = indexFolder(BUNDLED_NOTES).index;
		new IndexedNotes(seed).settle(Infinity);
		const logstash = seed.notes().find((n) => n.title === 'logstash')!;
		const related = relatedNotes(seed, logstash);
		assert.ok(related.length > 0 && related.every((r) => r.note.id !== logstash.id));
		assert.ok(
			related.slice(0, 3).some((r) => /logstash|elastic/.test(r.note.title)),
			related.map((r) => r.note.title).join(', '),
		);
		const index = settled(
			note('ko', '브랜치 이름 바꾸기', '깃에서 브랜치 이름을 바꾸려면 `git branch -m` 을 쓴다. 원격 브랜치도 바꾼다'),
			note('en', 'Renaming A Branch', 'Rename a git branch with git branch -m old new, then push the renamed branch'),
			note('other', 'Vim Buffers', 'buffers hold files'),
		);
		const fromKorean = relatedNotes(index, index.get('ko')!);
		assert.strictEqual(fromKorean[0]?.note.id, 'en', JSON.stringify(fromKorean));
	});
});
