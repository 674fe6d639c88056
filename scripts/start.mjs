// `npm start`: try the extension by hand in a real VS Code, opened on ./notes.
// Desktop `code` if installed; otherwise the local VS Code server (see test/integration/codeServer.mjs)
// on 127.0.0.1, to open in any browser. Env PORT picks its port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, startServer, workbenchUrl } from '../test/integration/codeServer.mjs';

const run = (cmd, args) => {
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync(join(root, 'node_modules'))) run('npm', ['ci']);
run('npm', ['run', 'build']);

const notes = join(root, 'notes');
if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
	spawn('code', [`--extensionDevelopmentPath=${root}`, notes], { stdio: 'inherit' });
} else {
	// Kept between runs (unlike the tests' throwaway dirs), so settings made by hand persist.
	const dataDir = join(root, '.vscode-test', 'start');
	mkdirSync(dataDir, { recursive: true });
	const logFile = join(dataDir, 'server.log');
	const server = await startServer({ dataDir, logFile, port: process.env.PORT ? Number(process.env.PORT) : undefined });
	console.log(`\nVS Code is serving the extension in development mode. Open:\n\n  ${workbenchUrl(server, { folder: notes, extensionRoot: root })}\n`);
	console.log(`Server log: ${logFile}. Rebuild with \`npm run build\` and reload the window. Ctrl+C stops.`);
	// Stay alive; on Ctrl+C, startServer's signal handler kills the server's whole process group.
	setInterval(() => {}, 1 << 30);
}
