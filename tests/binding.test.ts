// The native addon: it loads through the generated loader, exports the
// functions lib/native.ts wraps, and is built for the baseline CPU of its
// target (nothing in the repository asks for target-cpu=native).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe('the addon loads and exports what lib/native.ts wraps', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const binding = require(join(root, 'binding', 'index.js')) as Record<string, unknown>;

  test('the generated loader found a native (not WASI) binary', () => {
    expect(binding.__napiBindingTarget).toBe('native');
  });

  test.each(['castCopyFunction', 'reduceCallFunction', 'arangeFill', 'linspaceFill', '__panicForTest'])(
    'exports %s',
    (name) => {
      expect(typeof binding[name]).toBe('function');
    },
  );

  test('every binding the TypeScript wrapper calls exists', () => {
    const src = readFileSync(join(root, 'lib', 'native.ts'), 'utf8');
    const called = [...src.matchAll(/\bbinding\.(\w+)\(/g)].map((m) => m[1]);
    expect(called.length).toBeGreaterThan(0);
    for (const name of new Set(called))
      expect({ name, type: typeof binding[name] }).toEqual({ name, type: 'function' });
  });

  test('a descriptor outside its buffer is rejected, not read', () => {
    const native = require(join(root, 'dist', 'native.js')) as {
      castCopy: (a: object, b: object) => void;
    };
    const code = require(join(root, 'dist')).float64.code as number;
    // float64, shape [4] = 32 bytes, over a 16-byte buffer.
    const operand = (bytes: Uint8Array) => ({ _bytes: bytes, _offset: 0, dtype: { code }, shape: [4], strides: [8] });
    expect(() => native.castCopy(operand(new Uint8Array(16)), operand(new Uint8Array(32)))).toThrow(
      /outside its buffer/,
    );
    // A negative stride walking before the start of the buffer.
    const backwards = { _bytes: new Uint8Array(32), _offset: 8, dtype: { code }, shape: [4], strides: [-8] };
    expect(() => native.castCopy(backwards, operand(new Uint8Array(32)))).toThrow(/outside its buffer/);
  });
});

describe('baseline CPU build', () => {
  /** Files that could carry rustflags for the build. */
  function buildConfigFiles(): string[] {
    const files = ['Cargo.toml', 'native/Cargo.toml', 'package.json', 'scripts/copy-artifacts.mjs'];
    for (const dir of ['.cargo', 'native/.cargo']) {
      for (const f of ['config', 'config.toml']) if (existsSync(join(root, dir, f))) files.push(join(dir, f));
    }
    const wf = join(root, '.github', 'workflows');
    if (existsSync(wf)) for (const f of readdirSync(wf)) files.push(join('.github', 'workflows', f));
    return files.filter((f) => existsSync(join(root, f)));
  }

  test('no build configuration asks for target-cpu=native or extra target features', () => {
    const offending = buildConfigFiles().filter((f) =>
      /target-cpu\s*=\s*native|target-cpu=native|-C\s*target-feature|target-feature\s*=/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
    expect(offending).toEqual([]);
  });

  test('the environment of this test run does not either', () => {
    for (const v of ['RUSTFLAGS', 'CARGO_BUILD_RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS']) {
      expect({ v, value: process.env[v] ?? '' }).toEqual({ v, value: expect.not.stringMatching(/target-cpu=native/) });
    }
  });
});
