/**
 * The few jStat functions Calfwatch uses (the package ships no types). jStat's
 * UMD bundle exports one object, so it is imported as the default export.
 */
declare module 'jstat' {
  interface Distribution {
    /** The quantile function: the value below which a share `p` of the distribution lies. */
    inv(p: number, ...parameters: number[]): number;
    cdf(x: number, ...parameters: number[]): number;
  }
  const jStat: {
    /** The normal distribution; parameters: mean, standard deviation. */
    normal: Distribution;
    /** Student's t distribution; parameter: degrees of freedom. */
    studentt: Distribution;
  };
  export default jStat;
}
