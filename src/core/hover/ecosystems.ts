/**
 * Which ecosystem a document is written for, and which ecosystems a note speaks of, so that a
 * common word (`slice`, `cache`, `scanner`) is answered only by a note from the same world as the
 * file: a Go note says nothing about `scanner` in Python.
 *
 * An ecosystem is a family of languages and tools that share their vocabulary. A document's comes
 * from its language id, its file name and path (`Dockerfile`, `.github/workflows/*.yml`,
 * `package.json`) and, for YAML, the keys that give its dialect away. A note's comes from its topic
 * (a journal's topic bullet, a collection's folder) and the languages of its fenced blocks.
 */

export type Ecosystem =
	| 'shell'
	| 'javascript'
	| 'python'
	| 'ruby'
	| 'elixir'
	| 'sql'
	| 'go'
	| 'rust'
	| 'jvm'
	| 'clojure'
	| 'css'
	| 'html'
	| 'vim'
	| 'git'
	| 'github-actions'
	| 'docker'
	| 'make'
	| 'yaml'
	| 'cloudformation'
	| 'kubernetes'
	| 'terraform'
	| 'php'
	| 'lua'
	| 'reason'
	| 'dotnet'
	| 'c'
	| 'swift'
	| 'nginx';

interface Family {
	/** VS Code language ids whose documents belong to the family. */
	languages?: readonly string[];
	/** Names a note's topic, folder or fence language uses for it (lowercase). */
	names: readonly string[];
	/**
	 * Frameworks and tools of the family, named as a topic: a note filed under one speaks of the
	 * tool's own vocabulary (Remix's `loader`, Rails' `slice`), which a file shares only when it
	 * names the tool (`from '@remix-run/node'`, `require "rails"`).
	 */
	tools?: readonly string[];
}

/** A list written as one string of space-separated names. */
const w = (names: string): string[] => names.split(' ');

/** General knowledge of languages and their tools, not of any one set of notes. */
const FAMILIES: Record<Ecosystem, Family> = {
	shell: {
		languages: w('shellscript bat powershell'),
		names: w(
			'shell bash sh zsh fish ksh terminal unix linux macos mac osx posix sed awk jq tmux ssh scp brew homebrew apt powershell ps1 shellscript coreutils grep',
		),
	},
	javascript: {
		languages: w('javascript typescript javascriptreact typescriptreact vue svelte astro'),
		names: w('javascript js mjs cjs jsx typescript ts tsx node nodejs npm yarn pnpm deno bun'),
		tools: w(
			'react react-native react_native nextjs next.js vue svelte angular remix gatsby astro webpack vite esbuild rollup babel eslint prettier jest vitest mocha puppeteer playwright prisma drizzle zod xstate express vercel netlify react-testing-library',
		),
	},
	python: { languages: w('python jupyter'), names: w('python py python3 pip'), tools: w('django flask fastapi pytest pandas numpy poetry pyright') },
	ruby: { languages: w('ruby erb haml'), names: w('ruby rb erb gem bundler'), tools: w('rails ruby-on-rails rspec rake sinatra') },
	elixir: { languages: w('elixir erlang'), names: w('elixir ex exs iex erlang'), tools: w('phoenix ecto') },
	sql: {
		languages: w('sql pgsql plsql mysql postgres'),
		names: w('sql postgres postgresql psql pgsql plpgsql mysql mariadb sqlite sqlite3 planetscale database oracle mssql tsql'),
	},
	go: { languages: w('go'), names: w('go golang') },
	rust: { languages: w('rust'), names: w('rust rs cargo') },
	jvm: { languages: w('java kotlin scala groovy'), names: w('java kotlin scala groovy jvm gradle maven'), tools: w('spring') },
	clojure: { languages: w('clojure'), names: w('clojure clj cljs clojurescript lisp lein leiningen') },
	css: { languages: w('css scss less sass tailwindcss postcss'), names: w('css scss sass less postcss'), tools: w('tailwind tailwindcss') },
	html: { languages: w('html xml'), names: w('html xml svg dom') },
	vim: { languages: w('vim viml vimscript'), names: w('vim neovim nvim vimscript viml vimrc') },
	git: { languages: w('git-commit git-rebase ignore gitignore'), names: w('git github gitlab jj gitconfig gh') },
	'github-actions': { names: ['github-actions', 'github actions', 'gha'] },
	docker: { languages: w('dockerfile dockercompose'), names: w('docker dockerfile docker-compose podman') },
	make: { languages: w('makefile'), names: w('make makefile gnumake') },
	yaml: { languages: w('yaml'), names: w('yaml yml') },
	cloudformation: { names: ['cloudformation', 'cloud formation', 'cfn'] },
	kubernetes: { names: w('kubernetes k8s kubectl helm') },
	terraform: { languages: w('terraform hcl'), names: w('terraform hcl tf') },
	php: { languages: w('php blade'), names: w('php composer'), tools: w('laravel') },
	lua: { languages: w('lua'), names: w('lua') },
	reason: { languages: w('reason ocaml'), names: w('reason reasonml ocaml rescript') },
	dotnet: { languages: w('csharp fsharp vb'), names: w('c# csharp dotnet .net fsharp') },
	c: { languages: w('c cpp objective-c cuda-cpp'), names: w('c cpp c++ clang gcc') },
	swift: { languages: w('swift'), names: w('swift ios xcode') },
	nginx: { languages: w('nginx'), names: w('nginx') },
};

const BY_LANGUAGE = new Map<string, Ecosystem>();
const BY_NAME = new Map<string, Ecosystem>();
const TOOLS = new Set<string>();
for (const [ecosystem, family] of Object.entries(FAMILIES) as [Ecosystem, Family][]) {
	for (const language of family.languages ?? []) {
		BY_LANGUAGE.set(language, ecosystem);
	}
	for (const name of [...family.names, ...(family.tools ?? [])]) {
		BY_NAME.set(name, ecosystem);
	}
	for (const tool of family.tools ?? []) {
		TOOLS.add(tool);
	}
}
/** Names long enough that a one-letter slip (`javscript`) still says which family is meant. */
const TYPO_TOLERANT = [...BY_NAME.keys()].filter((name) => name.length >= 7 && /^[a-z]+$/.test(name));

/** Families whose files hold another family's code line by line (a Dockerfile's `RUN`, a Makefile's recipes). */
const EMBEDS: Partial<Record<Ecosystem, readonly Ecosystem[]>> = {
	docker: ['shell'],
	make: ['shell'],
	'github-actions': ['yaml'],
	cloudformation: ['yaml'],
	kubernetes: ['yaml'],
};

export interface DocumentInfo {
	languageId: string;
	/** The document's path (any separator), or its untitled name. */
	path: string;
	/** The start of the document, for dialects only their keys tell apart. */
	head?: string;
}

/** The ecosystems a document belongs to; empty when nothing tells (plain text, an unknown language). */
export function documentEcosystems(doc: DocumentInfo): Ecosystem[] {
	const found = new Set<Ecosystem>();
	const path = doc.path.replace(/\\/g, '/');
	const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
	const add = (e: Ecosystem | undefined) => {
		if (e && !found.has(e)) {
			found.add(e);
			for (const embedded of EMBEDS[e] ?? []) {
				add(embedded);
			}
		}
	};
	add(BY_LANGUAGE.get(doc.languageId));
	if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) {
		add('github-actions');
	}
	if (/^(dockerfile|containerfile)(\..+)?$|\.dockerfile$|^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name)) {
		add('docker');
	}
	if (/^(gnu)?makefile$|\.mk$/.test(name)) {
		add('make');
	}
	if (/^(package(-lock)?\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|\.npmrc|\.nvmrc|[\w.-]+\.config\.[cm]?[jt]s)$/.test(name)) {
		add('javascript');
	}
	if (/^(gemfile|rakefile|\.rspec|[\w-]+\.gemspec)$/.test(name)) {
		add('ruby');
	}
	if (/^(\.?[gn]?vimrc|init\.vim|[\w.-]+\.vim)$/.test(name)) {
		add('vim');
	}
	if (/^\.git(config|ignore|attributes|modules)$/.test(name)) {
		add('git');
	}
	if (/^(requirements[\w-]*\.txt|pyproject\.toml|setup\.cfg|pipfile)$/.test(name)) {
		add('python');
	}
	if (/^(cargo\.toml)$/.test(name)) {
		add('rust');
	}
	if (/^go\.(mod|sum)$/.test(name)) {
		add('go');
	}
	if (/^\.?(bash|zsh)(rc|_profile|_aliases)?$|^\.profile$/.test(name)) {
		add('shell');
	}
	const head = doc.head ?? '';
	if ((found.has('yaml') || doc.languageId === 'json') && /"?AWSTemplateFormatVersion"?\s*:|\bFn::\w+|!(Ref|GetAtt|Sub|Join)\b/.test(head)) {
		add('cloudformation');
	}
	if (found.has('yaml') && /^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) {
		add('kubernetes');
	}
	return [...found];
}

/** The ecosystem a topic, folder, tag or fence language names, if any. */
export function ecosystemNamed(name: string): Ecosystem | undefined {
	const key = name.trim().toLowerCase();
	const exact = BY_NAME.get(key) ?? BY_LANGUAGE.get(key);
	if (exact || key.length < 6) {
		return exact;
	}
	const typo = TYPO_TOLERANT.find((n) => Math.abs(n.length - key.length) <= 1 && withinOneEdit(n, key));
	return typo ? BY_NAME.get(typo) : undefined;
}

/**
 * The ecosystems named in a topic as written: the whole (`github-actions`, `cloud formation`)
 * and each word of it (`elk docker`, `puppeteer(google) vs. playwright(microsoft)`).
 */
export function ecosystemsInTopic(topic: string): Ecosystem[] {
	const found = new Set<Ecosystem>();
	const whole = ecosystemNamed(topic.replace(/\(.*?\)/g, ''));
	if (whole) {
		found.add(whole);
	}
	for (const word of topic.toLowerCase().split(/[^a-z0-9#+._-]+/)) {
		const e = word ? ecosystemNamed(word) : undefined;
		if (e) {
			found.add(e);
		}
	}
	return [...found];
}

/** The frameworks and tools a topic names (`remix`, `rails`): see {@link Family.tools}. */
export function toolsInTopic(topic: string): string[] {
	return topic
		.toLowerCase()
		.split(/[^a-z0-9._-]+/)
		.filter((word) => TOOLS.has(word));
}

/** The frameworks and tools a document's text names, in its imports or anywhere in its first lines. */
export function toolsNamedIn(text: string): Set<string> {
	const found = new Set<string>();
	for (const word of text.toLowerCase().split(/[^a-z0-9_-]+/)) {
		if (TOOLS.has(word)) {
			found.add(word);
		}
	}
	return found;
}

/** Damerau-free edit distance ≤ 1 (one insertion, deletion or substitution). */
function withinOneEdit(a: string, b: string): boolean {
	if (a === b) {
		return true;
	}
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) {
		i++;
	}
	const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
	const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
	return restA === restB;
}
