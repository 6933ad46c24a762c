const setNodeEnv = (value: string) => Object.assign(process.env, { NODE_ENV: value });

/** Each call loads a fresh copy of the module, as Next's page and route bundles each hold one. */
function loadCopy(): typeof import('@/lib/site/process-slot') {
  let copy: typeof import('@/lib/site/process-slot') | undefined;
  jest.isolateModules(() => {
    copy = jest.requireActual('@/lib/site/process-slot');
  });
  return copy as typeof import('@/lib/site/process-slot');
}

describe('processSlot', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    setNodeEnv(original ?? 'test');
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('icp-wiki.test-slot')];
  });

  it('gives every copy of the module in a production process the same slot, so content loads once', () => {
    setNodeEnv('production');
    const pages = loadCopy().processSlot<string>('test-slot');
    const routes = loadCopy().processSlot<string>('test-slot');
    pages.current = 'loaded by the page bundle';
    expect(routes.current).toBe('loaded by the page bundle');
  });

  it('keeps separate slots per name', () => {
    setNodeEnv('production');
    const { processSlot } = loadCopy();
    processSlot<string>('test-slot').current = 'content';
    expect(processSlot<string>('test-other-slot').current).toBeNull();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('icp-wiki.test-other-slot')];
  });

  it('keeps a slot per module copy in development, so edited code never reuses an old result', () => {
    setNodeEnv('development');
    const before = loadCopy().processSlot<string>('test-slot');
    before.current = 'made by the previous code';
    expect(loadCopy().processSlot<string>('test-slot').current).toBeNull();
  });
});
