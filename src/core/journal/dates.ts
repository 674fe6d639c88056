/**
 * The day headings journals use, and their dates as ISO `YYYY-MM-DD`.
 * `## 02.01.2020` (day first), `## 2020-01-02`, `## 2020.01.02`, `## 2020/01/02`, at any heading level,
 * optionally followed by a weekday or a note (`## 02.01.2020 (Thu)`).
 */
const DAY_HEADING = /^(#{1,6})[ \t]+(\d{1,4})([.\-/])(\d{1,2})\3(\d{1,4})(?![\d.\-/])[ \t]*(.*)$/;

export interface DayHeading {
	level: number;
	date: string;
	/** How the journal writes dates, so a new heading can be written the same way. */
	style: DateStyle;
}

export type DateStyle = { order: 'dmy' | 'ymd'; separator: string; pad: boolean };

export function parseDayHeading(line: string): DayHeading | undefined {
	const m = DAY_HEADING.exec(line);
	if (!m) {
		return undefined;
	}
	const [, hashes, a, separator, b, c] = m;
	const ymd = a.length === 4;
	if (!ymd && c.length !== 4) {
		return undefined;
	}
	const [year, month, day] = ymd ? [a, b, c] : [c, b, a];
	const date = isoDate(Number(year), Number(month), Number(day));
	if (!date) {
		return undefined;
	}
	return {
		level: hashes.length,
		date,
		style: { order: ymd ? 'ymd' : 'dmy', separator, pad: (ymd ? c : a).length === 2 },
	};
}

export function isoDate(year: number, month: number, day: number): string | undefined {
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
		return undefined;
	}
	return d.toISOString().slice(0, 10);
}

/** A date written in a journal's own style, e.g. `26.11.2026` for `dmy` with `.`. */
export function formatDate(iso: string, style: DateStyle): string {
	const [y, m, d] = iso.split('-');
	const pad = (s: string) => (style.pad ? s : String(Number(s)));
	return style.order === 'ymd' ? [y, pad(m), pad(d)].join(style.separator) : [pad(d), pad(m), y].join(style.separator);
}

/** Dates in front matter come as YAML dates, strings or numbers; file names start with one. */
export function toIsoDate(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return value.toISOString().slice(0, 10);
	}
	if (typeof value === 'string') {
		const m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(value.trim());
		if (m) {
			return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
		}
		const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})/.exec(value.trim());
		if (dmy) {
			return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
		}
	}
	return undefined;
}
