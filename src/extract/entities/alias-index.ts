/** Exact alias matching: a character trie over every alias, scanned once over the text, longest valid match wins. */
import type { EntityMention, GazetteerEntry } from '../../types/entity.js';
import type { EntityRules, LatinGuard, ZhGuard } from './rules.js';

interface AliasCandidate {
  entry: GazetteerEntry;
  alias: string;
  /** Must match with exactly this capitalisation. */
  exactCase: boolean;
  /** Alias ends with an ASCII letter or digit (needs a word boundary after it). */
  latinEnd: boolean;
  guard?: LatinGuard;
  zhGuard?: ZhGuard;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  out?: AliasCandidate[];
}

/**
 * The trie flattened into typed arrays (decision 045): node 0 is the root, a node's step by a lower-cased UTF-16 code is
 * found in one open-addressing table of edges (parent, code → child) instead of a `Map` per node, whose lookups were
 * most of the scan's time (a step is tried at nearly every position: most letters and many Han characters start some
 * alias).
 */
export interface AliasIndex {
  /** The root's child by lower-cased code, −1 for none (most positions of a text start no alias). */
  first: Int32Array;
  /** The edge table (`EDGE_EMPTY` parent: a free slot), size a power of two, at most a quarter full. */
  edgeParent: Int32Array;
  edgeCode: Uint16Array;
  edgeChild: Int32Array;
  mask: number;
  /** The aliases ending at each node, by node id. */
  out: (AliasCandidate[] | undefined)[];
}

const EDGE_EMPTY = -1;
/** The edge table's first slot for (parent, code). */
const edgeSlot = (parent: number, code: number, mask: number): number =>
  ((Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0) & mask;

/** The child of `parent` by lower-cased `code`, −1 for none. */
function step(ix: AliasIndex, parent: number, code: number): number {
  for (let h = edgeSlot(parent, code, ix.mask); ; h = (h + 1) & ix.mask) {
    const p = ix.edgeParent[h] as number;
    if (p === EDGE_EMPTY) return -1;
    if (p === parent && ix.edgeCode[h] === code) return ix.edgeChild[h] as number;
  }
}

/** Numbers the nodes of the `Map` trie (root 0, breadth first) and lays its edges into the typed tables. */
function flatten(root: TrieNode): AliasIndex {
  const nodes: TrieNode[] = [root];
  for (let i = 0; i < nodes.length; i++) for (const child of (nodes[i] as TrieNode).next.values()) nodes.push(child);
  const id = new Map<TrieNode, number>(nodes.map((n, i) => [n, i]));
  let size = 1024;
  while (size < nodes.length * 4) size *= 2;
  const ix: AliasIndex = {
    first: new Int32Array(65536).fill(-1),
    edgeParent: new Int32Array(size).fill(EDGE_EMPTY),
    edgeCode: new Uint16Array(size),
    edgeChild: new Int32Array(size),
    mask: size - 1,
    out: nodes.map((n) => n.out),
  };
  nodes.forEach((n, parent) => {
    for (const [code, child] of n.next) {
      let h = edgeSlot(parent, code, ix.mask);
      while (ix.edgeParent[h] !== EDGE_EMPTY) h = (h + 1) & ix.mask;
      ix.edgeParent[h] = parent;
      ix.edgeCode[h] = code;
      ix.edgeChild[h] = id.get(child) as number;
      if (parent === 0) ix.first[code] = id.get(child) as number;
    }
  });
  return ix;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** ASCII-only lowercasing keeps string offsets intact. */
const lower = (c: number): number => (isUpper(c) ? c + 32 : c);

/** Short all-caps aliases (AMD, AWS, FT) and very short ones match only with their exact capitalisation. */
function needsExactCase(alias: string, caseSensitive: ReadonlySet<string>): boolean {
  if (caseSensitive.has(alias)) return true;
  if (alias.length <= 3) return true;
  return alias.length <= 5 && /^[A-Z0-9.&'-]+$/.test(alias);
}

/** Builds the trie over names and aliases of all entries. */
export function buildAliasIndex(entries: GazetteerEntry[], rules: EntityRules): AliasIndex {
  const root: TrieNode = { next: new Map() };
  const caseSensitive = new Set(rules.caseSensitive);
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const alias of [entry.name, ...entry.aliases]) {
      if (!alias || seen.has(`${alias}\u0000${entry.name}`)) continue;
      seen.add(`${alias}\u0000${entry.name}`);
      let node = root;
      for (let i = 0; i < alias.length; i++) {
        const k = lower(alias.charCodeAt(i));
        let n = node.next.get(k);
        if (!n) {
          n = { next: new Map() };
          node.next.set(k, n);
        }
        node = n;
      }
      const cand: AliasCandidate = {
        entry,
        alias,
        exactCase: needsExactCase(alias, caseSensitive),
        latinEnd: isAlnum(alias.charCodeAt(alias.length - 1)),
      };
      const guard = rules.guards[alias];
      if (guard) cand.guard = guard;
      const zhGuard = rules.zhGuards[alias];
      if (zhGuard) cand.zhGuard = zhGuard;
      (node.out ??= []).push(cand);
    }
  }
  return flatten(root);
}

function nextWord(text: string, end: number): string {
  const m = /^\s+([A-Za-z0-9]+)/.exec(text.slice(end, end + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

function prevWord(text: string, start: number): string {
  const m = /([A-Za-z0-9]+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  return m?.[1]?.toLowerCase() ?? '';
}

function passesLatinGuard(text: string, start: number, end: number, g: LatinGuard): boolean {
  if (g.notFollowedBy) {
    const after = text.slice(end, end + 40).toLowerCase();
    const word = nextWord(text, end);
    for (const f of g.notFollowedBy) {
      if (/^[a-z0-9]/.test(f) ? word === f || after.startsWith(` ${f}`) : after.startsWith(f)) return false;
    }
  }
  if (g.notPrecededBy) {
    const word = prevWord(text, start);
    // 'the Oracle contract' is the company even though 'the oracle' usually is not.
    if (g.notPrecededBy.includes(word) && !g.unlessFollowedBy?.includes(nextWord(text, end))) return false;
  }
  return true;
}

/** A number with a Chinese unit, a currency or a percent sign right after it: '1150亿', '6%', '2026年', '2.5亿美元'. */
const GLUED_NUMBER =
  /^\d+(?:[.,]\d+)*(?:%|％|[十百千万亿兆元倍年月日季个家]|财年|财季|美元|港元|美金|人民币|新台币|欧元|日元|Q[1-4]|H[12])/;

/**
 * A Latin alias glued to a number in Chinese text ('Meta1150亿美元', 'AMD6%'): the alias starts the text or follows a
 * non-ASCII character (CJK or full-width punctuation), and the digits after it form an amount, a percent or a date.
 * 'GPT4模型', 'ARM64架构', 'x86 and AMD64' stay whole words.
 */
function gluedNumber(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) < 128) return false;
  return GLUED_NUMBER.test(text.slice(end, end + 24));
}

function valid(text: string, start: number, end: number, c: AliasCandidate): boolean {
  if (c.exactCase && text.slice(start, end) !== c.alias) return false;
  if (c.latinEnd && end < text.length) {
    const n = text.charCodeAt(end);
    if (isAlnum(n)) {
      // Plural of a product or an acronym: H100s, TPUs, iPhones.
      const last = c.alias.charCodeAt(c.alias.length - 1);
      const plural = n === 115 && (isDigit(last) || isUpper(last) || c.entry.type === 'product') && !isAlnum(text.charCodeAt(end + 1));
      if (!plural && !(isDigit(n) && !isDigit(last) && gluedNumber(text, start, end))) return false;
    }
    // A version continues the name: GPT-5.1 is not GPT-5.
    if ((n === 46 || n === 45) && isDigit(text.charCodeAt(end + 1)) && isDigit(c.alias.charCodeAt(c.alias.length - 1))) return false;
  }
  if (c.guard && !passesLatinGuard(text, start, end, c.guard)) return false;
  if (c.zhGuard) {
    if (c.zhGuard.notBefore && start > 0 && c.zhGuard.notBefore.includes(text.charAt(start - 1))) return false;
    if (c.zhGuard.notAfter && end < text.length && c.zhGuard.notAfter.includes(text.charAt(end))) return false;
  }
  return true;
}

/** All exact alias mentions, left to right, longest valid match at each position, non-overlapping. */
export function matchAliases(text: string, index: AliasIndex): EntityMention[] {
  const out: EntityMention[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Latin names start at a word boundary; Chinese ones anywhere.
    if (isAlnum(c) && i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    let node = index.first[lower(c)] as number;
    if (node < 0) continue;
    let best: { end: number; cand: AliasCandidate } | undefined;
    let j = i + 1;
    for (;;) {
      const ends = index.out[node];
      if (ends) {
        const hit = ends.find((cand) => valid(text, i, j, cand));
        if (hit) best = { end: j, cand: hit };
      }
      if (j >= n) break;
      const nx = step(index, node, lower(text.charCodeAt(j)));
      if (nx < 0) break;
      node = nx;
      j++;
    }
    if (best) {
      // Keep a plural 's' inside the mention: 'H100s', 'iPhones'.
      if (best.cand.latinEnd && text.charCodeAt(best.end) === 115 && !isAlnum(text.charCodeAt(best.end + 1))) best.end++;
      out.push({
        name: best.cand.entry.name,
        type: best.cand.entry.type,
        start: i,
        end: best.end,
        text: text.slice(i, best.end),
        match: 'alias',
      });
      i = best.end - 1;
    }
  }
  return out;
}
