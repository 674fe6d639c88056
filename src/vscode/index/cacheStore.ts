import * as vscode from 'vscode';
import { bytesToLines, CACHE_LAYOUT, decodeCache, encodeCache, linesToBytes, type CacheHeader } from '../../core/search/indexCache';
import type { IndexedNotes } from '../../core/sync/indexSync';
import type { Log } from '../../core/log';
import { Pacer } from '../../core/sync/pacer';

const FILE_NAME = 'index-cache.jsonl';

/**
 * The persisted index in the extension's global storage (see `core/indexCache.ts` for the
 * format). The index is derived data: anything wrong with the file means "rebuild", never an
 * error the user has to act on.
 */
export class IndexCacheStore {
	private readonly file: vscode.Uri;

	/** A store in `storage` with a given header; {@link create} is the extension's. */
	constructor(
		private readonly storage: vscode.Uri,
		private readonly header: CacheHeader,
		private readonly log: Log,
	) {
		this.file = vscode.Uri.joinPath(storage, FILE_NAME);
	}

	/**
	 * The header this build writes and accepts: the extension's version, and a hash of its
	 * bundle, since any change to the parsers or the tokenizer changes what the index holds
	 * (a development build re-indexes after each rebuild; a release, once). `bundle` is the one
	 * this host runs (Node or web), relative to the extension root.
	 */
	static async create(context: vscode.ExtensionContext, log: Log, bundle: string): Promise<IndexCacheStore> {
		const packageJSON = context.extension.packageJSON as { version?: string };
		let fingerprint = 'unknown';
		try {
			fingerprint = await sha256Hex(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, bundle)));
		} catch (err) {
			log.warn(vscode.l10n.t('Index cache: cannot fingerprint the bundle ({0}); a cache is reused by the same version only', String(err)));
		}
		return new IndexCacheStore(context.globalStorageUri, { layout: CACHE_LAYOUT, extensionVersion: packageJSON.version ?? '0', fingerprint }, log);
	}

	/** The cached index, or undefined when there is none or it cannot be used (logged). */
	async load(pacer: Pacer): Promise<IndexedNotes | undefined> {
		let bytes: Uint8Array;
		try {
			bytes = await vscode.workspace.fs.readFile(this.file);
		} catch {
			this.log.info(vscode.l10n.t('Index cache: none yet; indexing every file'));
			return undefined;
		}
		const decoded = await decodeCache(bytesToLines(bytes), this.header, pacer);
		if ('problem' in decoded) {
			this.log.info(vscode.l10n.t('Index cache discarded ({0}); indexing every file', decoded.problem));
			await this.delete();
			return undefined;
		}
		return decoded.state;
	}

	/**
	 * Writes aside and renames, so a crash mid-write leaves the old cache or none, never half of
	 * one. The temporary name is unique: two windows share the storage, and with one fixed name
	 * one window could rename the other's half-written file into place.
	 */
	async save(state: IndexedNotes, pacer: Pacer): Promise<number> {
		const bytes = await linesToBytes(encodeCache(state, this.header, pacer), pacer);
		const temp = vscode.Uri.joinPath(this.storage, `${FILE_NAME}.${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.tmp`);
		await vscode.workspace.fs.createDirectory(this.storage);
		try {
			await vscode.workspace.fs.writeFile(temp, bytes);
			await vscode.workspace.fs.rename(temp, this.file, { overwrite: true });
		} catch (err) {
			await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
			throw err;
		}
		return bytes.length;
	}

	async delete(): Promise<void> {
		try {
			await vscode.workspace.fs.delete(this.file);
		} catch {
			// already gone
		}
	}
}

/**
 * Web Crypto, which both extension hosts have (Node's `crypto` module is not in the web worker).
 * Without a secure context (a VS Code server on plain http to another machine) `subtle` is
 * missing: the caller logs that and keys the cache on the version alone.
 */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest).subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
