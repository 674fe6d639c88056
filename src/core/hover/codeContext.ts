/**
 * Where a position stands in a document: in code, in a comment, or in a string. VS Code gives an
 * extension no token API (semantic tokens exist only where a language server provides them), so
 * this is a small lexer that knows the comment and string syntax of the common languages and
 * reads the lines above the cursor. Plain text and Markdown are prose throughout.
 */

export type Region = 'code' | 'comment' | 'string' | 'prose';

interface Syntax {
	/** Line comment openers; `#` and `"` only count at a word boundary where `hashAfterSpace`. */
	line: readonly string[];
	block: readonly (readonly [string, string])[];
	/** String delimiters, longest first; those in `multiline` may span lines. */
	strings: readonly string[];
	multiline?: readonly string[];
	/** A comment opener counts only at the line start or after whitespace (`$#`, `a#b` are code). */
	openerAfterSpace?: boolean;
	/** Comments only where a line starts with the opener (a Dockerfile, a vimrc). */
	openerAtLineStart?: boolean;
}

const C_LIKE: Syntax = { line: ['//'], block: [['/*', '*/']], strings: ['"', "'"] };
const JS_LIKE: Syntax = { line: ['//'], block: [['/*', '*/']], strings: ['`', '"', "'"], multiline: ['`'] };
const GO: Syntax = { line: ['//'], block: [['/*', '*/']], strings: ['`', '"', "'"], multiline: ['`'] };
const RUST: Syntax = { line: ['//'], block: [['/*', '*/']], strings: ['"'], multiline: ['"'] };
const PYTHON: Syntax = { line: ['#'], block: [], strings: ['"""', "'''", '"', "'"], multiline: ['"""', "'''"] };
const HASH: Syntax = { line: ['#'], block: [], strings: ['"', "'"], openerAfterSpace: true };
const RUBY: Syntax = { line: ['#'], block: [['=begin', '=end']], strings: ['"', "'"] };
const ELIXIR: Syntax = { line: ['#'], block: [], strings: ['"""', '"', "'"], multiline: ['"""'] };
const SQL: Syntax = { line: ['--'], block: [['/*', '*/']], strings: ["'"] };
const LUA: Syntax = { line: ['--'], block: [['--[[', ']]']], strings: ['"', "'"] };
const HASKELL: Syntax = { line: ['--'], block: [['{-', '-}']], strings: ['"'] };
const LISP: Syntax = { line: [';'], block: [], strings: ['"'] };
const MARKUP: Syntax = { line: [], block: [['<!--', '-->']], strings: ['"', "'"] };
const CSS: Syntax = { line: [], block: [['/*', '*/']], strings: ['"', "'"] };
const SCSS: Syntax = { line: ['//'], block: [['/*', '*/']], strings: ['"', "'"] };
const DOCKER: Syntax = { line: ['#'], block: [], strings: ['"', "'"], openerAtLineStart: true };
const VIM: Syntax = { line: ['"'], block: [], strings: ["'"], openerAtLineStart: true };
const INI: Syntax = { line: [';', '#'], block: [], strings: ['"'], openerAtLineStart: true };
const PHP: Syntax = { line: ['//', '#'], block: [['/*', '*/']], strings: ['"', "'"] };
const TERRAFORM: Syntax = { line: ['#', '//'], block: [['/*', '*/']], strings: ['"'] };
/** Anything else that is code: the openers most languages share. */
const GENERIC: Syntax = { line: ['//', '#'], block: [['/*', '*/']], strings: ['"', "'"], openerAfterSpace: true };

const SYNTAX: Record<string, Syntax | 'prose'> = {
	plaintext: 'prose',
	markdown: 'prose',
	log: 'prose',
	restructuredtext: 'prose',
	asciidoc: 'prose',
	latex: 'prose',
	'git-commit': 'prose',
	javascript: JS_LIKE,
	typescript: JS_LIKE,
	javascriptreact: JS_LIKE,
	typescriptreact: JS_LIKE,
	vue: JS_LIKE,
	svelte: JS_LIKE,
	json: C_LIKE,
	jsonc: C_LIKE,
	java: C_LIKE,
	kotlin: { ...JS_LIKE, strings: ['"""', '"', "'"], multiline: ['"""'] },
	scala: { ...JS_LIKE, strings: ['"""', '"', "'"], multiline: ['"""'] },
	groovy: C_LIKE,
	c: C_LIKE,
	cpp: C_LIKE,
	csharp: C_LIKE,
	'objective-c': C_LIKE,
	swift: { ...C_LIKE, strings: ['"""', '"'], multiline: ['"""'] },
	dart: C_LIKE,
	go: GO,
	rust: RUST,
	php: PHP,
	python: PYTHON,
	shellscript: HASH,
	perl: HASH,
	r: HASH,
	powershell: { ...HASH, block: [['<#', '#>']] },
	yaml: HASH,
	dockercompose: HASH,
	toml: HASH,
	makefile: HASH,
	properties: INI,
	ini: INI,
	nginx: HASH,
	dockerfile: DOCKER,
	ruby: RUBY,
	elixir: ELIXIR,
	sql: SQL,
	lua: LUA,
	haskell: HASKELL,
	elm: HASKELL,
	clojure: LISP,
	lisp: LISP,
	scheme: LISP,
	html: MARKUP,
	xml: MARKUP,
	svg: MARKUP,
	css: CSS,
	scss: SCSS,
	less: SCSS,
	vim: VIM,
	terraform: TERRAFORM,
	hcl: TERRAFORM,
};

/** How far above the cursor the lexer starts; a block comment or string opened earlier is missed. */
const LOOKBACK_LINES = 400;

/**
 * The region at `character` of line `lineNumber`. `lineAt` gives any line of the document. With
 * `lineStates` from {@link lexDocument} only the cursor's line is read; without, the lines from
 * {@link LOOKBACK_LINES} above the cursor to its line.
 */
export function regionAt(
	languageId: string,
	lineAt: (line: number) => string,
	lineNumber: number,
	character: number,
	lineStates?: readonly LineState[],
): Region {
	const syntax = SYNTAX[languageId] ?? GENERIC;
	if (syntax === 'prose') {
		return 'prose';
	}
	const known = lineStates?.[lineNumber];
	let state: State = known ?? { kind: 'code' };
	for (let n = known ? lineNumber : Math.max(0, lineNumber - LOOKBACK_LINES); n <= lineNumber; n++) {
		const text = lineAt(n);
		const stop = n === lineNumber ? character : text.length;
		state = lexLine(syntax, text, stop, state);
		if (n < lineNumber) {
			state = atLineEnd(syntax, state);
		}
	}
	return state.kind === 'code' ? 'code' : state.kind === 'string' ? 'string' : 'comment';
}

/** Where the lexer stands at a line's start (see {@link lexDocument}); opaque outside this module. */
export type LineState = State;

type State = { kind: 'code' } | { kind: 'line' } | { kind: 'block'; close: string } | { kind: 'string'; close: string };

function atLineEnd(syntax: Syntax, state: State): State {
	if (state.kind === 'line') {
		return { kind: 'code' };
	}
	if (state.kind === 'string' && !(syntax.multiline ?? []).includes(state.close)) {
		return { kind: 'code' };
	}
	return state;
}

/** The longest file whose code words are collected (see {@link lexDocument}). */
const CODE_WORDS_MAX_LINES = 5000;

/** A document lexed once per version: what its code says, and where each line starts. */
export interface DocumentLex {
	/**
	 * The words the document uses in code (outside comments and strings), so that a comment's
	 * `Scanner` in `// Scanner provides...` above `type Scanner struct` reads as the code it names.
	 */
	codeWords: Set<string>;
	/** The lexer's state at each line's start: a hover then lexes its own line only. */
	lineStates: LineState[];
}

/** Lexes a whole document; undefined for prose documents and files over {@link CODE_WORDS_MAX_LINES} lines. */
export function lexDocument(languageId: string, lineAt: (line: number) => string, lineCount: number): DocumentLex | undefined {
	const syntax = SYNTAX[languageId] ?? GENERIC;
	if (syntax === 'prose' || lineCount > CODE_WORDS_MAX_LINES) {
		return undefined;
	}
	const words = new Set<string>();
	const lineStates: State[] = [];
	let state: State = { kind: 'code' };
	for (let n = 0; n < lineCount; n++) {
		lineStates.push(state);
		const text = lineAt(n);
		state = atLineEnd(
			syntax,
			lexLine(syntax, text, text.length, state, (from, to) => {
				for (const m of text.slice(from, to).matchAll(/[\p{L}_$][\p{L}\p{N}_$]*/gu)) {
					words.add(m[0]);
				}
			}),
		);
	}
	return { codeWords: words, lineStates };
}

/** Advances the state over `text` up to (not including) `stop`, telling `onCode` the code runs. */
function lexLine(syntax: Syntax, text: string, stop: number, start: State, onCode?: (from: number, to: number) => void): State {
	let state = start;
	let i = 0;
	let codeFrom = 0;
	if (syntax.openerAtLineStart && state.kind === 'code') {
		const indent = /^\s*/.exec(text)![0].length;
		if (syntax.line.some((o) => text.startsWith(o, indent))) {
			return indent < stop || stop === text.length ? { kind: 'line' } : state;
		}
	}
	while (i < stop) {
		switch (state.kind) {
			case 'line':
				return state;
			case 'block': {
				const end = text.indexOf(state.close, i);
				if (end < 0 || end >= stop) {
					return state;
				}
				i = end + state.close.length;
				state = { kind: 'code' };
				codeFrom = i;
				break;
			}
			case 'string': {
				const close = state.close;
				let j = i;
				while (j < text.length && !text.startsWith(close, j)) {
					j += text[j] === '\\' ? 2 : 1;
				}
				if (j >= stop) {
					return state;
				}
				i = j + close.length;
				state = { kind: 'code' };
				codeFrom = i;
				break;
			}
			case 'code': {
				// Most characters open nothing; a hover lexes up to LOOKBACK_LINES lines.
				const opened = startersOf(syntax).has(text[i]) ? openerAt(syntax, text, i) : undefined;
				if (!opened) {
					i++;
					break;
				}
				onCode?.(codeFrom, i);
				state = opened.state;
				i += opened.length;
				break;
			}
		}
	}
	if (state.kind === 'code') {
		onCode?.(codeFrom, stop);
	}
	return state;
}

const starters = new WeakMap<Syntax, Set<string>>();

/** The first characters of everything that opens a comment or a string in `syntax`. */
function startersOf(syntax: Syntax): Set<string> {
	let set = starters.get(syntax);
	if (!set) {
		set = new Set([...syntax.block.map(([open]) => open[0]), ...syntax.line.map((open) => open[0]), ...syntax.strings.map((d) => d[0])]);
		starters.set(syntax, set);
	}
	return set;
}

function openerAt(syntax: Syntax, text: string, i: number): { state: State; length: number } | undefined {
	for (const [open, close] of syntax.block) {
		if (text.startsWith(open, i)) {
			return { state: { kind: 'block', close }, length: open.length };
		}
	}
	if (!syntax.openerAtLineStart) {
		const boundary = !syntax.openerAfterSpace || i === 0 || /\s/.test(text[i - 1]);
		for (const open of syntax.line) {
			if (text.startsWith(open, i) && boundary) {
				return { state: { kind: 'line' }, length: open.length };
			}
		}
	}
	for (const delimiter of syntax.strings) {
		if (text.startsWith(delimiter, i)) {
			// `don't` and `it's` in unquoted text are not strings.
			if (delimiter === "'" && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) {
				return undefined;
			}
			return { state: { kind: 'string', close: delimiter }, length: delimiter.length };
		}
	}
	return undefined;
}
