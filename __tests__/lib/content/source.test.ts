import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { MAX_FILE_BYTES, readSourceFile } from '@/lib/content/source';

const corpus = path.join(__dirname, '..', '..', 'fixtures', 'source-edge-cases');

describe('reading the content directory', () => {
  const result = loadContent({ contentDir: corpus, publicDir: corpus, includeDrafts: false, missingLinks: 'error', today: '2026-11-25' });
  const report = result.problems.map(formatProblem).map((line) => line.replace('__tests__/fixtures/source-edge-cases/', ''));

  it('rejects what it cannot read safely, naming each file', () => {
    expect(report).toEqual([
      'pages/wiki.md:3:7 error slug-reserved: "wiki" is reserved by the site (choose another name)',
      'stray.md:1:1 error file-unexpected: "stray.md" is not part of the content layout (entries go in wiki/, standalone pages in pages/)',
      'wiki/dup.md:1:1 error slug-duplicate: slug "dup" is also used by __tests__/fixtures/source-edge-cases/wiki/dup.mdx (rename or delete one of them)',
      'wiki/dup.mdx:1:1 error slug-duplicate: slug "dup" is also used by __tests__/fixtures/source-edge-cases/wiki/dup.md (rename or delete one of them)',
      'wiki/latin1.md:1:1 error file-encoding: file is not valid UTF-8 (save it as UTF-8)',
      'wiki/linked.md:1:1 error file-symlink: symbolic links are not followed (move the real file here)',
      'wiki/nested:1:1 error file-nested: folders inside content folders are not supported (move the files up into wiki/)',
      'wiki/notes.txt:1:1 error file-unsupported: "notes.txt" is not a .md or .mdx file (rename it or move it out of the content folder)',
    ]);
  });

  it('reads a file with a byte order mark like any other', () => {
    expect(result.entries.map((entry) => entry.slug)).toEqual(['bom-entry']);
    expect(result.entries[0]?.title).toBe('BOM entry');
  });
});

describe('a content folder that is a symbolic link', () => {
  it('is reported once and not read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-'));
    fs.symlinkSync(path.join(corpus, 'wiki'), path.join(dir, 'wiki'));
    const linked = loadContent({ contentDir: dir, publicDir: dir, includeDrafts: false, missingLinks: 'error', today: '2026-11-25' });
    expect(linked.problems.map((problem) => [problem.rule, path.basename(problem.file)])).toEqual([['file-symlink', 'wiki']]);
    expect(linked.entries).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('readSourceFile', () => {
  it('refuses a file over the size limit with its size', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-'));
    const file = path.join(dir, 'huge.md');
    fs.writeFileSync(file, `---\ntitle: x\n---\n${'a'.repeat(MAX_FILE_BYTES)}`);
    const result = readSourceFile(file, 'entry', 'md');
    expect('problem' in result && result.problem).toMatchObject({ rule: 'file-too-large', message: 'file is 262,161 bytes; at most 262,144 (256 KB) are allowed' });
    fs.rmSync(dir, { recursive: true });
  });

  it('normalises CRLF and lone CR line endings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-'));
    const file = path.join(dir, 'crlf.md');
    fs.writeFileSync(file, '---\r\ntitle: x\r\n---\r\nA\rB\r\n');
    const result = readSourceFile(file, 'entry', 'md');
    expect('text' in result && result.text).toBe('---\ntitle: x\n---\nA\nB\n');
    fs.rmSync(dir, { recursive: true });
  });
});
