// NumPy-style RuntimeWarnings (np.seterr) and ComplexWarnings are part of
// what many tests exercise; tests that check them intercept
// process.emitWarning themselves (oracle option `warnings`). Keep them out of
// the test log otherwise.
const emit = process.emitWarning;
const QUIET = new Set(['RuntimeWarning', 'ComplexWarning']);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
  if (type !== undefined && QUIET.has(type)) return;
  return (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
}) as typeof process.emitWarning;
