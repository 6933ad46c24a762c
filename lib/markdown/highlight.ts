import rehypeShikiFromHighlighter, { type RehypeShikiCoreOptions } from '@shikijs/rehype/core';
import type { Pluggable } from 'unified';
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/**
 * Languages the wiki highlights. Motoko has no Shiki grammar; its syntax is close enough to
 * TypeScript's that borrowing that grammar reads well. Anything unknown renders as plain text.
 */
const LANGUAGE_ALIASES: Record<string, string> = {
  motoko: 'typescript',
  mo: 'typescript',
  ts: 'typescript',
  js: 'javascript',
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  zsh: 'bash',
  rs: 'rust',
  py: 'python',
  yml: 'yaml',
  did: 'text',
  candid: 'text',
};

let highlighter: Promise<HighlighterCore> | null = null;

/** One highlighter per process; the JavaScript regex engine avoids loading WebAssembly. */
function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('@shikijs/themes/github-light-default'), import('@shikijs/themes/github-dark-default')],
    langs: [
      import('@shikijs/langs/typescript'),
      import('@shikijs/langs/javascript'),
      import('@shikijs/langs/json'),
      import('@shikijs/langs/bash'),
      import('@shikijs/langs/rust'),
      import('@shikijs/langs/python'),
      import('@shikijs/langs/toml'),
      import('@shikijs/langs/yaml'),
      import('@shikijs/langs/diff'),
      import('@shikijs/langs/html'),
      import('@shikijs/langs/css'),
      import('@shikijs/langs/solidity'),
    ],
    langAlias: LANGUAGE_ALIASES,
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/**
 * The rehype plugin that highlights fenced code at build time: spans with light colours inline
 * and `--shiki-dark` variables that the stylesheet swaps in for dark mode. No client JS.
 */
export async function getHighlightPlugin(): Promise<Pluggable> {
  const instance = await getHighlighter();
  const options: RehypeShikiCoreOptions = {
    // The -default variants keep every token colour at 4.5:1 or more (github-dark's comments are 3:1).
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: 'light',
    fallbackLanguage: 'text',
    addLanguageClass: true,
  };
  return [rehypeShikiFromHighlighter, instance, options] as Pluggable;
}
