/** The statistics and calculus functions of NumPy's `lib` (gradient, interp, cov, …). */
export * from './calculus';
export * from './covariance';
export * from './interp';
export * from './special';
export * from './correlate';
