#!/usr/bin/env node
// Builds src/core/bridge/glossaryData.ts: a Korean <-> English software-developer
// glossary merged from public Korean translation projects (see SOURCES.md).
//
// No dependencies beyond Node (>= 18) and the `git` binary.
//
// The sources are read from bare git snapshots (as produced by the `fetch`
// tool: /work/.mirror/<owner>+<name>/repo), at the commits pinned in SOURCES
// below. To rerun:
//
//   1. Bring each repository below onto the machine (fetch github:<owner>/<name>),
//      or clone it bare anywhere and pass --repo <owner>/<name>=<git dir>.
//   2. kubernetes/website is too large for `fetch`; save the file
//      content/ko/docs/contribute/localization_ko.md (commit pinned below) and
//      pass --k8s <file>. Without it that source is skipped with a warning.
//   3. node scripts/glossary/build.mjs [--mirror /work/.mirror] [--head]
//          [--repo owner/name=/path/to/git-dir ...] [--k8s file]
//          [--out src/core/bridge/glossaryData.ts] [--stats file.json]
//
// --head reads each repository's default ref instead of the pinned commit
// (then update the commit hashes here and in SOURCES.md).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
const opt = { mirror: '/work/.mirror', head: false, repos: {}, k8s: null, out: path.join(ROOT, 'src/core/bridge/glossaryData.ts'), stats: null };
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	const val = () => {
		const v = args[++i];
		if (v === undefined) throw new Error(`${a} needs a value`);
		return v;
	};
	if (a === '--mirror') opt.mirror = val();
	else if (a === '--head') opt.head = true;
	else if (a === '--repo') {
		const [k, ...v] = val().split('=');
		opt.repos[k] = v.join('=');
	} else if (a === '--k8s') opt.k8s = val();
	else if (a === '--out') opt.out = path.resolve(val());
	else if (a === '--stats') opt.stats = path.resolve(val());
	else if (a === '-h' || a === '--help') {
		console.log(
			fs
				.readFileSync(fileURLToPath(import.meta.url), 'utf8')
				.split('\n')
				.slice(1, 22)
				.join('\n'),
		);
		process.exit(0);
	} else throw new Error(`unknown argument ${a}`);
}

// ---------------------------------------------------------------- git access
function gitDir(repo) {
	if (opt.repos[repo]) return opt.repos[repo];
	return path.join(opt.mirror, repo.replace('/', '+'), 'repo');
}
function git(dir, ...a) {
	return execFileSync('git', ['--git-dir=' + dir, ...a], { encoding: 'utf8', maxBuffer: 1 << 30 });
}
function resolveRev(src) {
	const dir = gitDir(src.repo);
	if (!fs.existsSync(dir)) return null;
	if (!opt.head) {
		try {
			git(dir, 'cat-file', '-e', src.commit + '^{commit}');
			return src.commit;
		} catch {
			console.warn(`! ${src.repo}: pinned commit ${src.commit} missing, using ${src.ref}`);
		}
	}
	return git(dir, 'rev-parse', src.ref + '^{commit}').trim();
}
function makeReader(src) {
	const dir = gitDir(src.repo);
	const rev = resolveRev(src);
	if (!rev) return null;
	let files = null;
	return {
		rev,
		list(re) {
			files ??= git(dir, 'ls-tree', '-r', '--name-only', rev).split('\n').filter(Boolean);
			return files.filter((f) => re.test(f));
		},
		read(p) {
			try {
				return git(dir, 'show', `${rev}:${p}`);
			} catch {
				return '';
			}
		}, // files >= 4 MiB are absent from snapshots
	};
}

// ---------------------------------------------------------------- normalisation
const HANGUL = /[\uAC00-\uD7A3]/;
const LATIN = /[A-Za-z]/;

function normEn(s) {
	s = s
		.normalize('NFKC')
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u2010-\u2015]/g, '-');
	s = s
		.replace(/\([^()]*\)/g, ' ')
		.replace(/[*_`"“”]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
	s = s
		.replace(/^(the|a|an) /, '')
		.replace(/[.:;,!?]+$/, '')
		.trim();
	if (!/^[a-z0-9][a-z0-9 .\-+#'/]*$/.test(s) || !/[a-z]/.test(s)) return null;
	if (/[./'-]$/.test(s) || / [-/] /.test(s)) return null;
	const words = s.split(' ');
	if (words.length > 4 || s.length > 40 || s.length < 2) return null;
	return s;
}

function normKo(s) {
	s = s.normalize('NFC');
	s = s.replace(/\s#.*$/, ''); // "십진 소수 # note"
	s = s.replace(/\([^()]*\)|（[^（）]*）|\[[^\][]*\]/g, ' '); // notes / English in parens
	s = s
		.replace(/[*_`"“”'‘’]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	s = s.replace(/[.:;,]+$/, '').trim();
	if (!HANGUL.test(s)) return null; // Latin-only or empty
	if (/[!?。…~]/.test(s)) return null;
	if (/(습니다|세요|해요|에요|니다)$/.test(s)) return null; // sentences, not terms
	if (!/^[\uAC00-\uD7A3A-Za-z0-9 .\-+#·]+$/.test(s)) return null;
	if (s.length > 40 || s.split(' ').length > 6) return null;
	return s;
}

function splitAlternatives(s, seps) {
	return s
		.split(seps)
		.map((x) => x.trim())
		.filter(Boolean);
}

// Every raw pair goes through here; returns the normalised pairs.
function normalisePair(enRaw, koRaw) {
	const out = [];
	const ens = splitAlternatives(enRaw, /,|;/).map(normEn).filter(Boolean);
	// split Korean alternatives on , / ; and "또는"/"혹은", but not inside parentheses
	const koParts = splitAlternatives(
		koRaw.replace(/\([^()]*\)/g, (m) => m.replace(/[,/]/g, ' ')),
		/,|\/|;| 또는 | 혹은 /,
	);
	const kos = [];
	for (const k of koParts) {
		const n = normKo(k);
		if (!n) continue;
		kos.push(n);
		// "반환하다" -> also "반환" (verbal noun); only for single-word verbs
		const m = /^([\uAC00-\uD7A3]{2,})하다$/.exec(n);
		if (m) kos.push(m[1]);
	}
	for (const e of ens)
		for (const k of kos) {
			if (k.replace(/\s/g, '').toLowerCase() === e.replace(/\s/g, '')) continue; // identical
			if (!HANGUL.test(k)) continue;
			out.push([e, k]);
		}
	return out;
}

// ---------------------------------------------------------------- extractors
function unescapeMd(s) {
	return s.replace(/\\\|/g, '|');
}

// Generic Markdown table reader: finds tables whose header has an English
// column and a Korean column, yields [en, ko].
function* mdTables(text, { en = /^(english|영문|영어|용어|term|용어 `term`)$/i, ko = /^(한글|한국어|번역|korean|번역 `target`)$/i } = {}) {
	const lines = text.split('\n');
	const cells = (l) => {
		const t = l.trim().replace(/^\|/, '').replace(/\|$/, '');
		return t.split(/(?<!\\)\|/).map((c) => unescapeMd(c).trim());
	};
	for (let i = 0; i + 1 < lines.length; i++) {
		if (!lines[i].includes('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) continue;
		const head = cells(lines[i]).map((c) => c.replace(/`/g, '').replace(/\s+/g, ' ').trim());
		const ei = head.findIndex((h) => en.test(h) || en.test(h.split(' ')[0]));
		const ki = head.findIndex((h, j) => j !== ei && (ko.test(h) || ko.test(h.split(' ')[0])));
		if (ei < 0 || ki < 0) continue;
		for (let j = i + 2; j < lines.length && lines[j].includes('|'); j++) {
			const c = cells(lines[j]);
			if (c[ei] && c[ki]) yield [c[ei].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'), c[ki]];
		}
	}
}

// gettext .po reader: yields { id, str } for translated entries (no fuzzy).
function* poEntries(text) {
	const blocks = text.split(/\n\s*\n/);
	for (const b of blocks) {
		if (/^#, .*fuzzy/m.test(b)) continue;
		const m = /(?:^|\n)msgid ((?:"(?:[^"\\]|\\.)*"\s*)+)msgstr ((?:"(?:[^"\\]|\\.)*"\s*)+)/.exec(b);
		if (!m) continue;
		const join = (s) =>
			s
				.trim()
				.split(/"\s*\n\s*"/)
				.join('')
				.replace(/^"|"$/g, '')
				.replace(/\\n/g, '\n')
				.replace(/\\"/g, '"')
				.replace(/\\\\/g, '\\');
		const id = join(m[1]),
			str = join(m[2]);
		if (id && str) yield { id, str };
	}
}

// Strips Markdown / MDX / reST markup so that "한국어(english)" patterns show.
function plainText(t) {
	return t
		.replace(/```[\s\S]*?```/g, '\n')
		.replace(/^(?: {4}|\t).*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/`[^`\n]*`/g, ' § ')
		.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
		.replace(/https?:\/\/\S+/g, ' § ')
		.replace(/<[^>\n]+>/g, ' ')
		.replace(/\*\*|__|[*_]/g, '')
		.replace(/[「」『』“”"]/g, ' ');
}

// Mines "한국어 용어(english term)" — the first-use convention of Korean
// technical translations. Yields occurrences { en, toks, full, ctx }: toks are
// the up-to-4 Hangul words right before the parenthesis, full says the Hangul
// run started at a boundary (not cut at 4 words), ctx identifies the sentence
// so that repeated copies of one sentence count once.
function* parenOccurrences(text) {
	const re = /(?<![A-Za-z0-9_\uAC00-\uD7A3])((?:[\uAC00-\uD7A3]+[ \t]){0,3}[\uAC00-\uD7A3]+)[ \t]?\(([A-Za-z][A-Za-z0-9 .\-']{0,40})\)/g;
	let m;
	while ((m = re.exec(text))) {
		// acronyms ("클라이언트 측 렌더링(CSR)") and versions are not term translations
		if (/^[A-Z0-9]{2,}s?$/.test(m[2].trim()) || /\d\.\d/.test(m[2])) continue;
		// code-ish ("module.name", "README.md") and too-short ("ii") terms
		if (/[.]/.test(m[2]) || m[2].trim().length < 3) continue;
		// "앨런 케이(Alan Kay)": Title Case multi-word names
		if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/.test(m[2].trim())) continue;
		const en = normEn(m[2]);
		if (!en) continue;
		const toks = m[1].split(/[ \t]+/);
		const before = text.slice(Math.max(0, m.index - 30), m.index);
		const full = toks.length < 4 || !/[\uAC00-\uD7A3][ \t]*$/.test(before);
		yield { en, toks, full, ctx: before + m[0] };
	}
}

// Words that are not part of a term when they precede it ("모든 컴포넌트(component)").
const STOP = new Set(
	(
		'이 그 저 새 각 및 등 또는 혹은 즉 또한 더 덜 잘 곧 다 안 못 수 것 때 중 후 전 내 외 간 ' +
		'대한 위한 관한 통한 모든 다른 같은 여러 해당 새로운 이런 그런 저런 어떤 이러한 그러한 특정 일반적인 ' +
		'여기서 이제 먼저 다음 다음과 우리는 우리가 예를 들어 예 경우 라는 이라는 라고 이라고 일종의 바로 ' +
		'하나의 두 세 한 몇 많은 적은 일부 전체 모두 자신의 자체 기존 실제 실제로 기본적으로 주로 보통 흔히 ' +
		'사용하는 사용한 사용하여 사용해 통해 따라 의한 의해 있는 없는 하는 되는 된 할 될 있다 없다 이다'
	).split(' '),
);
const MIN_COUNT = Number(process.env.GLOSSARY_MIN_COUNT ?? 1); // distinct sentences needed for a mined pair
const BAD_END =
	/(를|을|는|에|에서|에게|으로|와|과|의|면|며|고|서|지만|거나|므로|도록|려면|면서|대신|하여|해서|하고|하면|하는|되는|있는|라는|이라는|한다|된다|이다|였다|했다)$/;
function cleanToken(t, isHead) {
	if (STOP.has(t)) return false;
	if (isHead)
		return !/(하는|되는|있는|않는|않은|라는|이라는|한다|된다|이다|였다|했다|하고|하면|하여|해서|되어|하게|되게|적으로|으로|로서|로써|처럼|까지|부터|마다|보다|만큼|거나|지만|므로|도록|려면|면서|하지|되지|되고|를|을|에서|에게)$/.test(
			t,
		);
	return !BAD_END.test(t);
}

// ---------------------------------------------------------------- sources
// kind: 'curated' = a translation team's term list; 'mined' = pairs mined from
// the translated documents themselves ("한국어(english)", :term:`한국어 <english>`).
const SOURCES = [
	{
		id: 'react',
		repo: 'reactjs/ko.react.dev',
		ref: 'HEAD',
		commit: '2e8c873c3cea6703d1c94d01b5d5716259005c8e',
		licence: 'CC-BY-4.0',
		curated(r, add) {
			for (const p of ['wiki/translate-glossary.md', 'wiki/translate-glossary-legacy.md']) for (const [e, k] of mdTables(r.read(p))) add(e, k);
		},
		mined: (r) => r.list(/^src\/content\/.*\.mdx?$/),
	},
	{
		id: 'python',
		repo: 'python/python-docs-ko',
		ref: '3.13',
		commit: 'd0c58403de225366b23d0cafd8b86508186c8c8a',
		licence: 'PSF-2.0',
		curated(r, add) {
			// translators' guide: "term: 번역어" lines in the code block after "## 용어집"
			const g = r.read('.pdk/guide.md');
			const sec = g.slice(g.indexOf('## 용어집'));
			const block = /```\n([\s\S]*?)```/.exec(sec);
			if (block)
				for (const l of block[1].split('\n')) {
					const m = /^([^:#]+):\s*(.+)$/.exec(l.trim());
					if (m) add(m[1], m[2]);
				}
			// glossary.po: msgid "term" / msgstr "term (번역어)"
			for (const { id, str } of poEntries(r.read('glossary.po'))) {
				if (id.length > 40 || /\s{2}|[`:<]/.test(id)) continue;
				const m = /^(.*?)\s*\(([^()]*[\uAC00-\uD7A3][^()]*)\)\s*$/.exec(str);
				if (m && !HANGUL.test(m[1])) add(id, m[2]);
				else if (HANGUL.test(str) && !/\(/.test(str)) add(id, str);
			}
		},
		mined: (r) => r.list(/\.po$/),
		// :term:`비동기 이터레이터 <asynchronous iterator>` and :dfn:`컴프리헨션 (comprehension)`
		exact(text, add) {
			for (const { str } of poEntries(text)) {
				for (const m of str.matchAll(/:term:`([^`<]*[\uAC00-\uD7A3][^`<]*?)\s*<([^`>]+)>`/g)) add(m[2], m[1]);
				for (const m of str.matchAll(/:dfn:`([^`(]*[\uAC00-\uD7A3][^`(]*?)\s*\(([A-Za-z][^`()]*)\)`/g)) add(m[2], m[1]);
			}
		},
		text: (t) => [...poEntries(t)].map((e) => e.str.replace(/:[a-z]+:`[^`]*`/g, ' § ')).join('\n'),
	},
	{
		id: 'kubernetes',
		repo: 'kubernetes/website',
		ref: 'HEAD',
		commit: '01e29bbd0937ea07e9697e2db10be75f29d9d5f7',
		licence: 'CC-BY-4.0',
		path: 'content/ko/docs/contribute/localization_ko.md',
		curated(r, add) {
			for (const [e, k] of mdTables(r.read(this.path))) add(e, k);
		},
	},
	{
		id: 'cncf',
		repo: 'cncf/glossary',
		ref: 'HEAD',
		commit: 'ca1dc4034529de4dbcef91f75978aeffd1a12b14',
		licence: 'CC-BY-4.0',
		curated(r, add) {
			for (const f of r.list(/^content\/ko\/[^/_][^/]*\.md$/)) {
				const m = /^title:\s*["']?([^\n(]*[\uAC00-\uD7A3][^\n(]*)\(([^)]+)\)/m.exec(r.read(f));
				if (m) add(m[2], m[1]);
			}
		},
		mined: (r) => r.list(/^content\/ko\/.*\.md$/),
	},
	{
		id: 'vue',
		repo: 'vuejs-translations/docs-ko',
		ref: 'HEAD',
		commit: '6e646acb5687510feda533281faa546b26ea243c',
		licence: 'CC-BY-4.0',
		curated(r, add) {
			// "## 비동기 컴포넌트 {#async-component}"
			for (const m of r.read('src/glossary/index.md').matchAll(/^## (.+?) \{#([a-z0-9-]+)\}/gm)) add(m[2].replace(/-/g, ' '), m[1]);
		},
		mined: (r) => r.list(/^src\/.*\.md$/),
	},
	{
		id: 'pytorch',
		repo: 'PyTorchKorea/tutorials-kr',
		ref: 'HEAD',
		commit: '84b7db6e020c098cf38a0dfaf036007c24057bb1',
		licence: 'BSD-3-Clause',
		curated(r, add) {
			for (const [e, k] of mdTables(r.read('TRANSLATION_GUIDE.md'))) add(e, k);
		},
		mined: (r) => r.list(/^(beginner|intermediate|advanced|recipes|prototype)_source\/.*\.(py|rst|md)$/),
	},
	{
		id: 'openstack',
		repo: 'openstack/i18n',
		ref: 'HEAD',
		commit: 'ad2d9b9d873dc4a79221fc15b6c45a3afcad9798',
		licence: 'Apache-2.0',
		curated(r, add) {
			for (const { id, str } of poEntries(r.read('glossary/locale/ko_KR/LC_MESSAGES/glossary.po'))) add(id, str);
		},
	},
	{
		id: 'fastapi',
		repo: 'fastapi/fastapi',
		ref: 'HEAD',
		commit: 'c3f316b7e814667e8ee81e03a7330d00ee61e45c',
		licence: 'MIT',
		curated(r, add) {
			const t = r.read('docs/ko/llm-prompt.md');
			const sec = t.slice(t.indexOf('### Preferred translations'));
			for (const m of sec.split(/\n### /)[0].matchAll(/^- ([^:\n]+):\s*([^\n]+)$/gm)) add(m[1], m[2]);
		},
		mined: (r) => r.list(/^docs\/ko\/docs\/.*\.md$/),
	},
	{
		id: 'rust',
		repo: 'rust-kr/doc.rust-kr.org',
		ref: 'HEAD',
		commit: '1d07d28a6338e9f782c627b9763f3d13272379af',
		licence: 'MIT OR Apache-2.0',
		mined: (r) => r.list(/^src\/.*\.md$/),
	},
	{
		id: 'hf-course',
		repo: 'huggingface/course',
		ref: 'HEAD',
		commit: '16af5667532d6966f0fe83f44cc848dd7698a215',
		licence: 'Apache-2.0',
		mined: (r) => r.list(/^chapters\/ko\/.*\.mdx?$/),
	},
	{
		id: 'vite',
		repo: 'vitejs/docs-ko',
		ref: 'HEAD',
		commit: '7cec40882780a30be887a9e7bacaa6e936868d6b',
		licence: 'MIT',
		mined: (r) => r.list(/\.md$/),
	},
	{
		id: 'helm',
		repo: 'helm/helm-www',
		ref: 'HEAD',
		commit: '227f41447a683545325e87aedf10c67096d11004',
		licence: 'MIT',
		mined: (r) => r.list(/^i18n\/ko\/.*\.mdx?$/),
	},
	{
		id: 'tensorflow',
		repo: 'tensorflow/docs-l10n',
		ref: 'HEAD',
		commit: '7cb584af651df3863a3bebc93674163f8dc6db7b',
		licence: 'Apache-2.0',
		mined: (r) => r.list(/^site\/ko\/.*\.(md|ipynb)$/),
		text: (t) => {
			if (!t.trimStart().startsWith('{')) return t;
			try {
				return JSON.parse(t)
					.cells.filter((c) => c.cell_type === 'markdown')
					.map((c) => [].concat(c.source).join(''))
					.join('\n\n');
			} catch {
				return '';
			}
		},
	},
	{
		id: 'soundblue',
		repo: 'soundbluemusic/soundblue-monorepo',
		ref: 'HEAD',
		commit: '2d74f41f4d98c437f913ab95772a1b1017479b4b',
		licence: 'Apache-2.0',
		curated(r, add) {
			for (const [e, k] of mdTables(r.read('data/dictionaries/programming-terms.md'))) add(e, k);
		},
	},
];

// ---------------------------------------------------------------- collect
const CURATED = new Map(); // en -> Map(ko -> score)
const perSource = {}; // id -> Set("en\tko")
const occ = new Map(); // en -> Map(sourceId -> [occurrence]) for mining
const seenCtx = new Set();

function record(src, e, k, score) {
	perSource[src.id] ??= new Set();
	perSource[src.id].add(e + '\t' + k);
	let m = CURATED.get(e);
	if (!m) CURATED.set(e, (m = new Map()));
	m.set(k, (m.get(k) || 0) + score);
}

const used = [];
for (const src of SOURCES) {
	let r;
	if (src.id === 'kubernetes') {
		const file = opt.k8s ?? (fs.existsSync(gitDir(src.repo)) ? null : undefined);
		if (file === undefined) {
			console.warn(`! kubernetes/website: pass --k8s <localization_ko.md>; skipped`);
			continue;
		}
		r = file ? { rev: src.commit, read: () => fs.readFileSync(file, 'utf8'), list: () => [] } : makeReader(src);
	} else r = makeReader(src);
	if (!r) {
		console.warn(`! ${src.repo}: no git dir at ${gitDir(src.repo)}; skipped`);
		continue;
	}
	used.push({ src, rev: r.rev });
	// curated lists: score 10 per listing
	if (src.curated)
		src.curated(r, (e, k) => {
			for (const [a, b] of normalisePair(e, k)) record(src, a, b, 10);
		});
	if (!src.mined) continue;
	for (const f of src.mined(r)) {
		let t = r.read(f);
		if (!HANGUL.test(t)) continue;
		if (src.exact)
			src.exact(t, (e, k) => {
				for (const [a, b] of normalisePair(e, k)) record(src, a, b, 3);
			});
		t = src.text ? src.text(t) : t;
		for (const o of parenOccurrences(plainText(t))) {
			let m = occ.get(o.en);
			if (!m) occ.set(o.en, (m = new Map()));
			if (!m.has(src.id)) m.set(src.id, []);
			if (seenCtx.has(o.ctx)) continue;
			seenCtx.add(o.ctx);
			m.get(src.id).push(o);
		}
	}
}

// Choose Korean renderings for mined English terms. Occurrences are grouped
// by the Hangul word right before "(" (the head). Within a group the longest
// run of preceding words that stays frequent (>= 60% of the group) is taken,
// so "결과적 일관성(eventual consistency)" keeps both words while
// "외부 로드밸런서(load balancer)" does not pick up varying modifiers. A single
// occurrence counts when its word count matches the English one.
for (const [en, bySrc] of occ) {
	const all = [...bySrc.values()].flat();
	const enWords = en.split(/[ -]/).length;
	const groups = new Map();
	for (const o of all) {
		const head = o.toks[o.toks.length - 1];
		if (!cleanToken(head, true) || (head.length < 2 && enWords > 1)) continue;
		if (!groups.has(head)) groups.set(head, []);
		groups.get(head).push(o);
	}
	const total = all.length;
	for (const [head, g] of groups) {
		if (g.length < 0.15 * total) continue;
		const maxK = Math.min(4, enWords + 1);
		let best = null,
			bestK = 0;
		for (let k = 1; k <= maxK; k++) {
			const counts = new Map();
			for (const o of g)
				if (o.toks.length >= k) {
					const ext = o.toks.slice(-k, -1);
					if (!ext.every((t) => cleanToken(t, false))) continue;
					const s = o.toks.slice(-k).join(' ');
					counts.set(s, (counts.get(s) || 0) + 1);
				}
			const [s, c] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [];
			if (!s || c < 0.6 * g.length) break;
			if (c < 2 && !(k === 1 && enWords === 1) && k !== enWords) {
				if (k > 1) break;
				else continue;
			}
			best = s;
			bestK = k;
		}
		if (!best) continue;
		if (g.length < MIN_COUNT) continue;
		if (head.length < 2 && (g.length < 3 || bestK > 1)) continue;
		// a lone Korean word for a multi-word English term must be long or stand alone
		if (enWords >= 2 && bestK === 1 && head.length < 4 && !(g.length >= 2 && g.filter((o) => o.full && o.toks.length === 1).length * 2 >= g.length)) continue;
		const pairs = normalisePair(en, best);
		for (const [sid, list] of bySrc) {
			if (!list.some((o) => (' ' + o.toks.join(' ')).endsWith(' ' + best))) continue;
			const src = SOURCES.find((x) => x.id === sid);
			for (const [a2, b2] of pairs) record(src, a2, b2, Math.min(9, g.length) / 10 + 0.5);
		}
	}
}

// ---------------------------------------------------------------- emit
const lines = [];
let pairCount = 0;
for (const en of [...CURATED.keys()].sort()) {
	if (/[`\\\t]|\$\{/.test(en)) continue;
	const kos = [...CURATED.get(en)]
		.filter(([k]) => !/[`\\\t]|\$\{/.test(k))
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ko'))
		.slice(0, 6)
		.map(([k]) => k);
	if (!kos.length) continue;
	pairCount += kos.length;
	lines.push([en, ...kos].join('\t'));
}

const header = `// GENERATED FILE — do not edit by hand.
// Generated by scripts/glossary/build.mjs from public Korean translation
// glossaries and translated documentation; sources, commits and licences are
// listed in scripts/glossary/SOURCES.md (attribution: ThirdPartyNotices.md).
// Format: one English term per line, then its Korean renderings, TAB-separated.
// ${lines.length} English terms, ${pairCount} pairs.
`;
const body = `${header}export const GLOSSARY_TSV = \`${lines.join('\n')}\`;\n`;
fs.mkdirSync(path.dirname(opt.out), { recursive: true });
fs.writeFileSync(opt.out, body);

const stats = {
	terms: lines.length,
	pairs: pairCount,
	bytes: Buffer.byteLength(body),
	sources: used.map(({ src, rev }) => ({ id: src.id, repo: src.repo, commit: rev, licence: src.licence, pairs: perSource[src.id]?.size ?? 0 })),
};
if (opt.stats) fs.writeFileSync(opt.stats, JSON.stringify(stats, null, 2));
console.log(JSON.stringify(stats, null, 2));
