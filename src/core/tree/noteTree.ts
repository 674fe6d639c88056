import type { Note } from '../note';
import { subTopicsOf, type SubTopic } from './subTopics';

/** How the sidebar groups notes. */
export type Grouping = 'topic' | 'date';

/** A place notes come from, as core sees it: no `vscode.Uri`, just the root's URI string. */
export interface TreeSource {
	label: string;
	/** The folder's URI string; a note belongs to the first source whose root contains its `uri`. */
	root: string;
	bundled: boolean;
}

interface NodeBase {
	/** Unique in the tree and stable across rebuilds, so a view keeps what is expanded. */
	readonly id: string;
	readonly parent: NoteTreeNode | undefined;
}

export interface SourceNode extends NodeBase {
	readonly kind: 'source';
	readonly source: TreeSource;
	readonly count: number;
}

export interface TopicNode extends NodeBase {
	readonly kind: 'topic';
	/** The spelling most notes of the topic use (topics group case-insensitively). */
	readonly topic: string;
	readonly count: number;
}

/** A year (`2020`), month (`2020-01`) or day (`2020-01-02`): a prefix of the notes' ISO dates. */
export interface PeriodNode extends NodeBase {
	readonly kind: 'year' | 'month' | 'day';
	readonly period: string;
	readonly count: number;
}

/** In the by-date grouping, the notes that have no date, after every year. */
export interface UndatedNode extends NodeBase {
	readonly kind: 'undated';
	readonly count: number;
}

export interface NoteNode extends NodeBase {
	readonly kind: 'note';
	readonly note: Note;
	readonly source: TreeSource | undefined;
}

export interface SubTopicNode extends NodeBase {
	readonly kind: 'subTopic';
	readonly note: Note;
	readonly subTopic: SubTopic;
	readonly source: TreeSource | undefined;
}

export type GroupNode = SourceNode | TopicNode | PeriodNode | UndatedNode;
export type NoteTreeNode = GroupNode | NoteNode | SubTopicNode;

/** Topics sort as Explorer sorts names: case-insensitive, numbers by value, any script. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The notes arranged for the sidebar, by topic or by date, under one node per source when there
 * are several. Grouping every note is one pass, needed for the counts; sorting and node objects
 * are made only for the nodes a view expands, and kept, so a view of 50,000 notes stays fast
 * and a node is the same object each time it is asked for (what `TreeView.reveal` relies on).
 *
 * ### Example
 * ```ts
 * const tree = new NoteTree(index.notes(), [{ label: 'Notes', root: 'file:///notes', bundled: false }], 'topic');
 * const [first] = tree.roots();          // a TopicNode such as { topic: 'aws-cli', count: 1 }
 * const notes = tree.children(first);    // its NoteNodes, newest first
 * ```
 */
export class NoteTree {
	private readonly notesBySource: Note[][];
	/** The notes under each group node, by node id; filled as group nodes are made. */
	private readonly notesOfGroup = new Map<string, Note[]>();
	private readonly childrenOf = new Map<string, NoteTreeNode[]>();
	private rootNodes: NoteTreeNode[] | undefined;
	private notesByUri: Map<string, Note[]> | undefined;

	constructor(
		notes: readonly Note[],
		private readonly sources: readonly TreeSource[],
		readonly grouping: Grouping,
	) {
		this.notesBySource = sources.length > 1 ? splitBySource(notes, sources) : [[...notes]];
	}

	roots(): NoteTreeNode[] {
		if (!this.rootNodes) {
			this.rootNodes =
				this.sources.length > 1
					? this.sources.map((source, i) =>
							this.group(
								{ kind: 'source', id: `${this.grouping}:${i}:${source.root}`, parent: undefined, source, count: this.notesBySource[i].length },
								this.notesBySource[i],
							),
						)
					: this.groupsOf(this.notesBySource[0], undefined);
		}
		return this.rootNodes;
	}

	children(node: NoteTreeNode | undefined): NoteTreeNode[] {
		if (!node) {
			return this.roots();
		}
		let children = this.childrenOf.get(node.id);
		if (!children) {
			children = this.makeChildren(node);
			this.childrenOf.set(node.id, children);
		}
		return children;
	}

	/** True when a node has children, without making them (a note's sub-topics are parsed once, though). */
	hasChildren(node: NoteTreeNode): boolean {
		switch (node.kind) {
			case 'note':
				return this.subTopics(node.note).length > 0;
			case 'subTopic':
				return false;
			default:
				return node.count > 0;
		}
	}

	/** The node that shows a note, making its ancestors on the way (for reveal). */
	nodeOf(noteId: string): NoteNode | undefined {
		let nodes = this.roots();
		for (;;) {
			const hit = nodes.find((n) => n.kind === 'note' && n.note.id === noteId);
			if (hit) {
				return hit as NoteNode;
			}
			const group = nodes.find((n): n is GroupNode => n.kind !== 'note' && n.kind !== 'subTopic' && this.groupHas(n, noteId));
			if (!group) {
				return undefined;
			}
			nodes = this.children(group);
		}
	}

	/** The note whose lines include `line` of the file `uri`, if any (for following the editor). */
	noteAt(uri: string, line: number): Note | undefined {
		if (!this.notesByUri) {
			this.notesByUri = new Map();
			for (const notes of this.notesBySource) {
				for (const note of notes) {
					push(this.notesByUri, note.uri, note);
				}
			}
		}
		return this.notesByUri.get(uri)?.find((n) => n.line <= line && line <= n.endLine);
	}

	// --- making nodes

	private makeChildren(node: NoteTreeNode): NoteTreeNode[] {
		switch (node.kind) {
			case 'source':
				return this.groupsOf(this.notesOfGroup.get(node.id)!, node);
			case 'year':
				return this.periods('month', 7, node);
			case 'month':
				return this.periods('day', 10, node);
			case 'topic':
				return this.noteNodes([...this.notesOfGroup.get(node.id)!].sort(newestFirst), node);
			case 'day':
				return this.noteNodes(this.notesOfGroup.get(node.id)!, node); // as written that day
			case 'undated':
				return this.noteNodes(
					[...this.notesOfGroup.get(node.id)!].sort((a, b) => collator.compare(a.title, b.title)),
					node,
				);
			case 'note':
				return this.subTopics(node.note).map((subTopic) => ({
					kind: 'subTopic',
					id: `${node.id}/${subTopic.line}`,
					parent: node,
					note: node.note,
					subTopic,
					source: node.source,
				}));
			case 'subTopic':
				return [];
		}
	}

	/** The first level under a source (or the root): topics, or years then the undated. */
	private groupsOf(notes: Note[], parent: SourceNode | undefined): NoteTreeNode[] {
		const prefix = parent ? parent.id : this.grouping;
		if (this.grouping === 'topic') {
			const byKey = new Map<string, Note[]>();
			for (const note of notes) {
				push(byKey, note.topic.toLowerCase(), note);
			}
			return [...byKey]
				.map(([key, members]) => this.group({ kind: 'topic', id: `${prefix}/t:${key}`, parent, topic: usualSpelling(members), count: members.length }, members))
				.sort((a, b) => collator.compare(a.topic, b.topic));
		}
		const byYear = new Map<string, Note[]>();
		const undated: Note[] = [];
		for (const note of notes) {
			if (note.date) {
				push(byYear, note.date.slice(0, 4), note);
			} else {
				undated.push(note);
			}
		}
		const nodes: NoteTreeNode[] = [...byYear.keys()]
			.sort(descending)
			.map((year) => this.group({ kind: 'year', id: `${prefix}/${year}`, parent, period: year, count: byYear.get(year)!.length }, byYear.get(year)!));
		if (undated.length > 0) {
			nodes.push(this.group({ kind: 'undated', id: `${prefix}/undated`, parent, count: undated.length }, undated));
		}
		return nodes;
	}

	private periods(kind: 'month' | 'day', length: number, parent: PeriodNode): PeriodNode[] {
		const byPeriod = new Map<string, Note[]>();
		for (const note of this.notesOfGroup.get(parent.id)!) {
			push(byPeriod, note.date!.slice(0, length), note);
		}
		return [...byPeriod.keys()]
			.sort(descending)
			.map((period) =>
				this.group({ kind, id: `${parent.id}/${period.slice(length - 2)}`, parent, period, count: byPeriod.get(period)!.length }, byPeriod.get(period)!),
			);
	}

	private noteNodes(notes: readonly Note[], parent: GroupNode): NoteNode[] {
		const source = this.sourceOf(parent);
		return notes.map((note) => ({ kind: 'note', id: `${parent.id}/${note.id}`, parent, note, source }));
	}

	private group<T extends GroupNode>(node: T, notes: Note[]): T {
		this.notesOfGroup.set(node.id, notes);
		return node;
	}

	private groupHas(node: GroupNode, noteId: string): boolean {
		return this.notesOfGroup.get(node.id)?.some((n) => n.id === noteId) ?? false;
	}

	private sourceOf(node: NoteTreeNode | undefined): TreeSource | undefined {
		for (let n = node; n; n = n.parent) {
			if (n.kind === 'source') {
				return n.source;
			}
		}
		return this.sources.length === 1 ? this.sources[0] : undefined;
	}

	private readonly subTopicCache = new Map<string, SubTopic[]>();

	private subTopics(note: Note): SubTopic[] {
		let subTopics = this.subTopicCache.get(note.id);
		if (!subTopics) {
			subTopics = subTopicsOf(note);
			this.subTopicCache.set(note.id, subTopics);
		}
		return subTopics;
	}
}

/**
 * A search query that keeps one topic, in the syntax of `query.ts`: quoted when the topic has
 * spaces (`topic:"elastic search"`), and ending in a space so what the user types next starts a new word.
 */
export function topicSearchQuery(topic: string): string {
	const name = topic.replace(/"/g, '');
	return /\s/.test(name) ? `topic:"${name}" ` : `topic:${name} `;
}

/** Each note under the first source whose root folder holds its file; in source order within each. */
function splitBySource(notes: readonly Note[], sources: readonly TreeSource[]): Note[][] {
	const prefixes = sources.map((s) => (s.root.endsWith('/') ? s.root : `${s.root}/`));
	const split = sources.map((): Note[] => []);
	for (const note of notes) {
		const i = prefixes.findIndex((p) => note.uri.startsWith(p));
		// The index holds only files listed under a source, so a note always finds one.
		if (i >= 0) {
			split[i].push(note);
		}
	}
	return split;
}

function usualSpelling(notes: readonly Note[]): string {
	const counts = new Map<string, number>();
	let best = notes[0].topic;
	for (const note of notes) {
		const count = (counts.get(note.topic) ?? 0) + 1;
		counts.set(note.topic, count);
		if (count > counts.get(best)!) {
			best = note.topic;
		}
	}
	return best;
}

/** Newest first; undated notes last; otherwise the order they came in (Array.sort is stable). */
function newestFirst(a: Note, b: Note): number {
	return descending(a.date ?? '', b.date ?? '');
}

function descending(a: string, b: string): number {
	return a < b ? 1 : a > b ? -1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) {
		list.push(value);
	} else {
		map.set(key, [value]);
	}
}
