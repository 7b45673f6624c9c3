export { groupByValue, sortClaims, type ValueGroup } from './group-claims.js';
export { type ReconcileInput, reconcileClaims } from './reconcile-claims.js';
export { valueKey } from './value-key.js';
