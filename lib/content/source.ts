import fs from 'node:fs';
import path from 'node:path';
import type { BodyFormat } from '@/lib/markdown/analyze';
import { displayPath, type ContentProblem } from './errors';

export type SourceKind = 'entry' | 'page';

export interface SourceFile {
  kind: SourceKind;
  absolutePath: string;
  file: string;
  /** The file name without its extension: the slug the file must declare. */
  fileSlug: string;
  format: BodyFormat;
  /** Decoded UTF-8 with any BOM removed and line endings normalised to `\n`. */
  text: string;
}

export const MAX_FILE_BYTES = 256 * 1024;

const FOLDERS: Record<string, { kind: SourceKind; formats: BodyFormat[] }> = {
  wiki: { kind: 'entry', formats: ['md', 'mdx'] },
  pages: { kind: 'page', formats: ['md'] },
};

/** Editor droppings and OS metadata: skipped on purpose, never half-read. */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /\.(swp|swo|tmp|bak|orig)$/i.test(name) || /^#.*#$/.test(name);
}

/** Files at the top of the content folder that are documentation for editors, not content. */
const TOP_LEVEL_DOCS = /^(readme|contributing|license)(\.md)?$/i;

export function readSourceFiles(contentDir: string): { files: SourceFile[]; problems: ContentProblem[] } {
  const files: SourceFile[] = [];
  const problems: ContentProblem[] = [];
  const problem = (absolutePath: string, rule: string, message: string, hint?: string) =>
    problems.push({ file: displayPath(absolutePath), line: 1, column: 1, severity: 'error', rule, message, hint });

  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    problem(contentDir, 'content-missing', 'content directory does not exist', 'create it or point CONTENT_DIR at one');
    return { files, problems };
  }

  // Only real folders are read: a symlinked wiki/ would be reported and read anyway otherwise.
  const folderNames = new Set<string>();
  for (const dirent of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (isIgnoredName(dirent.name) || TOP_LEVEL_DOCS.test(dirent.name)) continue;
    const absolutePath = path.join(contentDir, dirent.name);
    if (dirent.isSymbolicLink()) {
      problem(absolutePath, 'file-symlink', 'symbolic links are not followed', 'move the real folder here');
    } else if (!(dirent.name in FOLDERS) || !dirent.isDirectory()) {
      problem(absolutePath, 'file-unexpected', `"${dirent.name}" is not part of the content layout`, 'entries go in wiki/, standalone pages in pages/');
    } else {
      folderNames.add(dirent.name);
    }
  }

  for (const [folderName, folder] of Object.entries(FOLDERS)) {
    if (!folderNames.has(folderName)) continue;
    const folderPath = path.join(contentDir, folderName);
    for (const dirent of fs.readdirSync(folderPath, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (isIgnoredName(dirent.name)) continue;
      const absolutePath = path.join(folderPath, dirent.name);
      if (dirent.isSymbolicLink()) {
        problem(absolutePath, 'file-symlink', 'symbolic links are not followed', 'move the real file here');
        continue;
      }
      if (dirent.isDirectory()) {
        problem(absolutePath, 'file-nested', 'folders inside content folders are not supported', `move the files up into ${folderName}/`);
        continue;
      }
      const extension = path.extname(dirent.name).slice(1);
      if (!(folder.formats as string[]).includes(extension)) {
        problem(absolutePath, 'file-unsupported', `"${dirent.name}" is not a ${folder.formats.map((f) => `.${f}`).join(' or ')} file`, 'rename it or move it out of the content folder');
        continue;
      }
      const source = readSourceFile(absolutePath, folder.kind, extension as BodyFormat);
      if ('problem' in source) problems.push(source.problem);
      else files.push(source);
    }
  }
  return { files, problems };
}

/** Decoding without `stream` keeps no state between calls, so one decoder serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One buffer for every read: each file is decoded into a string straight away, so the buffer is
 * free again before the next one, and 10,000 files do not leave 10,000 buffers for the GC.
 */
let readBuffer: Buffer | null = null;

/** The file's first MAX_FILE_BYTES + 1 bytes: more than the limit means the file is too large. */
function readCapped(absolutePath: string): Buffer {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  const fd = fs.openSync(absolutePath, 'r');
  try {
    let length = 0;
    while (length < readBuffer.length) {
      const read = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return readBuffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

export function readSourceFile(absolutePath: string, kind: SourceKind, format: BodyFormat): SourceFile | { problem: ContentProblem } {
  const file = displayPath(absolutePath);
  const failure = (rule: string, message: string, hint?: string) => ({ problem: { file, line: 1, column: 1, severity: 'error' as const, rule, message, hint } });

  const bytes = readCapped(absolutePath);
  if (bytes.length > MAX_FILE_BYTES) {
    const size = fs.readFileSync(absolutePath).length;
    return failure('file-too-large', `file is ${size.toLocaleString('en')} bytes; at most ${MAX_FILE_BYTES.toLocaleString('en')} (${MAX_FILE_BYTES / 1024} KB) are allowed`, 'split it into several entries');
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return failure('file-encoding', 'file is not valid UTF-8', 'save it as UTF-8');
  }
  // Both checks are rare hits; testing first spares a regular-expression pass over every file.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { kind, absolutePath, file, fileSlug: path.basename(absolutePath, `.${format}`), format, text };
}
