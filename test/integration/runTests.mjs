// Runs out/integration/index.js (build first) inside a real VS Code; exits with the suite's code.
// With VSCODE_EXECUTABLE_PATH: desktop VS Code through @vscode/test-electron.
// Otherwise: the VS Code server from code-server, driven by Debian's Chromium (see codeServer.mjs).
// Env: TIL_* is forwarded to the extension host; TIL_TEST_WORKSPACE picks the folder to open;
// TIL_SCREENSHOTS=1 lets the suite's screenshot(name) write media/<name>.png; TIL_TEST_VERBOSE=1
// shows the workbench log without filtering out the known noise.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { root, startServer, workbenchUrl } from './codeServer.mjs';

const CHROMIUM = '/usr/bin/chromium';
const TIME_LIMIT_MS = Number(process.env.TIL_TEST_TIMEOUT_MS) || 5 * 60_000; // whole run, suite included
const testsPath = join(root, 'out', 'integration', 'index.js');

// Known harmless noise, matched per log entry (an entry may hold a whole stack trace).
const NOISE = [
	/spdlog|watchdog|sqlite3|vsda|kerberos/, // native modules, skipped by --ignore-scripts
	/ENOTFOUND|getaddrinfo|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|authentication provider/, // offline
	/^\[(AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker|RemoteAgentHostProtocol)/,
	/^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache)/,
	/\bCanceled\b/, // extension host shutting down
];
// Our suite's lines (mocha's reporter, our summary, failures' stacks) are shown even if they match.
const OURS = /TIL_|integration:|out\/integration\/|^\s+\d+ (passing|failing|pending)|^\s+(✔|\d+\) )/m;

if (!existsSync(testsPath)) fail(`${testsPath} is missing: run \`npm run build\` first.`);
if (!process.env.VSCODE_EXECUTABLE_PATH && !existsSync(CHROMIUM)) {
	fail(`${CHROMIUM} not found. Install it once (as root): apt-get update && apt-get install -y chromium`);
}
const tmpRoot = mkdtempSync(join(tmpdir(), 'til-it-'));
// On 'exit' rather than in a finally: also runs when Ctrl+C ends us through codeServer's handler.
process.once('exit', () => rmSync(tmpRoot, { recursive: true, force: true }));
const workspace = process.env.TIL_TEST_WORKSPACE ?? mkdirp(join(tmpRoot, 'workspace'));
const verbose = process.env.TIL_TEST_VERBOSE === '1'; // show the workbench log unfiltered
const tilEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TIL_')));
process.exitCode = process.env.VSCODE_EXECUTABLE_PATH ? await runDesktop() : await runServer();

async function runDesktop() {
	const { runTests } = await import('@vscode/test-electron');
	try {
		await runTests({
			vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
			extensionDevelopmentPath: root,
			extensionTestsPath: testsPath,
			extensionTestsEnv: tilEnv,
			launchArgs: ['--disable-extensions', workspace, `--user-data-dir=${mkdirp(join(tmpRoot, 'user-data'))}`],
		});
		return 0;
	} catch (e) {
		console.error(`integration: ${e?.message ?? e}`);
		return 1;
	}
}

async function runServer() {
	const { chromium } = await import('playwright-core');
	const shotsDir = mkdirp(join(tmpRoot, 'screenshots'));
	const server = await startServer({ dataDir: join(tmpRoot, 'vscode') }); // fresh, isolated dirs per run
	let browser;
	try {
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
				'--disable-sync', '--no-first-run', '--disable-quic'],
		});
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const log = [];
		let finish;
		const exited = new Promise((resolve) => { finish = resolve; });
		let shots = Promise.resolve(); // serialised, so a late picture can't race the exit

		await page.exposeFunction('codeAutomationExit', (code) => finish(code));
		await page.exposeFunction('codeAutomationLog', (_type, args) => {
			const line = format(...(Array.isArray(args) ? args : [args]));
			log.push(line);
			if (verbose || OURS.test(line) || !NOISE.some((re) => re.test(line))) console.log(line);
			const shot = /TIL_SCREENSHOT ([\w.-]+)/.exec(line);
			if (shot) shots = shots.then(() => screenshot(page, shotsDir, shot[1]));
		});

		await page.goto(workbenchUrl(server, {
			folder: workspace, extensionRoot: root, testsPath,
			env: { ...tilEnv, TIL_SCREENSHOT_DIR: shotsDir },
		}));
		let timer;
		const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, TIME_LIMIT_MS, 'timeout'); })]);
		clearTimeout(timer);
		await shots;
		if (code === 'timeout') {
			console.error(`integration: no exit from VS Code after ${TIME_LIMIT_MS / 1000} s. Last workbench log lines:\n`
				+ log.join('\n').split('\n').slice(-40).join('\n') + '\nLast server lines:\n' + server.logTail().join('\n'));
			return 1;
		}
		return Number.isInteger(code) ? code : 1;
	} finally {
		await browser?.close();
		await server.stop();
	}
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
