/**
 * The reduction functions and their NDArray methods (`a.sum()`,
 * `a.mean({axis: 1})`, `a.std({ddof: 1})`, `a.argmax()`, …). As in NumPy 2,
 * `ptp` is a function only.
 */
import type { Scalar } from '../core/elements';
import { NDArray } from '../core/ndarray';
import { median as medianFunction } from './median';
import { argmax, argmin, max, min } from './minmax';
import {
  nanmedian as nanmedianFunction,
  nanpercentile as nanpercentileFunction,
  nanquantile as nanquantileFunction,
} from './nan_quantile';
import { percentile as percentileFunction, quantile as quantileFunction } from './quantile';
import { average as averageFunction, mean as meanFunction, std as stdFunction, variance } from './stats';
import { all, any, cumprod, cumsum, prod, sum } from './sum';

export * from './minmax';
export * from './nan';
export * from './sum';
export * from './differences';
// Constants rather than `export { … } from`: see "Module exports" in
// designs/0003-native-boundary.md.
export const median = medianFunction;
export const quantile = quantileFunction;
export const percentile = percentileFunction;
export const nanmedian = nanmedianFunction;
export const nanquantile = nanquantileFunction;
export const nanpercentile = nanpercentileFunction;
export const average = averageFunction;
export const mean = meanFunction;
export const std = stdFunction;
const var_ = variance;
export { var_ as var };

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
