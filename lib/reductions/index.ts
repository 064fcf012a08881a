/**
 * The reduction functions and their NDArray methods (`a.sum()`,
 * `a.mean({axis: 1})`, `a.std({ddof: 1})`, `a.argmax()`, …). As in NumPy 2,
 * `ptp` is a function only.
 */
import type { Scalar } from '../core/elements';
import { NDArray } from '../core/ndarray';
import { argmax, argmin, max, min } from './minmax';
import { mean, std, variance } from './stats';
import { all, any, cumprod, cumsum, prod, sum } from './sum';

export { median } from './median';
export * from './minmax';
export * from './nan';
export { average, mean, std, variance as var } from './stats';
export * from './sum';

type R = NDArray | Scalar;

declare module '../core/ndarray' {
  interface NDArray {
    sum(...args: unknown[]): R;
    prod(...args: unknown[]): R;
    mean(...args: unknown[]): R;
    std(...args: unknown[]): R;
    var(...args: unknown[]): R;
    min(...args: unknown[]): R;
    max(...args: unknown[]): R;
    argmin(...args: unknown[]): R;
    argmax(...args: unknown[]): R;
    all(...args: unknown[]): R;
    any(...args: unknown[]): R;
    cumsum(...args: unknown[]): NDArray;
    cumprod(...args: unknown[]): NDArray;
  }
}

const methods: Record<string, (...args: unknown[]) => unknown> = {
  sum,
  prod,
  mean,
  std,
  var: variance,
  min,
  max,
  argmin,
  argmax,
  all,
  any,
  cumsum,
  cumprod,
};
for (const [name, f] of Object.entries(methods)) {
  Object.defineProperty(NDArray.prototype, name, {
    value: function (this: NDArray, ...args: unknown[]) {
      return f(this, ...args);
    },
    writable: true,
    configurable: true,
  });
}
