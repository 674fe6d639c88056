// Runs out/integration/index.js (build first) inside a real VS Code; exits with the suite's code.
// Two phases: the *.test.ts suite against the working tree (extension development mode), then the
// packaged check: `vsce package` builds the .vsix, VS Code installs it as a user would, and the
// *.vsix.ts suite runs against the installed copy. And the web pass: the browser build, from a copy
// of the extension whose manifest has `browser` and no `main` (that, not a payload switch, puts it
// in the web worker extension host), with the web suite out/integration-web/index.js inside it.
// With VSCODE_EXECUTABLE_PATH: desktop VS Code through @vscode/test-electron.
// Otherwise: the VS Code server from code-server, driven by Debian's Chromium (see codeServer.mjs).
// Env: TIL_* is forwarded to the extension host; TIL_TEST_WORKSPACE picks the folder to open;
// TIL_TEST_GREP runs only the tests whose title matches (and skips the packaged check and the web
// pass, as TIL_BENCH_OUT does); TIL_TEST_EXTENSION runs another extension in development mode
// (the bench's floor extension); TIL_TEST_INSTALL installs a .vsix beside it (the bench's probe);
// TIL_TEST_DATA_DIR keeps VS Code's dirs there, so a second run starts warm (the bench); TIL_SCREENSHOTS=1 lets the suite's screenshot(name) write media/<name>.png
// (`npm run screenshots`); TIL_TEST_VERBOSE=1 shows the workbench log without filtering out the known noise.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { installExtension, root, startServer, workbenchUrl } from './codeServer.mjs';

const CHROMIUM = '/usr/bin/chromium';
const TIME_LIMIT_MS = Number(process.env.TIL_TEST_TIMEOUT_MS) || 5 * 60_000; // whole run, suite included
const testsPath = join(root, 'out', 'integration', 'index.js');
const webTestsPath = join(root, 'out', 'integration-web', 'index.js');

// Known harmless noise, matched per log entry (an entry may hold a whole stack trace).
const NOISE = [
	/spdlog|watchdog|sqlite3|vsda|kerberos/, // native modules, skipped by --ignore-scripts
	/ENOTFOUND|getaddrinfo|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|authentication provider/, // offline
	/^\[(AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker|RemoteAgentHostProtocol)/,
	/^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache)/,
	/\bCanceled\b/, // extension host shutting down
];
// Our suite's lines (mocha's reporter, our summary, failures' stacks) are shown even if they match.
const OURS = /TIL_|integration( \(web\))?:|out\/integration(-web)?\/|^\s+\d+ (passing|failing|pending)|^\s+(✔|\d+\) )/m;

for (const file of [testsPath, webTestsPath, join(root, 'dist', 'web', 'extension.js')]) {
	if (!existsSync(file)) fail(`${file} is missing: run \`npm run build\` first.`);
}
if (!process.env.VSCODE_EXECUTABLE_PATH && !existsSync(CHROMIUM)) {
	fail(`${CHROMIUM} not found. Install it once (as root): apt-get update && apt-get install -y chromium`);
}
const tmpRoot = mkdtempSync(join(tmpdir(), 'til-it-'));
// On 'exit' rather than in a finally: also runs when Ctrl+C ends us through codeServer's handler.
process.once('exit', () => rmSync(tmpRoot, { recursive: true, force: true }));
const workspace = process.env.TIL_TEST_WORKSPACE ?? mkdirp(join(tmpRoot, 'workspace'));
const verbose = process.env.TIL_TEST_VERBOSE === '1'; // show the workbench log unfiltered
const tilEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TIL_')));
const partial = Boolean(process.env.TIL_TEST_GREP || process.env.TIL_BENCH_OUT);
const desktop = Boolean(process.env.VSCODE_EXECUTABLE_PATH);
const developed = process.env.TIL_TEST_EXTENSION ?? root;
const dataDir = process.env.TIL_TEST_DATA_DIR ?? join(tmpRoot, 'vscode');
process.exitCode = desktop ? await runDesktop() : await runServer({ dataDir, extensionRoot: developed, folder: workspace });
if (process.exitCode === 0 && !partial) process.exitCode = await runPackaged();
if (!partial) process.exitCode = (await runWeb()) || process.exitCode; // runs, and counts, even after a failure above

/** The browser build in VS Code's web worker extension host, from a copy of the extension without `main`. */
async function runWeb() {
	const started = Date.now();
	const extensionRoot = webExtension();
	// Inside the extension's folder: VS Code runs a suite in the host of the extension that holds it.
	const suite = join(extensionRoot, 'out', 'integration-web', 'index.js');
	cpSync(dirname(webTestsPath), dirname(suite), { recursive: true });
	const folder = mkdirp(join(tmpRoot, 'web-workspace'));
	let code;
	if (desktop) {
		// Desktop VS Code has a switch for that host (the server ignores it); not run on these machines.
		const { runTests } = await import('@vscode/test-electron');
		code = await runTests({
			vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
			extensionDevelopmentPath: extensionRoot,
			extensionTestsPath: suite,
			launchArgs: ['--disable-extensions', '--extensionDevelopmentKind=web', folder, `--user-data-dir=${mkdirp(join(tmpRoot, 'desktop-web'))}`],
		}).then(
			() => 0,
			(e) => (console.error(`integration (web): ${e?.message ?? e}`), 1),
		);
	} else {
		code = await runServer({ dataDir: join(tmpRoot, 'web'), extensionRoot, folder, suite });
	}
	console.log(`integration: web pass ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return code;
}

/** A copy of what the extension ships, its manifest without `main`: VS Code then runs `browser`. */
function webExtension() {
	const dir = mkdirp(join(tmpRoot, 'web-extension'));
	for (const entry of ['dist/web', 'notes', 'l10n', 'media/notes.svg']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	for (const nls of readdirSync(root).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f))) {
		cpSync(join(root, nls), join(dir, nls));
	}
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	delete manifest.main;
	writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, '\t'));
	return dir;
}

/** Packages the extension, installs the .vsix into a fresh VS Code and runs the *.vsix.ts suite there. */
async function runPackaged() {
	const started = Date.now();
	const vsix = join(tmpRoot, 'til-notes.vsix');
	// `vsce package` runs the vscode:prepublish script first (the production bundle), as on publishing.
	const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
	const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: root, encoding: 'utf8' });
	if (r.status !== 0) {
		console.error(`integration: vsce package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
		return 1;
	}
	console.log(`integration: ${/Packaged: .*/.exec(r.stdout)?.[0] ?? `packaged ${vsix}`}`);
	// VS Code runs a test suite only for an extension in development mode; this probe is that extension,
	// so til-notes itself loads from the extensions dir like any installed extension.
	const probe = mkdirp(join(tmpRoot, 'vsix-probe'));
	writeFileSync(
		join(probe, 'package.json'),
		JSON.stringify({
			name: 'til-notes-vsix-probe',
			publisher: 'til-notes-test',
			version: '0.0.0',
			engines: { vscode: '*' },
		}),
	);
	const folder = mkdirp(join(tmpRoot, 'vsix-workspace'));
	try {
		const code = desktop ? await runDesktop({ vsix, probe, folder }) : await runServer({ dataDir: join(tmpRoot, 'vsix'), extensionRoot: probe, folder, vsix });
		if (code === 0) console.log(`integration: the packaged extension checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		return code;
	} catch (e) {
		console.error(`integration: packaged check: ${e?.message ?? e}`);
		return 1;
	}
}

/** Development mode over the working tree, or with `vsix`: that package installed, under the probe. */
async function runDesktop({ vsix, probe, folder } = {}) {
	const { runTests, resolveCliArgsFromVSCodeExecutablePath } = await import('@vscode/test-electron');
	const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
	const dir = vsix ? mkdirp(join(tmpRoot, 'desktop-vsix')) : mkdirp(dataDir);
	const dirs = [`--user-data-dir=${mkdirp(join(dir, 'user-data'))}`, `--extensions-dir=${mkdirp(join(dir, 'extensions'))}`];
	try {
		const install = vsix ?? process.env.TIL_TEST_INSTALL;
		if (install) {
			const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true }); // our dirs, below
			const r = spawnSync(cli, [...args, ...dirs, '--install-extension', install, '--force'], { encoding: 'utf8', shell: process.platform === 'win32' });
			if (r.status !== 0) throw new Error(`installing ${install} failed:\n${r.stdout}\n${r.stderr}`);
		}
		await runTests({
			vscodeExecutablePath,
			extensionDevelopmentPath: vsix ? probe : developed,
			extensionTestsPath: testsPath,
			extensionTestsEnv: vsix ? { ...tilEnv, TIL_SUITE: 'vsix', TIL_EXTENSIONS_DIR: join(dir, 'extensions') } : tilEnv,
			launchArgs: [...(install ? [] : ['--disable-extensions']), vsix ? folder : workspace, ...dirs],
		});
		return 0;
	} catch (e) {
		console.error(`integration: ${e?.message ?? e}`);
		return 1;
	}
}

async function runServer({ dataDir, extensionRoot, folder, vsix, suite = testsPath }) {
	const { chromium } = await import('playwright-core');
	const shotsDir = mkdirp(join(tmpRoot, 'screenshots'));
	const env = { ...tilEnv, TIL_SCREENSHOT_DIR: shotsDir };
	if (vsix) Object.assign(env, { TIL_SUITE: 'vsix', TIL_EXTENSIONS_DIR: installExtension(vsix, dataDir) });
	else if (process.env.TIL_TEST_INSTALL) installExtension(process.env.TIL_TEST_INSTALL, dataDir);
	const server = await startServer({ dataDir }); // fresh, isolated dirs per run
	let browser;
	try {
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		});
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const log = [];
		let finish;
		const exited = new Promise((resolve) => {
			finish = resolve;
		});
		let shots = Promise.resolve(); // serialised, so a late picture can't race the exit

		await page.exposeFunction('codeAutomationExit', (code) => finish(code));
		await page.exposeFunction('codeAutomationLog', (_type, args) => {
			const line = format(...(Array.isArray(args) ? args : [args]));
			log.push(line);
			if (verbose || OURS.test(line) || !NOISE.some((re) => re.test(line))) console.log(line);
			const shot = /TIL_SCREENSHOT ([\w.-]+)/.exec(line);
			if (shot) shots = shots.then(() => screenshot(page, shotsDir, shot[1]));
		});

		await page.goto(workbenchUrl(server, { folder, extensionRoot, testsPath: suite, env }));
		let timer;
		const code = await Promise.race([
			exited,
			new Promise((r) => {
				timer = setTimeout(r, TIME_LIMIT_MS, 'timeout');
			}),
		]);
		clearTimeout(timer);
		await shots;
		if (code === 'timeout') {
			console.error(
				`integration: no exit from VS Code after ${TIME_LIMIT_MS / 1000} s. Last workbench log lines:\n` +
					log.join('\n').split('\n').slice(-40).join('\n') +
					'\nLast server lines:\n' +
					server.logTail().join('\n'),
			);
			return 1;
		}
		const unhandled = unhandledErrors(log);
		if (unhandled.length > 0) {
			console.error(`integration: the extension host reported ${unhandled.length} unhandled error(s) during the run:\n${unhandled.join('\n')}`);
			return 1;
		}
		return Number.isInteger(code) ? code : 1;
	} finally {
		await browser?.close();
		await server.stop();
	}
}

/**
 * The workbench log's reports of errors nobody handled (the extension host forwards them there,
 * e.g. "rejected promise not handled within 1 second"), across the whole run: a test can pass
 * while the extension leaks a rejection, so the run fails on any.
 */
function unhandledErrors(lines) {
	return lines.filter(
		(line) => /rejected promise not handled|unhandled (promise )?rejection|uncaught exception/i.test(line) && !NOISE.some((re) => re.test(line)),
	);
}

async function screenshot(page, shotsDir, name) {
	const file = join(mkdirp(join(root, 'media')), `${name}.png`);
	try {
		await page.screenshot({ path: file });
		console.log(`integration: screenshot ${file}`);
	} catch (e) {
		console.error(`integration: screenshot ${name} failed: ${e.message}`);
	}
	writeFileSync(join(shotsDir, `${name}.done`), ''); // releases the suite either way
}

function mkdirp(dir) {
	mkdirSync(dir, { recursive: true });
	return dir;
}

function fail(message) {
	console.error(`integration: ${message}`);
	process.exit(1);
}
