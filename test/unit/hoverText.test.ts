import * as assert from 'node:assert';
import { excerptAt } from '../../src/core/hover/excerpt';
import { codeBlock, escapeMarkdown, renderHover } from '../../src/core/hover/hoverText';
import type { Note } from '../../src/core/note';
import { makeNote } from '../support/notes';
import { BUNDLED_NOTES, indexFolder } from '../support/nodeNotes';

const { index } = indexFolder(BUNDLED_NOTES);
const note = (pred: (n: Note) => boolean) => index.notes().find(pred)!;
const links = { open: (n: Note) => `command:_tilNotes.openNote?${encodeURIComponent(JSON.stringify([n.id]))}`, search: () => 'command:tilNotes.search' };
const labels = { open: 'Open note', search: 'Search' };

suite('hover text', () => {
	test('the excerpt is the code block holding the mention, unindented, with the bullet introducing it', () => {
		const linux = note((n) => n.date === '2020-01-02' && n.topic === 'linux');
		const line = linux.bodyLine + linux.body.split('\n').findIndex((l) => l.includes('sudo sysctl fs.inotify'));
		const excerpt = excerptAt(linux, line);
		assert.strictEqual(excerpt.kind, 'code');
		assert.strictEqual(excerpt.language, 'sh');
		assert.strictEqual(excerpt.text, '$ sudo sysctl fs.inotify.max_user_watches=524288\n$ sudo sysctl -p');
		assert.match(excerpt.intro!, /^임시적으로/);
	});

	test('the excerpt of a prose mention is its bullet with the bullets under it', () => {
		const cf = note((n) => n.topic === 'cloud formation');
		const line = cf.bodyLine + cf.body.split('\n').findIndex((l) => l.includes('`Fn::Join`: '));
		const excerpt = excerptAt(cf, line);
		assert.strictEqual(excerpt.kind, 'text');
		assert.match(excerpt.text, /^- `Fn::Join`: 여러 값들을 합쳐준다\.\n/);
		assert.match(excerpt.text, /ListOfValues/);
	});

	test('note text cannot inject links, commands, images or HTML', () => {
		const evil: Note = makeNote({
			id: 'x',
			uri: 'file:///x.md',
			endLine: 3,
			topic: 'evil',
			title: '[click](command:workbench.action.quit) ![img](https://e.com/x.png) <img src=x onerror=alert(1)>',
			body: '- `evil`: [run](command:evil) <script>x</script>\n  ```sh\n  ```\n  [a](b)\n  ```',
		});
		const md = renderHover(
			'evil',
			[
				{ note: evil, line: 1 },
				{ note: evil, line: 2 },
			],
			links,
			labels,
		);
		assert.ok(!/(?<!\\)\[click\]\(/.test(md));
		assert.ok(!md.includes('command:workbench') || md.includes('command:workbench\\.action'));
		assert.ok(!/(?<!\\)!\[/.test(md));
		assert.ok(!md.includes('<img') && !md.includes('<script'));
		// Only the links we built remain live.
		const live = [...md.matchAll(/(?<!\\)\]\((command:[^)]*)\)/g)].map((m) => m[1].split('?')[0]);
		assert.deepStrictEqual([...new Set(live)].sort(), ['command:_tilNotes.openNote', 'command:tilNotes.search']);
	});

	test('a code block fence is longer than any backtick run inside it', () => {
		assert.strictEqual(codeBlock('a ``` b', 'sh'), '````sh\na ``` b\n````');
		assert.strictEqual(escapeMarkdown('a_b *c* [d](e)'), 'a\\_b \\*c\\* \\[d\\]\\(e\\)');
	});
});
