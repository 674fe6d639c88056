// `npm run eval` part: hover precision on real code, decided by src/core as the hover decides it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFactsOf, hoverAt, type HoverDocument } from '../../src/core/hover/hoverDecision';
import { NoteIndex } from '../../src/core/search/noteIndex';
import { IndexedNotes } from '../../src/core/sync/indexSync';
import { addFolder, BUNDLED_NOTES, CORPUS, SHARED } from '../support/nodeNotes';
import { caseCharacter, type HoverSet } from './hoverCases';
import { readRealFiles, realCodeTable, scoreFile, type FileScore, type RealFile } from './realCode';

/** The shared real-code set, then the project's own (test/eval/real-code). */
export const REAL_CODE_DIRS = [join(SHARED, 'eval', 'real-code'), join(__dirname, 'real-code')];

/** The bundled journal and the corpus in one index, as the judgments were made. */
export function judgedIndex(): IndexedNotes {
	return new IndexedNotes(addFolder(addFolder(new NoteIndex(), BUNDLED_NOTES), CORPUS));
}

export function documentOf(file: RealFile): HoverDocument {
	const lines = file.content.split('\n');
	return { languageId: file.languageId, path: `/scratch/${file.openAs}`, lineCount: lines.length, lineAt: (n) => lines[n] ?? '' };
}

export async function evaluateRealCode({ index, keywords }: IndexedNotes, dirs = REAL_CODE_DIRS): Promise<{ set: string; scores: FileScore[] }[]> {
	const out: { set: string; scores: FileScore[] }[] = [];
	for (const dir of dirs) {
		const scores: FileScore[] = [];
		for (const file of readRealFiles(dir)) {
			const doc = documentOf(file);
			const file_ = fileFactsOf(doc);
			scores.push(
				await scoreFile(file, (line, character) => {
					const answer = hoverAt(keywords.all, doc, line, character, { file: file_ });
					return (
						answer && {
							text: answer.text,
							notes: answer.mentions.map((m) => `${index.get(m.noteId)?.title} [${m.kind}${m.reason.ecosystem ? ' · ' + m.reason.ecosystem : ''}]`),
						}
					);
				}),
			);
		}
		out.push({ set: dir, scores });
	}
	return out;
}

/** Prints the hover figures: the hover sets, then real code per file (`--verbose`: each noise and miss). */
export async function printHoverEval(verbose: boolean): Promise<void> {
	const index = judgedIndex();
	for (const { set, passed, failures } of evaluateHoverSets(index)) {
		console.log(`\n${set}: ${passed}/${passed + failures.length} cases pass`);
		for (const f of failures) {
			console.log(`  FAIL ${f}`);
		}
	}
	{
		for (const { set, scores } of await evaluateRealCode(index)) {
			console.log(`\n${set}`);
			console.log(realCodeTable(scores));
			if (verbose) {
				for (const s of scores) {
					for (const n of s.noise) {
						console.log(`  noise ${s.name}: ${n.text} → ${n.notes.slice(0, 2).join(' | ')}`);
					}
					for (const m of s.missed) {
						console.log(`  missed ${s.name}: ${m}`);
					}
				}
			}
		}
	}
}

if (require.main === module) {
	void printHoverEval(process.argv.includes('--verbose'));
}

/**
 * The public hover sets through the same decision, each file opened under its own name: every
 * positive must name an expected note, every negative stay silent.
 */
export function evaluateHoverSets({ index, keywords }: IndexedNotes): { set: string; passed: number; failures: string[] }[] {
	const out: { set: string; passed: number; failures: string[] }[] = [];
	for (const name of ['seed-hover.json', 'jbranchaud-hover.json']) {
		const set = JSON.parse(readFileSync(join(SHARED, 'eval', name), 'utf8')) as HoverSet;
		const failures: string[] = [];
		let passed = 0;
		for (const file of set.files) {
			const lines = file.content.split('\n');
			const doc: HoverDocument = { languageId: file.language, path: `/scratch/${file.name}`, lineCount: lines.length, lineAt: (n) => lines[n] ?? '' };
			for (const c of file.cases) {
				const answer = hoverAt(keywords.all, doc, c.line, caseCharacter(file, c));
				const notes = answer?.mentions.map((m) => index.get(m.noteId)!) ?? [];
				const expect = c.expect;
				const ok =
					expect === null
						? notes.length === 0
						: Array.isArray(expect)
							? notes.some((n) => expect.some((rel) => n.uri.endsWith('/' + rel)))
							: notes.some((n) => n.title === expect.title && n.date === expect.date);
				if (ok) {
					passed++;
				} else {
					failures.push(`${file.name}: ${c.word} → ${notes.map((n) => n.title).join(' | ') || 'silent'}`);
				}
			}
		}
		out.push({ set: name, passed, failures });
	}
	return out;
}
