/** What an error says, for a log line or a message: its message, not its stack. */
export function errorText(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
