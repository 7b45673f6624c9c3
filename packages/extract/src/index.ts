export { type CompiledProfile, compileProfile } from './compile-profile.js';
export { type ExtractContext, extractClaims } from './extract-claims.js';
