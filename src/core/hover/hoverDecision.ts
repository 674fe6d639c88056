/**
 * Whether the word under the cursor gets a hover, and from which notes: the keyword dictionary
 * says which notes mention the word; this decides, from where the word stands and in which
 * file, which of those notes are about it here. The README's "When a hover stays silent" is
 * this file in prose.
 */
import { lexDocument, regionAt, type LineState, type Region } from './codeContext';
import { documentEcosystems, toolsNamedIn, type DocumentInfo, type Ecosystem } from './ecosystems';
import { candidatesAt, type KeywordDictionary, type Mention, type MentionKind } from './keywords';
import { isBoilerplate, isContractionPiece, wordShape, type WordShape } from './wordShape';

/** The document around the cursor, as the hover adapter sees it. */
export interface HoverDocument extends DocumentInfo {
	lineCount: number;
	lineAt(line: number): string;
}

/** Why a note is shown: how it mentions the keyword, and the ecosystem it shares with the file. */
export interface MatchReason {
	kind: MentionKind;
	/** The ecosystem the note and the file share, when they share one. */
	ecosystem?: Ecosystem;
}

export interface HoverMention extends Mention {
	reason: MatchReason;
}

export interface HoverAnswer {
	/** The keyword as written at the position. */
	text: string;
	start: number;
	end: number;
	/** Notes about it in this file's sense, best first. */
	mentions: HoverMention[];
}

/** The facts about a position that do not depend on the word: computed once per hover. */
export interface HoverSituation {
	region: Region;
	/** A licence or copyright header: nothing in its prose hovers. */
	boilerplate: boolean;
	/** YAML, where `!Join` is a tag; elsewhere `!` is an operator before the word. */
	bangTags: boolean;
	file: FileFacts;
}

/** What a document says of its ecosystem; the adapter keeps it per document version. */
export interface FileFacts {
	ecosystems: readonly Ecosystem[];
	/** Frameworks and tools the file names (`react` in `from 'react'`). */
	tools: ReadonlySet<string>;
	/** Words the file uses in code: in a comment, such a word is the code it names. */
	codeWords?: ReadonlySet<string>;
	/** The lexer's state at each line's start, so a hover lexes only its own line. */
	lineStates?: readonly LineState[];
}

const HEAD_LINES = 60;
/** Lines above a comment line searched for the licence words of the header it belongs to. */
const HEADER_LINES = 12;

/** Reads the situation at a position: the region, a licence header, the document's ecosystems. */
export function situationAt(doc: HoverDocument, line: number, character: number, file: FileFacts = fileFactsOf(doc)): HoverSituation {
	const region = regionAt(syntaxOf(doc, file.ecosystems), (n) => doc.lineAt(n), line, character, file.lineStates);
	let boilerplate = false;
	if (region !== 'code') {
		// The header a comment line belongs to ends at a blank line.
		for (let n = line; n >= Math.max(0, line - HEADER_LINES) && !boilerplate && doc.lineAt(n).trim() !== ''; n--) {
			boilerplate = isBoilerplate(doc.lineAt(n));
		}
	}
	return { region, boilerplate, bangTags: doc.languageId === 'yaml', file };
}

/** The document's ecosystems and tools, from its language, path and first lines. */
export function fileFactsOf(doc: HoverDocument): FileFacts {
	const head: string[] = [];
	for (let n = 0; n < Math.min(doc.lineCount, HEAD_LINES); n++) {
		head.push(doc.lineAt(n));
	}
	const text = head.join('\n');
	const ecosystems = documentEcosystems({ languageId: doc.languageId, path: doc.path, head: text });
	const lexed = lexDocument(syntaxOf(doc, ecosystems), (n) => doc.lineAt(n), doc.lineCount);
	return { ecosystems, tools: toolsNamedIn(text), ...lexed };
}

/**
 * The syntax to lex a document with: its language's, or for plain text that its name places in an
 * ecosystem (a `.vimrc`, which VS Code opens as plain text), that ecosystem's language.
 */
function syntaxOf(doc: HoverDocument, ecosystems: readonly Ecosystem[]): string {
	if (doc.languageId === 'plaintext' && ecosystems.length > 0) {
		return ecosystems[0];
	}
	return doc.languageId;
}

/**
 * The keyword at `character` and the notes about it here, trying the longest candidate first
 * (`race` in `Promise.race(tasks)` is `Promise.race`); undefined when no note is.
 */
export function answerHover(
	dictionary: KeywordDictionary,
	line: string,
	character: number,
	situation: HoverSituation,
	ignored?: ReadonlySet<string>,
): HoverAnswer | undefined {
	if (situation.boilerplate) {
		return undefined;
	}
	for (const candidate of candidatesAt(line, character)) {
		// A comment's word that the file uses in code is that code (`// Scanner provides...`).
		const region = situation.region === 'comment' && situation.file.codeWords?.has(candidate.text) ? 'code' : situation.region;
		const prose = region !== 'code';
		if (isContractionPiece(line, candidate.start, candidate.end) || (!situation.bangTags && candidate.text.startsWith('!'))) {
			continue;
		}
		const shape = wordShape(candidate.text, prose);
		if ((shape === 'noise' || shape === 'dictionary') && prose) {
			continue;
		}
		// A plain word between slashes is a path's folder (`$(prefix)/libexec/git-core`), not a name.
		if ((shape === 'plain' || shape === 'dictionary') && (line[candidate.start - 1] === '/' || line[candidate.end] === '/')) {
			continue;
		}
		const found = dictionary.lookup(candidate.text, ignored);
		if (found.length === 0) {
			continue;
		}
		const rare = dictionary.spread(candidate.text) <= rareLimit(dictionary.noteCount);
		const mentions = found
			.map((m) => judge(m, shape, region, rare, situation.file))
			.filter((m): m is HoverMention => m !== undefined)
			.sort((a, b) => Number(b.reason.ecosystem !== undefined) - Number(a.reason.ecosystem !== undefined));
		if (mentions.length) {
			return { ...candidate, mentions };
		}
	}
	return undefined;
}

/** A word in at most this many notes (0.25%, and at least 5) names something specific. */
export function rareLimit(noteCount: number): number {
	return Math.max(5, Math.floor(noteCount / 400));
}

const FORMATS: ReadonlySet<Ecosystem> = new Set(['yaml']);

const STRONG: ReadonlySet<MentionKind> = new Set(['declared', 'title', 'topic', 'code', 'heading']);
/** What the note is plainly about: what it declares, names in its title, or heads a sub-bullet with. */
const SUBJECT: ReadonlySet<MentionKind> = new Set(['declared', 'title', 'heading']);

/**
 * One note's mention, judged: a keyword the note declares, titles, quotes as inline code or heads
 * a sub-bullet with is strong; one name among many in a code block is weak. The rarer and less
 * code-shaped the word, the more of the note's ecosystem it asks for.
 */
function judge(m: Mention, shape: WordShape, region: Region, rare: boolean, file: FileFacts): HoverMention | undefined {
	const prose = region !== 'code';
	// A data format (YAML) says how a file is written, not what it is for: a workflow and a
	// CloudFormation template share it and nothing else.
	const shared = m.ecosystems.find((e) => !FORMATS.has(e) && file.ecosystems.includes(e));
	const reason: MatchReason = { kind: m.kind, ...(shared ? { ecosystem: shared } : {}) };
	const strong = STRONG.has(m.kind);
	const same = shared !== undefined;
	// A file that tells nothing of its ecosystem (untitled plain text) cannot contradict a note's.
	const unknown = file.ecosystems.length === 0;
	// A framework's own word (Remix's `loader`) is a name only where the file names the framework.
	const toolsShared = m.tools.every((t) => file.tools.has(t));
	let ok: boolean;
	switch (shape) {
		case 'noise':
			// The user asked for it: a declared keyword passes the word lists, in code.
			ok = m.kind === 'declared';
			break;
		case 'structural':
			// Distinctive: rare and the note's subject, it hovers anywhere (`Fn::Join`, `errno.ENOSPC`);
			// a note of another language that only quotes it (`parse_args` in a Python note, in Rust)
			// speaks of another API. A comment is prose about the code: a passing mention in a note's
			// code block is not enough there.
			ok =
				(rare && (SUBJECT.has(m.kind) || (strong && (unknown || m.ecosystems.length === 0)))) ||
				(same && (strong || (rare && region !== 'comment' && region !== 'prose')));
			break;
		case 'constant':
			ok = rare && (same || unknown) && (strong || !prose);
			break;
		case 'plain':
			// In a comment only a quoted name; in plain text that tells no ecosystem, any rare one.
			ok = rare && toolsShared && (region === 'code' ? same || (unknown && strong) : unknown && (strong || region === 'prose'));
			break;
		default:
			// An English word is a name only in its own ecosystem's code.
			ok = !prose && same && (strong || rare) && toolsShared;
	}
	return ok ? { ...m, reason } : undefined;
}

/** The whole decision at a document position: what the hover adapter and `npm run eval` both call. */
export function hoverAt(
	dictionary: KeywordDictionary,
	doc: HoverDocument,
	line: number,
	character: number,
	options: { ignored?: ReadonlySet<string>; file?: FileFacts } = {},
): HoverAnswer | undefined {
	const text = doc.lineAt(line);
	return answerHover(dictionary, text, character, situationAt(doc, line, character, options.file), options.ignored);
}
