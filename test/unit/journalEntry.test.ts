import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fenceLanguage, journalEntry, type EntryRequest } from '../../src/core/journal/journalEntry';
import { parseJournal } from '../../src/core/journal/journal';
import { BUNDLED_NOTES } from '../support/nodeNotes';

/** The journal after the edit, and a check that the edit only inserted. */
function apply(journal: string, request: EntryRequest): { text: string; bullet: string } {
	const edit = journalEntry(journal, request);
	const lines = journal.split(/(?<=\r\n|\n|\r(?!\n))/);
	const offset = lines.slice(0, edit.line).join('').length + edit.character;
	const text = journal.slice(0, offset) + edit.text + journal.slice(offset);
	assert.strictEqual(text.slice(0, offset) + text.slice(offset + edit.text.length), journal, 'only an insertion');
	const bullet = text.split(/\r\n|\n|\r/)[edit.bulletLine].slice(0, edit.bulletCharacter);
	return { text, bullet };
}

const TODAY = '2024-02-02';

suite("today's journal entry", () => {
	test('a new day is appended in the journal style: heading, blank lines, bullet', () => {
		const journal = '## 01.02.2024\n\n- git\n\t- rebase\n\n- vim\n\t- macros\n';
		const { text, bullet } = apply(journal, { today: TODAY, topic: 'docker' });
		assert.strictEqual(text, `${journal}\n## 02.02.2024\n\n- docker\n`);
		assert.strictEqual(bullet, '- docker');
	});

	test("under today's existing heading, after its last note, blank line as between its notes", () => {
		const journal = '## 02.02.2024\n\n- git\n\t- rebase\n\n- vim\n\t- macros\n\n\n';
		const { text } = apply(journal, { today: TODAY, topic: 'docker' });
		assert.strictEqual(text, '## 02.02.2024\n\n- git\n\t- rebase\n\n- vim\n\t- macros\n\n- docker\n\n\n');
	});

	test('today inside the journal, before the next day, without blank lines between notes', () => {
		const journal = '# TIL\n\n### 2024-02-02\n* git\n    * rebase\n* vim\n\n### 2024-02-03\n* sed\n';
		const { text } = apply(journal, { today: TODAY, topic: 'jq', code: 'jq .a\n', language: 'sh' });
		assert.strictEqual(text, '# TIL\n\n### 2024-02-02\n* git\n    * rebase\n* vim\n* jq\n    ```sh\n    jq .a\n    ```\n\n### 2024-02-03\n* sed\n');
	});

	test("the date style, heading level and bullet indentation are the most recent day's", () => {
		const journal = '# 2023/12/31\n  + old\n\n# 2024/1/9\n  + newer\n';
		const { text } = apply(journal, { today: TODAY, topic: 'x' });
		assert.strictEqual(text, `${journal}\n# 2024/2/2\n  + x\n`);
	});

	test('a newest-first journal gets the new day at the top', () => {
		const journal = 'intro\n\n## 2024-02-01\n- b\n\n## 2024-01-31\n- a\n';
		const { text } = apply(journal, { today: TODAY, topic: 'c' });
		assert.strictEqual(text, 'intro\n\n## 2024-02-02\n- c\n\n## 2024-02-01\n- b\n\n## 2024-01-31\n- a\n');
	});

	test('CRLF journals get CRLF, and a missing final newline stays missing', () => {
		const journal = '## 01.02.2024\r\n\r\n- git';
		const { text, bullet } = apply(journal, { today: TODAY, topic: 'vim', code: 'a\nb', language: 'ts' });
		assert.strictEqual(text, '## 01.02.2024\r\n\r\n- git\r\n\r\n## 02.02.2024\r\n\r\n- vim\r\n  ```ts\r\n  a\r\n  b\r\n  ```');
		assert.strictEqual(bullet, '- vim');
	});

	test('an empty journal starts with a default heading; a journal with no days gets one after its text', () => {
		assert.strictEqual(apply('', { today: TODAY, topic: 'git' }).text, '## 02.02.2024\n\n- git\n');
		assert.strictEqual(apply('', { today: TODAY, topic: 'git', defaultEol: '\r\n' }).text, '## 02.02.2024\r\n\r\n- git\r\n');
		assert.strictEqual(apply('# My TIL\n', { today: TODAY, topic: 'git' }).text, '# My TIL\n\n## 02.02.2024\n\n- git\n');
	});

	test('code is dedented, keeps blank lines, and gets a longer fence when it holds one', () => {
		const journal = '## 02.02.2024\n\n- a\n\t- b\n';
		const code = '    if (x) {\n\n      y(`a`);\n    }\n    ```\n';
		const { text } = apply(journal, { today: TODAY, topic: 'js', code, language: 'js' });
		// One note on the day so far: no evidence of blank lines between notes, so none.
		assert.strictEqual(text, `${journal}- js\n\t\`\`\`\`js\n\tif (x) {\n\n\t  y(\`a\`);\n\t}\n\t\`\`\`\n\t\`\`\`\`\n`);
	});

	test('a heading or bullet in front matter or code is not a day', () => {
		const journal = '---\ntitle: x\n---\n```\n## 02.02.2024\n- fake\n```\n';
		assert.strictEqual(apply(journal, { today: TODAY, topic: 'real' }).text, `${journal}\n## 02.02.2024\n\n- real\n`);
	});

	test('the bundled journal: one more note on a new day in its latest style, parsed back', () => {
		const journal = readFileSync(join(BUNDLED_NOTES, 'til-2020-01.md'), 'utf8');
		const { text } = apply(journal, { today: '2020-02-01', topic: 'docker(compose)', code: 'docker compose up -d', language: fenceLanguage('shellscript') });
		// Its latest day nests with spaces (older days with tabs), and it has no final newline.
		assert.ok(text.endsWith('방법이다.\n\n## 01.02.2020\n\n- docker(compose)\n  ```sh\n  docker compose up -d\n  ```'), JSON.stringify(text.slice(-80)));
		const notes = parseJournal(text, 'file:///j.md').notes;
		const last = notes[notes.length - 1];
		assert.deepStrictEqual([last.date, last.title, last.topic, last.body], ['2020-02-01', 'docker(compose)', 'docker', '```sh\ndocker compose up -d\n```']);
		assert.strictEqual(notes.length, parseJournal(journal, 'file:///j.md').notes.length + 1);
	});

	test('VS Code language ids become fence info strings', () => {
		assert.deepStrictEqual(['typescript', 'shellscript', 'plaintext', undefined].map(fenceLanguage), ['typescript', 'sh', '', '']);
	});
});
