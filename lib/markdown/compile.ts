import { compileMDX } from 'next-mdx-remote/rsc';
import type { ReactElement } from 'react';
import type { MDXComponents } from 'mdx/types';
import { placeInReason, type BodyFormat } from './analyze';
import type { InternalLinkOptions } from './remark-internal-links';
import { rehypePlugins, remarkPlugins } from './plugins';

export interface CompilableDocument {
  file: string;
  format: BodyFormat;
  body: string;
  bodyLine: number;
}

export interface RenderOptions extends InternalLinkOptions {
  components: MDXComponents;
}

/**
 * The one place that knows next-mdx-remote (archived upstream: swapping it is a one-file change).
 * `.md` compiles as plain Markdown, so braces and angle brackets stay text; `.mdx` has passed the
 * element allowlist before it gets here. The body is padded to its file line so any error the
 * compiler reports points at the real line, and the error always names the file.
 */
export async function renderBody(document: CompilableDocument, options: RenderOptions): Promise<ReactElement> {
  const source = '\n'.repeat(Math.max(0, document.bodyLine - 1)) + document.body;
  try {
    const { content } = await compileMDX({
      source,
      components: options.components,
      options: {
        blockJS: true,
        blockDangerousJS: true,
        parseFrontmatter: false,
        mdxOptions: {
          format: document.format,
          remarkPlugins: remarkPlugins({ exists: options.exists }),
          rehypePlugins: await rehypePlugins(),
        },
      },
    });
    return content;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const place = placeInReason(reason);
    throw new Error(`${document.file}:${place?.line ?? document.bodyLine}:${place?.column ?? 1} error compile: ${reason}`, { cause: error });
  }
}
