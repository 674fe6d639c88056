/**
 * The logging surface core modules depend on. The VS Code adapter backs it with a
 * `LogOutputChannel`; tests pass {@link nullLog} or a recorder.
 */
export interface Log {
	trace(message: string): void;
	info(message: string): void;
	warn(message: string): void;
	error(message: string): void;
}

export const nullLog: Log = {
	trace() {},
	info() {},
	warn() {},
	error() {},
};
