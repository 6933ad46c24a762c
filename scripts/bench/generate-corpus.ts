/**
 * Deterministic, seeded generator of synthetic wiki content for the benchmarks.
 *
 * Writes a complete content directory (`wiki/` and `pages/`, the layout of `content/`) of N
 * entries shaped like the real ones (see content/wiki/internet-computer-protocol.md): frontmatter
 * with tags, related slugs and the occasional hub, and a body of 400–1,200 words with sections,
 * lists, tables, code blocks, GitHub alerts, video cards, entities and internal links (some to a
 * heading of the target). Every link and anchor points at something that exists, so the corpus
 * loads with zero problems. The vocabulary is shaped like real prose (see "Lexicon" below): a few
 * words in most entries, a long Zipf tail of rare ones, and titles made mostly of an entry's own
 * jargon, so search benchmarks do not see every query match nearly every entry.
 *
 * The same options always produce byte-identical files: all randomness comes from a seeded PRNG,
 * one independent stream per entry, and nothing reads the clock. The cost is linear in N: link
 * and related targets are picked by index, never by scanning the other entries.
 *
 *   npx tsx scripts/bench/generate-corpus.ts <dir> <entries> [seed]
 */
import fs from 'node:fs';
import path from 'node:path';

export interface CorpusOptions {
  entries: number;
  seed?: number;
  pages?: number;
}

export interface CorpusSummary {
  dir: string;
  entries: number;
  pages: number;
  bytes: number;
  hubs: number;
  tags: number;
}

export const DEFAULT_SEED = 42;

// ---------------------------------------------------------------------------------------------
// Randomness

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for synthetic text; returns [0, 1). */
function mulberry32(state: number): Rng {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one well-spread 32-bit seed (murmur3's finaliser after each step). */
function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Independent streams: what entry 7 draws never depends on how much entry 6 drew. */
const STREAM = { plan: 1, body: 2, page: 3, hubs: 4 } as const;
function streamFor(seed: number, index: number, stream: number): Rng {
  return mulberry32(mix(seed, index, stream));
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** `count` distinct items, in random order (partial Fisher–Yates on a copy). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const copy = items.slice();
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(rng() * (copy.length - i));
    const tmp = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = tmp;
  }
  return copy.slice(0, n);
}

/** Index into `cumulative` (increasing weights, last = total) for a uniform draw. */
function weightedIndex(rng: Rng, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const x = rng() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Everything here is plain ASCII words (entities are written as entities), so no
// generated text can contain `{`, `<`, `|`, `#` or a YAML-significant `: `.

/** ~60 kebab-case tags, most common first: drawn with Zipf-like weights. */
const TAGS = [
  'core-concept', 'developers', 'architecture', 'protocol', 'governance', 'canisters', 'tokens', 'cryptography',
  'subnets', 'security', 'consensus', 'cycles', 'identity', 'chain-fusion', 'bitcoin', 'tooling', 'motoko', 'rust',
  'storage', 'networking', 'performance', 'nns', 'sns', 'ethereum', 'defi', 'candid', 'upgrades', 'testing', 'http',
  'frontend', 'privacy', 'encryption', 'staking', 'neurons', 'node-providers', 'boundary-nodes', 'economics',
  'ledger', 'icrc', 'history', 'research', 'specification', 'tutorials', 'best-practices', 'wallets', 'nft',
  'oracles', 'timers', 'monitoring', 'operations', 'decentralization', 'scalability', 'interoperability', 'dao',
  'ai', 'compliance', 'data-residency', 'cloud-engines', 'roadmap', 'web3',
] as const;

const TAG_CUMULATIVE = (() => {
  let sum = 0;
  return TAGS.map((_, rank) => (sum += 1 / Math.pow(rank + 1, 1.05)));
})();

/** First half of an entry's topic. Multi-word qualifiers become several slug words. */
const QUALIFIERS = [
  'subnet', 'canister', 'ledger', 'neuron', 'boundary', 'threshold', 'chain key', 'stable', 'certified', 'cycles',
  'replica', 'registry', 'governance', 'ingress', 'query', 'update', 'wasm', 'motoko', 'candid', 'bitcoin',
  'ethereum', 'vetkey', 'identity', 'proposal', 'token', 'wallet', 'asset', 'storage', 'message', 'random beacon',
  'xnet', 'timer', 'snapshot', 'checkpoint', 'node', 'principal', 'controller', 'heap', 'gateway', 'oracle',
] as const;

const HEADS = [
  'consensus', 'upgrades', 'memory', 'routing', 'snapshots', 'limits', 'fees', 'recovery', 'scheduling', 'signatures',
  'certification', 'replication', 'metering', 'staking', 'rewards', 'voting', 'lifecycle', 'encryption', 'resharing',
  'integration', 'caching', 'batching', 'finality', 'topology', 'rotation', 'quotas', 'migration', 'auditing',
  'monitoring', 'permissions', 'settlement', 'indexing', 'throttling', 'backups', 'registration', 'delegation',
  'attestation', 'compression', 'accounting', 'discovery',
] as const;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Section headings: plain ASCII words in sentence case, so the GitHub-slugger id is the words joined by hyphens. */
const HEADINGS = [
  'Overview', 'How it works', 'Design goals', 'Background', 'Key concepts', 'Costs and limits', 'Security model',
  'Failure modes', 'Operational notes', 'Performance', 'Configuration', 'Common pitfalls', 'Interaction with governance',
  'Upgrades and migration', 'Monitoring and metrics', 'Trust assumptions', 'History', 'Comparison with other platforms',
  'Developer workflow', 'Testing locally', 'Production checklist', 'Data model', 'Message flow', 'State and storage',
  'Fees and cycles', 'Limits in practice', 'Open questions', 'Known issues', 'Roadmap', 'Terminology', 'Examples',
  'A worked example', 'Edge cases', 'Recovery procedures', 'Access control', 'Privacy considerations', 'Scaling out',
  'Latency and throughput', 'Tooling', 'Who uses it', 'Economics', 'Guarantees', 'Step by step', 'Under the hood',
  'The big picture', 'What can go wrong', 'Choosing parameters', 'Related mechanisms',
] as const;
const FURTHER_READING = ['Further reading', 'See also'] as const;

/**
 * [article-or-empty, noun]: the noun alone can be emphasised. Lists of phrases run from the most
 * to the least talked about (see `context`): a few words, like "canister", are in most entries.
 */
const NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'canister'], ['the', 'subnet'], ['each', 'node'], ['the', 'cycles balance'], ['an', 'update call'], ['a', 'controller'],
  ['a', 'query call'], ['the', 'execution environment'], ['the', 'state manager'], ['the', 'replica'], ['the', 'Wasm module'],
  ['the', 'threshold key'], ['the', 'consensus layer'], ['', 'stable memory'], ['the', 'boundary node'], ['the', 'ledger'],
  ['the', 'HTTP gateway'], ['the', 'management canister'], ['the', 'certification layer'], ['the', 'message router'], ['the', 'NNS'],
  ['a', 'neuron'], ['the', 'registry'], ['a', 'node provider'], ['the', 'governance canister'], ['the', 'Wasm heap'], ['a', 'proposal'],
  ['the', 'random beacon'], ['the', 'latest checkpoint'], ['a', 'certified variable'], ['the', 'minter'], ['the', 'index canister'],
  ['an', 'SNS swap'], ['the', 'ingress queue'], ['the', 'scheduler'],
];

/** [third person, base form] */
const VERBS: ReadonlyArray<readonly [string, string]> = [
  ['verifies', 'verify'], ['replicates', 'replicate'], ['schedules', 'schedule'], ['signs', 'sign'], ['stores', 'store'],
  ['routes', 'route'], ['meters', 'meter'], ['certifies', 'certify'], ['checkpoints', 'checkpoint'], ['upgrades', 'upgrade'],
  ['reshares', 'reshare'], ['validates', 'validate'], ['records', 'record'], ['limits', 'limit'], ['exposes', 'expose'],
  ['tracks', 'track'], ['batches', 'batch'], ['persists', 'persist'], ['forwards', 'forward'], ['reconciles', 'reconcile'],
  ['charges for', 'charge for'], ['hashes', 'hash'], ['rejects', 'reject'], ['orders', 'order'], ['publishes', 'publish'],
];

const OBJECTS = [
  'every message', 'the resulting state', 'its own balance', 'the block payload', 'each ingress message', 'the canister state',
  'the subnet key', 'incoming requests', 'the rate at which cycles burn', 'the full history', 'a Merkle tree of responses', 'the cost of each instruction',
  'the list of controllers', 'the pending proposals', 'outgoing cross-subnet messages', 'the certified state tree',
  'every new block', 'the voting power of each neuron', 'the memory it allocates', 'the replies it sends',
  'a signature over the result', 'the module hash', 'the queue of pending calls', 'the reward for each round',
  'the set of node operators',
] as const;

const ADVERBIALS = [
  'in every round', 'without a trusted third party', 'on every node of the subnet', 'within a few seconds',
  'at the end of each epoch', 'as part of the same batch', 'for as long as the balance lasts', 'independently of the caller',
  'after each upgrade', 'in deterministic order', 'before the next checkpoint', 'once consensus is reached',
  'across subnet boundaries', 'with no admin key involved', 'at a fixed rate', 'whenever the registry changes',
  'before any reply is sent', 'in the background', 'under heavy load', 'long after the call returns',
] as const;

const ATTRIBUTES = ['threshold key', 'replication factor', 'instruction limit', 'memory quota', 'message queue', 'freezing threshold', 'reward rate'] as const;

const AUDIENCES = ['developers', 'node providers', 'neuron holders', 'application users', 'SNS communities', 'auditors', 'operators of cloud engines'] as const;

const CODE_WORDS = [
  'icrc1_transfer', 'canister_status', 'http_request', 'sign_with_ecdsa', 'raw_rand', 'install_code', 'stable_grow',
  'msg_reply', 'update_settings', 'deposit_cycles', 'get_utxos', 'vetkd_derive_key', 'take_canister_snapshot',
  'icrc2_approve', 'canister_inspect_message', 'performance_counter', 'set_certified_data', 'data_certificate',
] as const;

const EXTERNAL_PATHS = [
  'docs/building-apps/essentials/canisters', 'docs/building-apps/getting-started/install', 'docs/references/ic-interface-spec',
  'docs/building-apps/canister-management/cycles', 'docs/building-apps/network-features/signatures/t-ecdsa',
  'docs/building-apps/governance/sns/overview', 'docs/building-apps/security/overview', 'how-it-works',
  'docs/motoko/home', 'docs/references/candid-ref', 'capabilities/bitcoin-integration', 'whitepaper',
] as const;
const EXTERNAL_LABELS = ['the developer documentation', 'the interface specification', 'the official guide', 'the reference', 'the technical overview'] as const;

const VIDEO_URL = 'https://www.youtube.com/watch?v=fUfbWAHSygo';

const ALERTS: ReadonlyArray<readonly [string, number]> = [['NOTE', 0.4], ['TIP', 0.25], ['WARNING', 0.2], ['IMPORTANT', 0.1], ['CAUTION', 0.05]];
const ALERT_CUMULATIVE = (() => {
  let sum = 0;
  return ALERTS.map(([, weight]) => (sum += weight));
})();

const PAGE_SLUGS = ['document-library', 'about', 'glossary', 'press-kit', 'community', 'faq', 'contributors', 'style-guide'] as const;

const DATE_START = Date.UTC(2024, 0, 1);
const DATE_END = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;
const DATE_SPAN_DAYS = Math.round((DATE_END - DATE_START) / DAY_MS);

const COVER = '/img/static/home-share.jpg';

// ---------------------------------------------------------------------------------------------
// Lexicon. The lists above supply the common words, but real prose also has a long tail: by Heaps'
// law a 10,000-entry wiki has some 50,000–100,000 distinct words, most of them in a handful of
// entries, and each entry has jargon and proper nouns of its own that recur in it and in its
// title. Without that tail every word is in nearly every entry, and every search is a worst case.
// So the generator also draws from a fixed lexicon of pronounceable pseudo-words, Zipf-distributed.

const LEXICON_SIZE = 100_000;
/** Fixed, not the corpus seed: a word means the same rank in every corpus, so runs stay comparable. */
const LEXICON_SEED = 0x5eed1e;
/**
 * Zipf exponent and rank offset of body draws. The offset flattens the head: the lists above
 * already supply the most frequent words, so the lexicon continues the curve below them rather
 * than adding a second set of words that occur in every entry.
 */
const ZIPF_EXPONENT = 1.05;
const ZIPF_OFFSET = 40;
const ZIPF_LOW = Math.pow(ZIPF_OFFSET + 1, 1 - ZIPF_EXPONENT);
const ZIPF_HIGH = Math.pow(ZIPF_OFFSET + LEXICON_SIZE + 1, 1 - ZIPF_EXPONENT);

// Repeats weight the draws: plain consonants and single vowels make most syllables, and a
// consonant cluster never follows a closed syllable, so the words stay pronounceable.
const SIMPLE_ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'h', 'j', 'w', 'y', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v'] as const;
const CLUSTER_ONSETS = ['br', 'dr', 'gr', 'kr', 'pr', 'tr', 'bl', 'fl', 'gl', 'kl', 'pl', 'st', 'sk', 'sh', 'th', 'ch', 'qu'] as const;
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'a', 'e', 'i', 'o', 'a', 'e', 'ai', 'ei', 'ou', 'ia', 'io', 'au'] as const;
const INNER_CODAS = ['n', 'r', 'l', 's', 'm'] as const;
const FINAL_CODAS = ['n', 'r', 'l', 's', 'm', 'k', 'x', 't', 'n', 'r', 'l', 's', 'nd', 'rn', 'st', 'rk', 'lt', 'ns', 'th'] as const;

/**
 * Words that are not in the lists below but that the syllables could spell, kept out of the lexicon
 * so they are never counted as rare words: the prose of the templates outside the lists, and common
 * English words of four letters or more (a proper dictionary would be one more thing to ship).
 */
const TEMPLATE_WORDS = `
  actor amount angle applied apply async bash behind blocks builds caution closely collected
  collects compare computer counted cover covered covers decides default description detail details
  different draw entries entry explained func gives https idea ideas important imposes interacts
  internet internetcomputer item json mainnet managed material means offs operation papers
  persistent plays pointers primary property public register return saturating setting settle
  several share short slug sources specifications static string system tags title total trade type
  underlies updated value verified warning watch wiki youtube
`;
const ENGLISH = `
  about above after again against also among another anything around away back been before being
  below best between both came cannot come could does doing done down each else even ever every
  fact fast felt find first from gave give goes gone good have here high into just keep kind know
  last late least less like line long look made make many mean more most much must name near need
  never next none note null once only other over part rather real same seen self send sent shall
  should show side since some soon still such sure take than that their them then there these they
  thin thing this those though three through thus time told took true false under until upon used
  very want well went were what when where which while whole whom whose will with within without
  word work would year your base case data sign test read rest role rule tree hash host page link
  site term view mode node nodes root safe sale save seal slot soft sort tone tore torn tour vale
  vote wake wall ward ware warn wire wise wore bake bale bane bare beam bear bend bile bind bite
  blade bore born brain bride dale dame dare dark dear deal dine dire dome dose dote fade fail fair
  fake fame fare fate fine fire firm fold fore form fort gale game gate gear hale hall halo hare
  hate heal heat hero hide hire hole home hope kale kilo kite lake lame lane lava lead lean lend
  lime load loan lone lore lose loss maid male mane mare mate meal melt mile mind mine mole mule
  nose pale pane pare pine plan plane pole pore pose rake rare rate rave rite robe rode rose rote
  ruin sake tale tame tape tare team tear tide tile toga tome vane vise zone zero main rain pain
  gain vain tail sail rail nail mail bail wait bait live size quite iana apis aria dive java goto
  meta date relax beta echo vite mime levi memo ratio naive roles akin radio outer sides love auto
  zeros hilo babel notable dedupe media deno huge tune worse onto theme napi denial mocha kevin
  five pure life audio
`;

/** Substrings no generated word may contain: the text ends up in screenshots and search results. */
const UNWANTED = /fuck|shit|cunt|nig|fag|rape|slut|whor|dick|cock|puss|anal|anus|peni|vagi|tits|porn|nazi|kike|spic|coon|homo|gay/;

let lexiconWords: string[] | null = null;

/** Every word the templates use, so a lexicon word never doubles as a common word. */
function listedWords(): Set<string> {
  const text = [
    TEMPLATE_WORDS, ENGLISH, TAGS, QUALIFIERS, HEADS, [...SMALL_WORDS], HEADINGS, FURTHER_READING, NOUNS, VERBS, OBJECTS, ADVERBIALS, ATTRIBUTES,
    AUDIENCES, CODE_WORDS, EXTERNAL_PATHS, EXTERNAL_LABELS, PAGE_SLUGS, SENTENCES, JARGON_SENTENCES, LEXICON_HEADS,
  ].flat(2).join(' ');
  return new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
}

/**
 * The lexicon in rank order (rank 0 most frequent), built once per process in well under 0.1 s.
 * Rarer words tend to be longer, as in real language.
 */
function lexicon(): readonly string[] {
  if (lexiconWords) return lexiconWords;
  const rng = mulberry32(LEXICON_SEED);
  const blocked = listedWords();
  const seen = new Set<string>();
  const words: string[] = [];
  const logSize = Math.log(LEXICON_SIZE);
  while (words.length < LEXICON_SIZE) {
    const rarity = Math.log(words.length + 1) / logSize;
    const syllables = rng() < 0.25 + 0.5 * rarity ? (rng() < 0.25 * rarity ? 4 : 3) : 2;
    let word = '';
    let closed = false;
    for (let i = 0; i < syllables; i += 1) {
      // One word in seven starts with a vowel.
      if (i > 0 || rng() >= 0.15) word += !closed && rng() < 0.2 ? pick(rng, CLUSTER_ONSETS) : pick(rng, SIMPLE_ONSETS);
      word += pick(rng, NUCLEI);
      closed = i < syllables - 1 ? rng() < 0.2 : rng() < 0.45;
      if (closed) word += pick(rng, i < syllables - 1 ? INNER_CODAS : FINAL_CODAS);
    }
    if (word.length < 4 || word.length > 11 || UNWANTED.test(word)) continue;
    if (seen.has(word) || blocked.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  lexiconWords = words;
  return words;
}

/**
 * A lexicon word drawn by Zipf rank, through the inverse CDF of the continuous law: O(1), and
 * faster here than a table lookup, whose random reads miss the cache.
 */
function zipfWord(rng: Rng): string {
  const x = Math.pow(ZIPF_LOW + rng() * (ZIPF_HIGH - ZIPF_LOW), 1 / (1 - ZIPF_EXPONENT)) - ZIPF_OFFSET;
  const rank = Math.min(LEXICON_SIZE - 1, Math.max(0, Math.floor(x) - 1));
  return lexicon()[rank] as string;
}

/** A lexicon word from anywhere in the lexicon: mostly a rare one. */
function anyWord(rng: Rng): string {
  return lexicon()[Math.floor(rng() * LEXICON_SIZE)] as string;
}

/** Generic nouns a lexicon word can qualify, as in "the vorel queue". */
const LEXICON_HEADS = [
  'layer', 'queue', 'table', 'index', 'log', 'map', 'tree', 'pool', 'round', 'window', 'protocol', 'scheme', 'bridge',
  'module', 'service', 'format', 'variant', 'profile', 'cache', 'channel', 'catalogue', 'standard', 'extension', 'engine',
] as const;

// ---------------------------------------------------------------------------------------------
// Text helpers

function titleCase(words: readonly string[]): string {
  return words.map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

function capitalize(sentence: string): string {
  return sentence.replace(/^([*`[]*)([a-z])/, (_, markers: string, letter: string) => markers + letter.toUpperCase());
}

/** GitHub-slugger's id for a heading made of ASCII letters, digits and single spaces. */
export function headingId(text: string): string {
  return text.toLowerCase().replace(/ /g, '-');
}

function isoDate(days: number): string {
  return new Date(DATE_START + days * DAY_MS).toISOString().slice(0, 10);
}

/** Tokens that would start a block (list item, quote, heading, table, fence) if they began a line. */
const RISKY_LINE_START = /^(?:[-+*](?:$|\s)|>|#|\||=|~~~|```|\d+[.)](?:$|\s))/;

/**
 * Soft-wraps at `width` like the hand-written entries do, never inside a token, and never so
 * that a continuation line starts with something Markdown would read as a new block.
 */
function wrap(text: string, firstPrefix = '', restPrefix = firstPrefix, width = 78): string {
  // A code span stays on one line: merge the words between its backticks into one token.
  const tokens: string[] = [];
  let inCode = false;
  for (const word of text.split(' ')) {
    if (inCode && tokens.length > 0) tokens[tokens.length - 1] += ` ${word}`;
    else tokens.push(word);
    for (let tick = word.indexOf('`'); tick !== -1; tick = word.indexOf('`', tick + 1)) inCode = !inCode;
  }
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const token of tokens) {
    if (empty) {
      line += token;
      empty = false;
    } else if (line.length + 1 + token.length <= width || RISKY_LINE_START.test(token)) {
      line += ` ${token}`;
    } else {
      lines.push(line);
      line = restPrefix + token;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** Whitespace-separated tokens with at least one letter or digit in them. */
function wordCount(text: string): number {
  return text.match(/[^\s]*[A-Za-z0-9][^\s]*/g)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Plan: everything other entries need to know about an entry (slug, title, heading ids), decided
// before any body is written so links and anchors can be checked by construction.

interface Heading {
  text: string;
  id: string;
  depth: 2 | 3;
}

interface Section {
  heading: Heading;
  subsections: Heading[];
}

interface PlannedEntry {
  slug: string;
  title: string;
  /** Lowercase words, e.g. "subnet consensus". */
  topic: string;
  /** The entry's own lexicon words as written in its prose ("Vorel", "kestrimar"); the lexicon words of its title come first. */
  jargon: string[];
  tags: string[];
  hub: boolean;
  date: string;
  updated: string | null;
  sections: Section[];
  /** Closing link list, if any. */
  furtherReading: Heading | null;
  /** Every heading id, for anchors from other entries. */
  anchors: string[];
}

function planEntry(seed: number, index: number, hub: boolean, padWidth: number): PlannedEntry {
  const rng = streamFor(seed, index, STREAM.plan);
  const qualifier = pick(rng, QUALIFIERS).split(' ');
  const head = pick(rng, HEADS);
  // Mostly rare words from anywhere in the lexicon, like real subjects' names; some common ones.
  const jargonWords: string[] = [];
  for (let count = int(rng, 2, 5); jargonWords.length < count; ) {
    const word = chance(rng, 0.3) ? zipfWord(rng) : anyWord(rng);
    if (!jargonWords.includes(word)) jargonWords.push(word);
  }
  const [first, second] = jargonWords as [string, string];
  // Title shapes of the real entries: "Chain-key cryptography", "Internet Identity", "Motoko",
  // "Canister upgrades".
  const shape = rng();
  const words =
    shape < 0.3 ? [first, head]
    : shape < 0.45 ? [...qualifier, first]
    : shape < 0.65 ? [first, second]
    : shape < 0.8 ? [first]
    : shape < 0.9 ? [first, ...qualifier, head]
    : [...qualifier, head];
  // Some of an entry's words are proper nouns, capitalised wherever they appear.
  const jargon = jargonWords.map((word) => (chance(rng, 0.35) ? capitalizeWord(word) : word));
  const number = String(index + 1);
  const slug = `${words.join('-')}-${number.padStart(padWidth, '0')}`;
  const title = `${titleCase(words)} ${number}`;
  const topic = words.join(' ');

  const tagCount = pick(rng, [1, 2, 2, 3, 3, 3, 4, 4]);
  const tags: string[] = [];
  for (let attempt = 0; tags.length < tagCount && attempt < 20; attempt += 1) {
    const tag = TAGS[weightedIndex(rng, TAG_CUMULATIVE)] as string;
    if (!tags.includes(tag)) tags.push(tag);
  }

  const dateDays = int(rng, 0, DATE_SPAN_DAYS);
  const date = isoDate(dateDays);
  const updated = chance(rng, 0.5) ? isoDate(int(rng, dateDays, DATE_SPAN_DAYS)) : null;

  const topicHeadings = [
    `How ${topic} works`, `Why ${topic} matters`, `${capitalize(topic)} in practice`,
    `Where ${jargon[1] as string} fits`, `${capitalize(jargon[jargon.length - 1] as string)} in detail`,
  ];
  const pool = [...HEADINGS, ...topicHeadings];
  const sectionCount = int(rng, 3, 6);
  const subsectionCounts = Array.from({ length: sectionCount }, () => (chance(rng, 0.35) ? int(rng, 1, 2) : 0));
  const needed = sectionCount + subsectionCounts.reduce((a, b) => a + b, 0);
  const texts = sample(rng, pool, needed);
  let cursor = 0;
  const next = (depth: 2 | 3): Heading => {
    const text = texts[cursor++] as string;
    return { text, id: headingId(text), depth };
  };
  const sections: Section[] = subsectionCounts.map((subCount) => ({
    heading: next(2),
    subsections: Array.from({ length: subCount }, () => next(3)),
  }));
  const furtherText = hub || chance(rng, 0.65) ? pick(rng, FURTHER_READING) : null;
  const furtherReading: Heading | null = furtherText ? { text: furtherText, id: headingId(furtherText), depth: 2 } : null;
  const anchors = sections.flatMap((section) => [section.heading.id, ...section.subsections.map((sub) => sub.id)]);
  if (furtherReading) anchors.push(furtherReading.id);
  return { slug, title, topic, jargon, tags, hub, date, updated, sections, furtherReading, anchors };
}

/** About 2% hubs: exactly one per block of 50 entries, at a seeded position inside the block. */
function isHub(seed: number, index: number, total: number): boolean {
  const block = Math.floor(index / 50);
  const blockSize = Math.min(50, total - block * 50);
  const position = mix(seed, block, STREAM.hubs) % 50;
  return position < blockSize ? index === block * 50 + position : index === block * 50 && blockSize === total;
}

// ---------------------------------------------------------------------------------------------
// Bodies

interface LinkTarget {
  slug: string;
  title: string;
  topic: string;
  anchor: string | null;
}

interface Context {
  rng: Rng;
  self: PlannedEntry;
  plans: readonly PlannedEntry[];
  pages: readonly PageInfo[];
  focus: Focus;
  /** Proper nouns the entry keeps coming back to: projects, teams, standards. */
  names: readonly string[];
}

/**
 * The slice of each phrase list an entry dwells on. Real entries are bursty, talking about their
 * own few things again and again: drawing uniformly from the whole lists would put every listed
 * word, title words included, in nearly every entry.
 */
interface Focus {
  nouns: ReadonlyArray<readonly [string, string]>;
  verbs: ReadonlyArray<readonly [string, string]>;
  objects: readonly string[];
  adverbials: readonly string[];
  attributes: readonly string[];
  calls: readonly string[];
}
const FOCUS_SHARE = 0.95;

/** Cumulative Zipf weights over a list's positions, for `weightedIndex`. */
function zipfWeights(length: number): number[] {
  let sum = 0;
  return Array.from({ length }, (_, rank) => (sum += 1 / (rank + 1)));
}
const NOUN_WEIGHTS = zipfWeights(NOUNS.length);
const VERB_WEIGHTS = zipfWeights(VERBS.length);
const OBJECT_WEIGHTS = zipfWeights(OBJECTS.length);
const ADVERBIAL_WEIGHTS = zipfWeights(ADVERBIALS.length);

/** Up to `count` distinct items, the ones early in the list more likely. */
function weightedSample<T>(rng: Rng, items: readonly T[], cumulative: readonly number[], count: number): T[] {
  const chosen = new Set<number>();
  for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt += 1) chosen.add(weightedIndex(rng, cumulative));
  return [...chosen].map((index) => items[index] as T);
}

function context(rng: Rng, self: PlannedEntry, plans: readonly PlannedEntry[], pages: readonly PageInfo[]): Context {
  const focus = {
    nouns: weightedSample(rng, NOUNS, NOUN_WEIGHTS, 7),
    verbs: weightedSample(rng, VERBS, VERB_WEIGHTS, 6),
    objects: weightedSample(rng, OBJECTS, OBJECT_WEIGHTS, 5),
    adverbials: weightedSample(rng, ADVERBIALS, ADVERBIAL_WEIGHTS, 4),
    attributes: sample(rng, ATTRIBUTES, 2),
    calls: sample(rng, CODE_WORDS, 3),
  };
  const names = Array.from({ length: int(rng, 1, 3) }, () => capitalizeWord(zipfWord(rng)));
  return { rng, self, plans, pages, focus, names };
}

function focused<T>(rng: Rng, all: readonly T[], focus: readonly T[]): T {
  return pick(rng, chance(rng, FOCUS_SHARE) ? focus : all);
}

function verb(ctx: Context): string {
  return focused(ctx.rng, VERBS, ctx.focus.verbs)[0];
}

function object(ctx: Context): string {
  return focused(ctx.rng, OBJECTS, ctx.focus.objects);
}

function adverbial(ctx: Context): string {
  return focused(ctx.rng, ADVERBIALS, ctx.focus.adverbials);
}

interface PageInfo {
  slug: string;
  title: string;
}

/** Pick another entry by index: mostly uniform, sometimes a hub, sometimes a "popular" low index. */
function pickOther(ctx: Context, selfIndex: number, hubs: readonly number[]): number | null {
  const n = ctx.plans.length;
  if (n < 2) return null;
  const { rng } = ctx;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const roll = rng();
    let index: number;
    if (roll < 0.15 && hubs.length > 0) index = pick(rng, hubs);
    else if (roll < 0.4) index = Math.floor(Math.pow(rng(), 3) * n);
    else index = Math.floor(rng() * n);
    if (index !== selfIndex) return index;
  }
  return (selfIndex + 1) % n;
}

function linkTo(ctx: Context, index: number, anchorChance: number): LinkTarget {
  const target = ctx.plans[index] as PlannedEntry;
  const anchor = target.anchors.length > 0 && chance(ctx.rng, anchorChance) ? pick(ctx.rng, target.anchors) : null;
  return { slug: target.slug, title: target.title, topic: target.topic, anchor };
}

function href(link: LinkTarget): string {
  return `/wiki/${link.slug}/${link.anchor ? `#${link.anchor}` : ''}`;
}

function nounPhrase(ctx: Context): string {
  const { rng } = ctx;
  if (chance(rng, 0.4)) return lexiconPhrase(ctx);
  const [determiner, noun] = focused(rng, NOUNS, ctx.focus.nouns);
  const roll = rng();
  const shown = roll < 0.06 ? `**${noun}**` : roll < 0.12 ? `*${noun}*` : noun;
  // A lexicon word as a modifier, as in "the tovani replica".
  if (roll > 0.7) {
    const modifier = zipfWord(rng);
    return `${determiner === 'a' || determiner === 'an' ? article(modifier) : determiner || 'the'} ${modifier} ${shown}`;
  }
  return determiner ? `${determiner} ${shown}` : shown;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function capitalizeWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function properNoun(ctx: Context): string {
  return chance(ctx.rng, 0.6) ? pick(ctx.rng, ctx.names) : capitalizeWord(zipfWord(ctx.rng));
}

/** One of the entry's own words, the first (title) ones most often, so they recur like real jargon. */
function jargonWord(ctx: Context): string {
  const { jargon } = ctx.self;
  const word = jargon[Math.floor(Math.pow(ctx.rng(), 1.6) * jargon.length)] as string;
  return chance(ctx.rng, 0.05) ? `*${word}*` : word;
}

/** A singular noun phrase built on lexicon words: "the vorel queue", "an ovio", "Kestrimar&rsquo;s tovani". */
function lexiconPhrase(ctx: Context): string {
  const { rng } = ctx;
  const word = zipfWord(rng);
  const roll = rng();
  if (roll < 0.35) return `the ${word} ${pick(rng, LEXICON_HEADS)}`;
  if (roll < 0.55) return `${article(word)} ${word}`;
  if (roll < 0.72) return `the ${word} of ${jargonWord(ctx)}`;
  if (roll < 0.8) return `${properNoun(ctx)}&rsquo;s ${word}`;
  return `the ${word} ${zipfWord(rng)}`;
}

const SENTENCES = [
  '%N %V %O %A.',
  'In practice, %N %V %O, which keeps %T predictable.',
  'This is why %T matters: %N %V %O %A.',
  '%N %V %O &mdash; and %M %V %O %A.',
  'Unlike %M, %N %V %O %A.',
  'The design of %T assumes that %N %V %O.',
  'A common mistake is to assume that %N %V %O %A; it does not.',
  'Each subnet&rsquo;s %R is fixed when %N %V %O.',
  'Operators call this &ldquo;%T&rdquo;, and the term appears throughout the documentation.',
  'It takes roughly %D rounds, or about %S seconds, for %N to %B %O.',
  'Calls such as %C let %N %B %O %A.',
  'For most applications %T is invisible, because %N %V %O %A.',
  'Typically %D&ndash;%E nodes take part, and %N %V %O.',
  'When %N %V %O, %M does not need to %B %O.',
  'The protocol&rsquo;s answer is simple: %N %V %O %A.',
  'None of this requires %M to %B %O.',
  'Because %N %V %O %A, %T stays cheap even at %F requests per second.',
  'The method %C is how %N %V %O.',
  'Most of the time %N %V %O %A, and nobody notices.',
  '%N %V %O %A, so %M can %B %O without waiting.',
  'Seen from outside, %N looks simple, yet it %V %O %A.',
  'The catch is that %N only %V %O %A.',
  'Whether %N %V %O depends on %M.',
  'Measured over a week, %N %V %O roughly %D times per hour.',
  'If %N fails to %B %O, %M retries %A.',
  'That is the whole trick: %N %V %O, and %M never has to.',
  'Newcomers often expect %N to %B %O; instead, %M does.',
  'Nothing here is new: %N has always had to %B %O.',
  'Benchmarks suggest that %N %V %O in under %S seconds.',
  'Once %N %V %O, there is little left for %M to do.',
  'Occasionally %N %V %O twice, which is harmless but wasteful.',
  'Under the hood, %N keeps a small buffer and %V %O %A.',
  'Operators rarely see this directly; they notice only when %N stops to %B %O.',
  'Its designers chose simplicity over speed here: %N %V %O %A.',
  'In the worst case %N %V %O %D times before %M catches up.',
  'The documentation glosses over one detail: %N %V %O %A.',
  'Later versions relaxed this, letting %N %B %O %A.',
  'Everything else follows from a single rule: %N %V %O.',
] as const;

/**
 * Sentences about the entry's own subject and its neighbours: %J is one of the entry's words, %L a
 * lexicon noun phrase, %W a bare lexicon word, %X one with its article, %P a proper noun, %H a
 * generic noun a lexicon word can qualify.
 */
const JARGON_SENTENCES = [
  '%N %V %O through %L, a mechanism first described for %J.',
  'In %P, %J is what %V %O %A.',
  'What %P calls %L is, in effect, %N with stricter rules.',
  'Both %J and %L %B %O, but only %J does so %A.',
  'Some deployments pair %J with %L so that %N %V %O.',
  'Early versions of %J had no %W %H; %N simply %V %O.',
  '%L keeps %J consistent with %L %A.',
  'Teams building on %P measured %D rounds of %W %H before %N %V %O.',
  'Its %W %H is what separates %J from %L.',
  'Here %L %V %O, and %J %V %O.',
  'The %W and %W variants of %J differ only in how %N %V %O.',
  '%P and %P both rely on %J for %L.',
  'Without %L, %N would have to %B %O %A.',
  'The term %J comes from %P, where %L %V %O.',
  'With %J, %N %V %O; with %L, %M %V %O.',
  'Critics of %J point out that %N still %V %O %A.',
  'Historically, %P relied on %L; today %N %V %O instead.',
  'Put differently, %J is %L that %V %O.',
  'Most confusion about %J comes from mixing it up with %L.',
  'To see why, consider %L: it %V %O %A.',
  'A typical %W %H holds between %D and %E entries, each tied to %J.',
  'Where %L would stall, %N %V %O and moves on.',
  'The %J %H, maintained by %P, %V %O.',
  'Since the %W upgrade, %J also %V %O.',
  'Although %P documents %L in detail, few teams ever touch it.',
  'The usual way to inspect %J is through %L, which %V %O.',
  '%P published the first measurements of %J; they showed %N stalling %A.',
  'Inside %J sits %L, and inside that %X %H.',
  'Ask three engineers what %J means and you get %L, %L and %L.',
  'For auditors, %J matters mostly because %L %V %O.',
  'Nobody designed %L on purpose; it grew out of %J as %N began to %B %O.',
  '%X %H is enough for %J, since %N %V %O %A.',
] as const;

/** Share of sentences built around lexicon words: with the lexicon slots of the others, this sets how rich the vocabulary is. */
const JARGON_SHARE = 0.55;

function sentence(ctx: Context): string {
  const { rng, self } = ctx;
  const template = chance(rng, JARGON_SHARE) ? pick(rng, JARGON_SENTENCES) : pick(rng, SENTENCES);
  const text = template.replace(/%([A-Z])/g, (_, slot: string) => {
    switch (slot) {
      case 'N':
      case 'M':
        return nounPhrase(ctx);
      case 'V':
        return verb(ctx);
      case 'B':
        return focused(rng, VERBS, ctx.focus.verbs)[1];
      case 'O':
        return chance(rng, 0.4) ? lexiconPhrase(ctx) : object(ctx);
      case 'A':
        return adverbial(ctx);
      case 'J':
        return jargonWord(ctx);
      case 'L':
        return lexiconPhrase(ctx);
      case 'W':
        return zipfWord(rng);
      case 'P':
        return properNoun(ctx);
      case 'X': {
        const word = zipfWord(rng);
        return `${article(word)} ${word}`;
      }
      case 'H':
        return pick(rng, LEXICON_HEADS);
      case 'T':
        return chance(rng, 0.1) ? `*${self.topic}*` : self.topic;
      case 'R':
        return focused(rng, ATTRIBUTES, ctx.focus.attributes);
      case 'C':
        return `\`${focused(rng, CODE_WORDS, ctx.focus.calls)}\``;
      case 'D':
        return String(int(rng, 2, 13));
      case 'E':
        return String(int(rng, 14, 40));
      case 'S':
        return String(int(rng, 2, 9));
      case 'F':
        return String(int(rng, 2, 90) * 100);
      default:
        return slot;
    }
  });
  return capitalize(text);
}

const LINK_SENTENCES = [
  (l: string) => `See ${l} for how this plays out in detail.`,
  (l: string) => `The same idea underlies ${l}.`,
  (l: string) => `This is covered from another angle in ${l}.`,
  (l: string) => `For the mechanism behind it, read ${l}.`,
  (l: string) => `It interacts closely with ${l}, which uses the same building blocks.`,
  (l: string) => `Compare ${l}, where the trade-offs are different.`,
] as const;

function linkMarkdown(link: LinkTarget, rng: Rng): string {
  const text = chance(rng, 0.1) ? `\`${link.title}\`` : link.title;
  return `[${text}](${href(link)})`;
}

/** A lowercase fragment after a dash, as in the seed's closing link lists. */
function blurb(ctx: Context, topic: string): string {
  const { rng } = ctx;
  return pick(rng, [
    `how ${topic} ${verb(ctx)} ${object(ctx)}.`,
    `why ${nounPlain(ctx)} ${verb(ctx)} ${object(ctx)} ${adverbial(ctx)}.`,
    `the ${focused(rng, ATTRIBUTES, ctx.focus.attributes)} and what it means for ${pick(rng, AUDIENCES)}.`,
    `${topic} in practice.`,
  ]);
}

function externalSentence(rng: Rng): string {
  const label = pick(rng, EXTERNAL_LABELS);
  return `The details are in [${label}](https://internetcomputer.org/${pick(rng, EXTERNAL_PATHS)}).`;
}

interface ParagraphExtras {
  links: LinkTarget[];
  external: boolean;
  page: PageInfo | null;
  selfAnchor: Heading | null;
}

function paragraph(ctx: Context, targetWords: number, extras: ParagraphExtras): string {
  const { rng } = ctx;
  const sentences: string[] = [];
  let words = 0;
  const inserts: string[] = [
    ...extras.links.map((link) => pick(rng, LINK_SENTENCES)(linkMarkdown(link, rng))),
    ...(extras.external ? [externalSentence(rng)] : []),
    ...(extras.page ? [`Primary sources are collected in the [${extras.page.title}](/${extras.page.slug}/).`] : []),
    ...(extras.selfAnchor ? [`This is explained further [below](#${extras.selfAnchor.id}).`] : []),
  ];
  while (words < targetWords || sentences.length < 2) {
    const next = sentence(ctx);
    sentences.push(next);
    words += wordCount(next);
  }
  for (const insert of inserts) {
    sentences.splice(int(rng, 1, sentences.length), 0, insert);
  }
  return wrap(sentences.join(' '));
}

function leadParagraph(ctx: Context, targetWords: number, extras: ParagraphExtras): string {
  const { rng, self } = ctx;
  const opener = pick(rng, [
    `*${capitalize(self.topic)}* is the part of the Internet Computer that decides how ${nounPhrase(ctx)} ${verb(ctx)} ${object(ctx)}.`,
    `The term **${self.topic}** covers the rules by which ${nounPhrase(ctx)} ${verb(ctx)} ${object(ctx)} ${adverbial(ctx)}.`,
    `${capitalize(self.topic)} is how the Internet Computer&rsquo;s ${focused(rng, ATTRIBUTES, ctx.focus.attributes)} is managed ${adverbial(ctx)}.`,
    `**${capitalize(self.topic)}** builds on ${lexiconPhrase(ctx)} and ${jargonWord(ctx)}, so that ${nounPhrase(ctx)} ${verb(ctx)} ${object(ctx)}.`,
  ]);
  const rest = paragraph(ctx, Math.max(10, targetWords - wordCount(opener)), extras);
  return wrap(`${opener} ${rest.replace(/\n/g, ' ')}`);
}

function bulletList(ctx: Context): string {
  const { rng } = ctx;
  const ordered = chance(rng, 0.3);
  const count = int(rng, 3, 5);
  // Glossary-style lists name the entry's own terms as often as the platform's.
  const terms: string[] = [];
  for (const [, noun] of sample(rng, ctx.focus.nouns, count)) {
    const term = chance(rng, 0.3) ? jargonWord(ctx).replace(/\*/g, '') : chance(rng, 0.2) ? zipfWord(rng) : noun;
    terms.push(terms.includes(term) ? noun : term);
  }
  return terms
    .map((term, index) => {
      const marker = ordered ? `${index + 1}. ` : '- ';
      const body = `**${capitalize(term)}** &mdash; ${sentence(ctx)}`;
      return wrap(`${marker}${body}`, '', ' '.repeat(marker.length));
    })
    .join('\n');
}

function table(ctx: Context): string {
  const { rng } = ctx;
  const columns = pick(rng, [
    ['Property', 'Value', 'Notes'],
    ['Setting', 'Default', 'Effect'],
    ['Operation', 'Cost in cycles', 'Goes through consensus'],
  ]);
  const rows = int(rng, 3, 6);
  const lines = [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  const terms = sample(rng, ctx.focus.nouns, rows);
  for (const [, listed] of terms) {
    const noun = chance(rng, 0.25) ? `${zipfWord(rng)} ${pick(rng, LEXICON_HEADS)}` : listed;
    const value = pick(rng, [`${int(rng, 1, 64)} GiB`, `${int(rng, 2, 40)} nodes`, `${int(rng, 1, 500)} KiB`, `\`${focused(rng, CODE_WORDS, ctx.focus.calls)}\``, `${int(rng, 1, 20)} s`]);
    const note = pick(rng, ['Yes', 'No', 'Only for update calls', `Applied ${adverbial(ctx)}`, 'Set by the NNS', `Counted ${adverbial(ctx)}`]);
    lines.push(`| ${capitalize(noun)} | ${value} | ${note} |`);
  }
  return lines.join('\n');
}

function snake(topic: string): string {
  return topic.replace(/ /g, '_');
}

function camel(topic: string): string {
  return topic.split(' ').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

function codeBlock(ctx: Context): string {
  const { rng, self } = ctx;
  const name = snake(self.topic);
  const language = pick(rng, ['rust', 'bash', 'motoko', 'json'] as const);
  const amount = int(rng, 1, 9) * 1_000_000_000;
  let code: string;
  switch (language) {
    case 'rust':
      code = [
        '#[ic_cdk::update]',
        `async fn ${name}(amount: u64) -> Result<u64, String> {`,
        '    let balance = ic_cdk::api::canister_balance128();',
        `    if balance < ${amount} {`,
        `        return Err("not enough cycles for ${self.topic}".to_string());`,
        '    }',
        `    Ok(amount.saturating_mul(${int(rng, 2, 9)}))`,
        '}',
      ].join('\n');
      break;
    case 'bash':
      code = [
        `# Inspect the ${self.topic} canister on mainnet`,
        `dfx canister --network ic status ${name.replace(/_/g, '-')}`,
        `dfx canister --network ic call ${name.replace(/_/g, '-')} ${focused(rng, CODE_WORDS, ctx.focus.calls)} '(record { amount = ${amount} : nat })'`,
      ].join('\n');
      break;
    case 'motoko':
      code = [
        `persistent actor ${camel(self.topic)} {`,
        '  var total : Nat = 0;',
        '',
        `  public func ${pick(rng, ['record', 'apply', 'settle', 'register'])}(amount : Nat) : async Nat {`,
        '    total += amount;',
        '    total',
        '  };',
        '};',
      ].join('\n');
      break;
    case 'json':
      code = [
        '{',
        `  "canister": "${name}",`,
        `  "subnet_type": "${pick(rng, ['application', 'system', 'verified_application'])}",`,
        `  "cycles": ${amount},`,
        `  "controllers": ["${int(rng, 10000, 99999)}-aaaaa-aaaaa-aaaaq-cai"]`,
        '}',
      ].join('\n');
      break;
  }
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

function callout(ctx: Context): string {
  const { rng } = ctx;
  const type = ALERTS[weightedIndex(rng, ALERT_CUMULATIVE)]?.[0] ?? 'NOTE';
  const text = [sentence(ctx), sentence(ctx)].join(' ');
  return `> [!${type}]\n${wrap(text, '> ')}`;
}

function videoCard(): string {
  return `[![Watch on YouTube](${VIDEO_URL})](${VIDEO_URL})`;
}

type Block = { kind: 'heading'; heading: Heading } | { kind: 'paragraph'; extras: ParagraphExtras; lead?: boolean } | { kind: 'list' | 'table' | 'code' | 'callout' | 'video' };

function emptyExtras(): ParagraphExtras {
  return { links: [], external: false, page: null, selfAnchor: null };
}

function renderEntry(ctx: Context, selfIndex: number, hubs: readonly number[]): string {
  const { rng, self } = ctx;

  // Frontmatter-level choices.
  const relatedCount = ctx.plans.length < 2 ? 0 : pick(rng, [0, 1, 2, 2, 3, 3, 4]);
  const related: string[] = [];
  for (let attempt = 0; related.length < relatedCount && attempt < relatedCount * 4; attempt += 1) {
    const index = pickOther(ctx, selfIndex, hubs);
    const slug = index === null ? null : (ctx.plans[index] as PlannedEntry).slug;
    if (slug && !related.includes(slug)) related.push(slug);
  }

  // Roughly the proportions of the hand-written entries.
  const features = {
    callout: chance(rng, 0.4),
    video: chance(rng, 0.15),
    table: chance(rng, 0.3),
    code: chance(rng, 0.4),
    list: chance(rng, 0.85),
  };
  const linkCount = ctx.plans.length < 2 ? 0 : self.hub ? int(rng, 6, 8) : int(rng, 3, 8);
  const links: LinkTarget[] = [];
  for (let i = 0; i < linkCount; i += 1) {
    const index = pickOther(ctx, selfIndex, hubs);
    if (index !== null) links.push(linkTo(ctx, index, 0.25));
  }
  const furtherCount = self.furtherReading ? Math.min(links.length, int(rng, 2, 4)) : 0;
  const inlineLinks = links.slice(0, links.length - furtherCount);
  const furtherLinks = links.slice(links.length - furtherCount);
  const page = ctx.pages.length > 0 && chance(rng, 0.2) ? pick(rng, ctx.pages) : null;
  const pageInFurther = page !== null && self.furtherReading !== null && chance(rng, 0.5);

  // Block structure, then paragraph lengths to land on the target word count.
  const targetWords = int(rng, 420, 1160);
  const blocks: Block[] = [{ kind: 'paragraph', extras: emptyExtras(), lead: true }];
  if (chance(rng, 0.5)) blocks.push({ kind: 'paragraph', extras: emptyExtras() });
  const optional: Array<'list' | 'table' | 'code' | 'callout' | 'video'> = [];
  if (features.list) optional.push('list');
  if (features.table) optional.push('table');
  if (features.code) optional.push('code');
  if (features.callout) optional.push('callout');
  if (features.video) optional.push('video');
  // Spread the optional blocks over the sections in a seeded order.
  const placement = new Map<number, Array<(typeof optional)[number]>>();
  for (const kind of sample(rng, optional, optional.length)) {
    const at = int(rng, 0, self.sections.length - 1);
    placement.set(at, [...(placement.get(at) ?? []), kind]);
  }
  self.sections.forEach((section, sectionIndex) => {
    blocks.push({ kind: 'heading', heading: section.heading });
    blocks.push({ kind: 'paragraph', extras: emptyExtras() });
    for (const kind of placement.get(sectionIndex) ?? []) {
      // A video card is introduced by a sentence, like the seed's "See it in motion" section.
      blocks.push({ kind });
      if (kind !== 'video' && chance(rng, 0.5)) blocks.push({ kind: 'paragraph', extras: emptyExtras() });
    }
    if (chance(rng, 0.4)) blocks.push({ kind: 'paragraph', extras: emptyExtras() });
    for (const sub of section.subsections) {
      blocks.push({ kind: 'heading', heading: sub });
      blocks.push({ kind: 'paragraph', extras: emptyExtras() });
    }
  });

  const paragraphs = blocks.filter((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph');
  for (const link of inlineLinks) pick(rng, paragraphs).extras.links.push(link);
  if (chance(rng, 0.6)) pick(rng, paragraphs).extras.external = true;
  if (chance(rng, 0.15)) pick(rng, paragraphs).extras.external = true;
  if (page && !pageInFurther) pick(rng, paragraphs).extras.page = page;
  // An occasional link to a later heading of the same entry.
  if (chance(rng, 0.1) && paragraphs[0]) paragraphs[0].extras.selfAnchor = pick(rng, self.sections).heading;

  // Everything but the paragraphs first, so the paragraphs can share exactly the words left over.
  const out: Array<string | null> = [];
  const slots: Array<{ at: number; block: Extract<Block, { kind: 'paragraph' }> }> = [];
  let fixedWords = 0;
  const push = (text: string, counts = true) => {
    out.push(text);
    if (counts) fixedWords += wordCount(text);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        push(`${'#'.repeat(block.heading.depth)} ${block.heading.text}`);
        break;
      case 'paragraph':
        slots.push({ at: out.length, block });
        out.push(null);
        break;
      case 'list':
        push(bulletList(ctx));
        break;
      case 'table':
        push(table(ctx));
        break;
      case 'code':
        push(codeBlock(ctx), false);
        break;
      case 'callout':
        push(callout(ctx));
        break;
      case 'video':
        push(wrap(`A short tour of ${self.topic}&rsquo;s core ideas:`));
        push(videoCard());
        break;
    }
  }
  if (self.furtherReading && (furtherLinks.length > 0 || pageInFurther)) {
    push(`## ${self.furtherReading.text}`);
    const items = furtherLinks.map((link) => wrap(`- ${linkMarkdown(link, rng)} &mdash; ${blurb(ctx, link.topic)}`, '', '  '));
    if (pageInFurther && page) items.push(`- The [\`${page.title}\`](/${page.slug}/) &mdash; papers and specifications behind this entry.`);
    push(items.join('\n'));
  } else if (self.furtherReading) {
    // Planned as an anchor target, so it must exist even without links under it.
    push(`## ${self.furtherReading.text}`);
    push(paragraph(ctx, 30, emptyExtras()));
  }

  let remaining = targetWords - fixedWords;
  slots.forEach(({ at, block }, index) => {
    const left = slots.length - index;
    const share = left === 1 ? remaining : (remaining / left) * (0.6 + rng() * 0.8);
    const text = block.lead ? leadParagraph(ctx, Math.max(20, Math.round(share)), block.extras) : paragraph(ctx, Math.max(15, Math.round(share)), block.extras);
    out[at] = text;
    remaining -= wordCount(text);
  });

  const frontmatter = ['---', `title: ${self.title}`, `slug: ${self.slug}`, `description: ${description(ctx)}`];
  frontmatter.push('tags:', ...self.tags.map((tag) => `  - ${tag}`));
  frontmatter.push(`date: ${self.date}`);
  if (self.updated) frontmatter.push(`updated: ${self.updated}`);
  if (related.length > 0) frontmatter.push('related:', ...related.map((slug) => `  - ${slug}`));
  if (self.hub) frontmatter.push(`cover: ${COVER}`, 'hub: true');
  frontmatter.push('---');
  return `${frontmatter.join('\n')}\n\n${out.join('\n\n')}\n`;
}

function description(ctx: Context): string {
  const { rng, self } = ctx;
  const topicWords = self.topic.split(' ');
  const sideTerm = self.jargon.find((word) => !topicWords.includes(word.toLowerCase())) ?? zipfWord(rng);
  const templates = [
    () => `How ${self.topic} works on the Internet Computer, from ${object(ctx)} to ${object(ctx)}.`,
    () => `The mechanism by which ${nounPlain(ctx)} ${verb(ctx)} ${object(ctx)} ${adverbial(ctx)}.`,
    () => `What ${self.topic} is, how ${nounPlain(ctx)} ${verb(ctx)} ${object(ctx)}, and what it costs in cycles.`,
    () => `${capitalize(self.topic)} explained — the guarantees it gives ${pick(rng, AUDIENCES)} and the constraints it places on ${pick(rng, AUDIENCES)}.`,
    () => `Why ${nounPlain(ctx)} ${verb(ctx)} ${object(ctx)} ${adverbial(ctx)}, and what that means for ${pick(rng, AUDIENCES)}.`,
    () => `${capitalize(self.topic)} and ${sideTerm}, the ${zipfWord(rng)} ${pick(rng, LEXICON_HEADS)} behind them, and how ${nounPlain(ctx)} ${verb(ctx)} ${object(ctx)}.`,
  ];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const text = capitalize(pick(rng, templates)());
    if (text.length >= 80 && text.length <= 180) return text;
  }
  const base = `How ${self.topic} works on the Internet Computer, and what it means for developers and node providers.`;
  return base.length <= 180 ? base : `${base.slice(0, 176).trimEnd()}.`;
}

function nounPlain(ctx: Context): string {
  const [article, noun] = focused(ctx.rng, NOUNS, ctx.focus.nouns);
  return article ? `${article} ${noun}` : noun;
}

// ---------------------------------------------------------------------------------------------
// Pages

function renderPage(seed: number, index: number, info: PageInfo, plans: readonly PlannedEntry[]): string {
  const rng = streamFor(seed, index, STREAM.page);
  const date = isoDate(int(rng, 0, DATE_SPAN_DAYS));
  const ctx = context(rng, plans[0] as PlannedEntry, plans, []);
  const lines = [
    '---',
    `title: ${info.title}`,
    `slug: ${info.slug}`,
    `description: ${info.title} for the Internet Computer wiki, with primary sources and pointers to the entries that draw on them.`,
    `date: ${date}`,
    '---',
    '',
    wrap(`This page collects material that several wiki entries draw on. Each item has a short note on what it covers and which entries use it.`),
  ];
  const sections = sample(rng, HEADINGS, 3);
  for (const heading of sections) {
    lines.push('', `## ${heading}`, '');
    const items: string[] = [];
    for (let i = 0; i < int(rng, 2, 4) && plans.length > 0; i += 1) {
      const target = plans[int(rng, 0, plans.length - 1)] as PlannedEntry;
      items.push(wrap(`- [${target.title}](/wiki/${target.slug}/) &mdash; ${blurb(ctx, target.topic)}`, '', '  '));
    }
    lines.push(items.length > 0 ? items.join('\n') : wrap(sentence(ctx)));
  }
  return `${lines.join('\n')}\n`;
}

function pageInfos(count: number, padWidth: number): PageInfo[] {
  return Array.from({ length: count }, (_, index) => {
    const slug = PAGE_SLUGS[index] ?? `page-${String(index + 1).padStart(padWidth, '0')}`;
    const title = slug.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase());
    return { slug, title };
  });
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Writes the corpus into `dir` (created; must be empty or missing). Same options → byte-identical files. */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  const { entries } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const pageCount = options.pages ?? 1;
  if (!Number.isInteger(entries) || entries < 1) throw new RangeError(`entries must be a positive integer, got ${entries}`);
  if (!Number.isInteger(pageCount) || pageCount < 0) throw new RangeError(`pages must be a non-negative integer, got ${pageCount}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const root = path.resolve(dir);
  if (fs.existsSync(root)) {
    if (!fs.statSync(root).isDirectory()) throw new Error(`${root} exists and is not a directory`);
    if (fs.readdirSync(root).length > 0) throw new Error(`${root} is not empty`);
  }
  const wikiDir = path.join(root, 'wiki');
  const pagesDir = path.join(root, 'pages');
  fs.mkdirSync(wikiDir, { recursive: true });
  fs.mkdirSync(pagesDir, { recursive: true });

  const padWidth = Math.max(4, String(entries).length);
  const hubs: number[] = [];
  const plans: PlannedEntry[] = new Array(entries);
  for (let index = 0; index < entries; index += 1) {
    const hub = isHub(seed, index, entries);
    if (hub) hubs.push(index);
    plans[index] = planEntry(seed, index, hub, padWidth);
  }
  const pages = pageInfos(pageCount, padWidth);

  let bytes = 0;
  const tags = new Set<string>();
  const write = (file: string, text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    fs.writeFileSync(file, buffer);
    bytes += buffer.length;
  };

  for (let index = 0; index < entries; index += 1) {
    const self = plans[index] as PlannedEntry;
    for (const tag of self.tags) tags.add(tag);
    const ctx = context(streamFor(seed, index, STREAM.body), self, plans, pages);
    write(path.join(wikiDir, `${self.slug}.md`), renderEntry(ctx, index, hubs));
  }
  pages.forEach((info, index) => write(path.join(pagesDir, `${info.slug}.md`), renderPage(seed, index, info, plans)));

  return { dir: root, entries, pages: pageCount, bytes, hubs: hubs.length, tags: tags.size };
}

// ---------------------------------------------------------------------------------------------
// CLI

function isMain(): boolean {
  // CommonJS (tsx on this package, Jest via SWC): the reliable check.
  if (typeof require !== 'undefined' && typeof module !== 'undefined') return require.main === module;
  // Loaded as an ES module: fall back to the script name.
  const script = process.argv[1];
  return typeof script === 'string' && /generate-corpus\.ts$/.test(script);
}

function main(argv: readonly string[]): number {
  const [dir, entriesArg, seedArg] = argv;
  const entries = Number(entriesArg);
  const seed = seedArg === undefined ? DEFAULT_SEED : Number(seedArg);
  if (!dir || !Number.isInteger(entries) || entries < 1 || !Number.isInteger(seed)) {
    console.error('usage: npx tsx scripts/bench/generate-corpus.ts <dir> <entries> [seed]');
    return 2;
  }
  try {
    console.log(JSON.stringify(generateCorpus(dir, { entries, seed })));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (isMain()) {
  process.exitCode = main(process.argv.slice(2));
}
