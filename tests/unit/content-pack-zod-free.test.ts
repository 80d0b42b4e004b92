import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The panel (content script) must stay small: it may import these modules, so none of them may pull in zod, the
// schema module or the zod-backed index at run time (type-only imports are erased and allowed).
const ROOT = process.cwd();
const PANEL_SAFE = [
  'utils/content-pack/default-pack.ts',
  'utils/content-pack/instructions.ts',
  'utils/content-pack/steps.ts',
  'utils/content-pack/sentences.ts',
  'utils/content-pack/for-citizen.ts',
  ...readdirSync(resolve(ROOT, 'components/shared'))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => `components/shared/${f}`),
];

const runtimeImports = (source: string) =>
  [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);

test.each(PANEL_SAFE)('%s imports neither zod nor the schema at run time', (file) => {
  const imports = runtimeImports(readFileSync(resolve(ROOT, file), 'utf8'));
  for (const spec of imports) {
    expect(spec, `${file} imports ${spec}`).not.toBe('zod');
    expect(spec, `${file} imports ${spec}`).not.toMatch(
      /content-pack(\/index|\/schema)?$|\.\/schema$|^\.\/index$/,
    );
  }
});

test('the meta-test sees runtime imports (guard against a regex that matches nothing)', () => {
  expect(runtimeImports("import { z } from 'zod';\nimport type { A } from './schema';")).toEqual(['zod']);
  expect(PANEL_SAFE.length).toBeGreaterThanOrEqual(6);
});
