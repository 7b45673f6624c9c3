export { isCandidate, type Stance, stanceOf } from './compatibility.js';
export { displayVerdict, type JudgeContext, judgeClaims, type Verdict } from './judge-claims.js';
export { memberKey } from './member-key.js';
export { type ReconcileInput, type Reconciliation, reconcileClaims } from './reconcile-claims.js';
export { KIND_PRIORS, priorOf } from './source-weight.js';
export { valueKey } from './value-key.js';
export { findWitnessGroups, witnessOf } from './witness-groups.js';
